import { RANGE_WORDS } from '../../../../locales/en/numbers.js';
import { mergeRange, rangeEnds } from '../join.js';
import type { JoinRule } from '../types.js';
import { canBeRangeEnd } from './between.js';

/** "131-300", "131 – 300", "131 to 300", "two or three", "5 through 10". */
const CONNECTOR = /^(?:\s*[-–—]\s*|\s+([A-Za-z]+)\s+)$/;

/**
 * Two numbers joined by a dash or a range word ("to", "or", "through") are a range
 * (qualifier `range`, value = low end, interval [low, high]) when the second is above the
 * first: "131-300", "131 to 300", "two to three", "10 or 12", "1988-89", "2 to 3 million".
 * Otherwise they stay two numbers ("a 5 to 4 vote"). Words before the first number ("about")
 * are not read as a qualifier of a range.
 *
 * @example
 * // "131-300 people" -> { text: '131-300', value: 131, interval: [131, 300], qualifier: 'range' }
 */
export const rangeRule: JoinRule = {
  id: 'en/number/range',
  join(text, first, second) {
    if (!canBeRangeEnd(first) || !canBeRangeEnd(second)) return undefined;
    if (first.hasPercentSign || first.suffix !== '' || second.prefix.endsWith('-')) return undefined;
    const connector = text.slice(first.spanEnd, second.spanStart);
    const match = CONNECTOR.exec(connector);
    if (match === null) return undefined;
    if (match[1] !== undefined && !RANGE_WORDS.has(match[1].toLowerCase())) return undefined;
    // a dash joins digits only: "7-Eleven" is a name
    if (match[1] === undefined && (first.form !== 'digits' || second.form !== 'digits')) return undefined;
    const ends = rangeEnds(first, second, connector);
    if (ends === undefined) return undefined;
    return mergeRange(first, second, ends, this.id, first.spanStart);
  },
};
