import { GLUED_UNITS, NUMBER_PREFIXES } from '../../../../locales/en/numbers.js';
import type { RoleRule } from '../types.js';

/** Glued endings another rule reads: ordinals, decades, times, units. */
const KNOWN_SUFFIX = /^(?:st|nd|rd|th|s|am|pm|a|p)$/;

/**
 * Numbers glued to letters are identifiers (role `code`): "COVID-19", "I-95", "AK-47", "F-16",
 * "M16", "H1N1", "v2", "3D", "4x4", "XR12.5%". The span covers the whole token. Hyphenated
 * prefixes that qualify a number ("mid-1990s", "pre-2000") do not count.
 *
 * @example
 * // "COVID-19 cases" -> { text: 'COVID-19', value: 19, role: 'code' }
 */
export const alphanumericRule: RoleRule = {
  id: 'en/number/alphanumeric',
  apply(_text, reading) {
    if (reading.form !== 'digits' && reading.form !== 'shape') return undefined;
    const prefix = reading.prefix;
    if (prefix !== '' && /[A-Za-z]$/.test(prefix)) return 'code';
    if (prefix.endsWith('-') && /[A-Za-z]/.test(prefix) && !NUMBER_PREFIXES.has(prefix.slice(0, -1).toLowerCase())) {
      return 'code';
    }
    const suffix = reading.suffix;
    if (suffix !== '' && !KNOWN_SUFFIX.test(suffix) && !GLUED_UNITS.has(suffix) && !reading.hasMultiplier) return 'code';
    return undefined;
  },
};
