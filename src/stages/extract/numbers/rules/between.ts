import { mergeRange, rangeEnds } from '../join.js';
import { wordBefore } from '../text.js';
import type { JoinRule, Reading } from '../types.js';

/** What may stand between the two ends: "and", or a hyphen or dash. */
const CONNECTOR = /^(?:\s+and\s+|\s*[-–—]\s*)$/i;

/** Either end of a range: a number, not a vague amount, an ordinal or a fixed shape. */
export function canBeRangeEnd(reading: Reading): boolean {
  return reading.form !== 'vague' && reading.form !== 'shape' && !reading.isOrdinal && reading.role === undefined;
}

/**
 * "between 10 and 12" -> range [10, 12]; the span starts at "between", the core at "10".
 *
 * @example
 * // "between 10 and 12 people" -> { text: 'between 10 and 12', value: 10, interval: [10, 12], qualifier: 'range' }
 */
export const betweenRule: JoinRule = {
  id: 'en/number/between',
  join(text, first, second, floor) {
    if (!canBeRangeEnd(first) || !canBeRangeEnd(second)) return undefined;
    if (first.hasPercentSign || first.suffix !== '') return undefined;
    const before = wordBefore(text, first.spanStart, floor);
    if (before === undefined || before.lower !== 'between' || before.dot) return undefined;
    const connector = text.slice(first.spanEnd, second.spanStart);
    if (!CONNECTOR.test(connector)) return undefined;
    const ends = rangeEnds(first, second, connector);
    if (ends === undefined) return undefined;
    return mergeRange(first, second, ends, this.id, before.start);
  },
};
