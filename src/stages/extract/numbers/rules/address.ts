import { ADDRESS_WORDS, STREET_SUFFIXES } from '../../../../locales/en/numbers.js';
import { afterOf } from '../text.js';
import type { RoleRule } from '../types.js';

/**
 * A house number before a street name: up to three capitalized or numbered words, then a
 * street type ("1234 Main Street", "400 N. Tryon St.", "100 42nd Ave").
 */
const STREET = new RegExp(
  `[ \\t]+(?:[NSEW]\\.?[ \\t]+)?(?:[A-Z0-9][A-Za-z0-9'’.-]*[ \\t]+){1,3}(?:${STREET_SUFFIXES.join('|')})\\b`,
  'y',
);

/**
 * Street addresses (role `code`): "the 2200 block of Banks Lane", "1234 Main Street".
 *
 * @example
 * // "in the 2200 block of" -> { text: '2200', role: 'code', rule: 'en/number/address' }
 */
export const addressRule: RoleRule = {
  id: 'en/number/address',
  apply(text, reading) {
    if (reading.form !== 'digits' || reading.hasMultiplier || reading.qualifier === 'range') return undefined;
    const next = afterOf(text, reading);
    if (next === undefined || next.gap === '\n') return undefined;
    if (ADDRESS_WORDS.has(next.lower)) return 'code'; // "the 11,000 block of"
    if (reading.plainLength === 0 || reading.plainLength > 6) return undefined;
    const c = text.charCodeAt(next.start);
    if (next.gap === ' ' && c >= 65 && c <= 90) {
      STREET.lastIndex = reading.spanEnd;
      if (STREET.test(text)) return 'code';
    }
    return undefined;
  },
};
