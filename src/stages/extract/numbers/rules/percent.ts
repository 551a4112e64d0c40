import { PERCENT_WORDS } from '../../../../locales/en/numbers.js';
import { afterOf, wordAfter } from '../text.js';
import type { RoleRule } from '../types.js';

/**
 * Percentages: "12%", "12 %", "12 percent", "12 per cent", "12 percentage points".
 *
 * @example
 * // "rose 12 percent" -> { text: '12', role: 'percent' };  "12%" -> { text: '12%', role: 'percent' }
 */
export const percentRule: RoleRule = {
  id: 'en/number/percent',
  apply(text, reading) {
    if (reading.hasPercentSign) return 'percent';
    const next = afterOf(text, reading);
    if (next === undefined || next.gap === '' || !PERCENT_WORDS.has(next.lower)) return undefined;
    if (next.lower === 'per' && wordAfter(text, next.end)?.lower !== 'cent') return undefined;
    return 'percent';
  },
};
