import { CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS } from '../../../../locales/en/numbers.js';
import { afterOf, beforeOf } from '../text.js';
import type { RoleRule } from '../types.js';

/**
 * Money: a currency symbol before ("$5,000", "US$5", "€20", "$2.5m" -> 2500000), a currency
 * code before ("USD 5"), or a currency word after ("5 million dollars", "200 manat").
 * "pounds" is read as a weight (see MEASURE_UNITS), not as money.
 *
 * @example
 * // "$5,000 reward" -> { text: '$5,000', value: 5000, role: 'money' }
 */
/** Currency abbreviations that may take a dot ("Rs. 500"). */
const DOTTED_CURRENCIES: ReadonlySet<string> = new Set(['Rs', 'Rp', 'Tk', 'Ksh', 'KSh']);

export const moneyRule: RoleRule = {
  id: 'en/number/money',
  apply(text, reading) {
    if (reading.prefix !== '' && CURRENCY_SYMBOLS.has(reading.prefix.slice(-1))) return 'money';
    const before = beforeOf(text, reading);
    // "Rs. 500": a local abbreviation keeps its dot; a code does not ("USD. 5" is two sentences).
    if (before !== undefined && before.gap === ' ' && CURRENCY_CODES.has(before.text) && (!before.dot || DOTTED_CURRENCIES.has(before.text))) return 'money';
    const next = afterOf(text, reading);
    if (next !== undefined && next.gap !== '' && next.gap !== '-' && CURRENCY_WORDS.has(next.lower)) return 'money';
    return undefined;
  },
};
