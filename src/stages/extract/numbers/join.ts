import type { RuleId } from '../../../model/span.js';
import type { Reading } from './types.js';

/**
 * The low and high ends of two numbers read as a range, or undefined when they do not make
 * one (low must be below high). A multiplier on the second applies to the first when the
 * first has none ("2 to 3 million" -> [2000000, 3000000]); a two-digit second year follows
 * the first's century ("1988-89" -> [1988, 1989]).
 *
 * @example
 * rangeEnds(reading('2'), reading('3 million'), '-'); // [2000000, 3000000]
 */
export function rangeEnds(first: Reading, second: Reading, connector: string): [number, number] | undefined {
  let low = first.value;
  let high = second.value;
  if (second.scale > 1 && first.scale === 1 && low * second.scale <= high) low *= second.scale;
  const isYearish = first.plainLength === 4 && low >= 1000;
  if (isYearish && second.plainLength === 2 && /^\s*[-–—]\s*$/.test(connector)) {
    high = Math.floor(low / 100) * 100 + high;
  }
  return low < high ? [low, high] : undefined;
}

/**
 * One reading spanning two: the range [low, high] from `first` to `second`, keeping what is
 * glued before the first ("$") and after the second ("%", "s").
 *
 * @example
 * mergeRange(a, b, [131, 300], 'en/number/range', a.spanStart); // "131-300"
 */
export function mergeRange(
  first: Reading,
  second: Reading,
  ends: readonly [number, number],
  rule: RuleId,
  spanStart: number,
): Reading {
  const merged: Reading = {
    spanStart,
    spanEnd: second.spanEnd,
    coreStart: first.coreStart,
    coreEnd: second.coreEnd,
    value: ends[0],
    high: ends[1],
    qualifier: 'range',
    qualifierKind: undefined,
    role: undefined,
    form: first.form,
    digits: first.digits,
    plainLength: first.plainLength,
    isOrdinal: false,
    hasMultiplier: first.hasMultiplier || second.hasMultiplier,
    scale: second.scale,
    prefix: first.prefix,
    suffix: second.suffix,
    hasPercentSign: second.hasPercentSign,
    shapeRule: first.shapeRule,
    joinRule: rule,
    roleRule: undefined,
    qualifierRule: undefined,
    wordAfterCache: second.wordAfterCache,
    wordBeforeCache: undefined,
  };
  return merged;
}
