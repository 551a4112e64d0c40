import { makeReading, type JoinRule, type Reading } from '../types.js';

/** A plain whole number of at most three digits, nothing glued. */
function isPlainSmall(reading: Reading): boolean {
  return (
    reading.form === 'digits' &&
    reading.plainLength > 0 &&
    reading.plainLength <= 3 &&
    reading.prefix === '' &&
    reading.suffix === '' &&
    !reading.hasPercentSign &&
    !reading.hasMultiplier &&
    reading.role === undefined
  );
}

/**
 * Scores and votes: "3-1", "21-14", "2-2" (two small numbers joined by a hyphen or dash with
 * no blanks, the second not above the first) are one identifier (role `code`). A second
 * number above the first is a range ("10-12"), read by the range rule.
 *
 * @example
 * // "won 3-1" -> { text: '3-1', value: 3, role: 'code', rule: 'en/number/score' }
 */
export const scoreRule: JoinRule = {
  id: 'en/number/score',
  join(text, first, second) {
    if (!isPlainSmall(first) || !isPlainSmall(second)) return undefined;
    if (second.coreStart - first.coreEnd !== 1 || !/[-–—]/.test(text[first.coreEnd] ?? '')) return undefined;
    if (second.value > first.value) return undefined;
    const reading = makeReading({
      start: first.coreStart,
      end: second.coreEnd,
      value: first.value,
      form: 'shape',
      digits: text.slice(first.coreStart, second.coreEnd),
      rule: first.shapeRule,
    });
    reading.joinRule = this.id;
    reading.role = 'code';
    return reading;
  },
};
