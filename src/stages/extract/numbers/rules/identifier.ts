import { COUNT_NOUNS, SERVICE_NUMBERS } from '../../../../locales/en/numbers.js';
import { afterOf } from '../text.js';
import type { RoleRule } from '../types.js';

/**
 * Numbers shaped like identifiers (role `code`): five or more digits without separators
 * ("486561279", ZIP codes "NC 27893", short codes "274637"), a leading zero ("007", "0800"),
 * and service numbers ("911"). A count noun after the digits keeps them a count ("12000
 * people"); writers separate the thousands of counts ("12,000").
 *
 * @example
 * // "Wilson, NC 27893" -> { text: '27893', role: 'code' }
 */
export const identifierRule: RoleRule = {
  id: 'en/number/identifier',
  apply(text, reading) {
    if (reading.form !== 'digits' || reading.hasMultiplier || reading.qualifier !== 'exact') return undefined;
    const digits = reading.digits;
    if (reading.plainLength === 0) return undefined;
    const next = afterOf(text, reading);
    const isCounted = next !== undefined && next.gap !== '' && COUNT_NOUNS.has(next.lower);
    if (digits.length >= 5 && !(digits.length === 5 && isCounted)) {
      // ZIP codes, short codes, ids: "21201 21202", "text TIPLA to 274637"; "12000 people" stays a count
      return isCounted ? undefined : 'code';
    }
    if (digits.length >= 2 && digits.startsWith('0')) return isCounted ? undefined : 'code';
    if (SERVICE_NUMBERS.has(digits)) return isCounted ? undefined : 'code';
    return undefined;
  },
};
