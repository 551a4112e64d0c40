import { AGE_DECADE_MODIFIERS, AGE_DECADE_MODIFIER_SOURCE as MODIFIER, AGE_DECADE_OWNERS } from '../../../../locales/en/numbers.js';
import { beforeOf, wordBefore } from '../text.js';
import type { RoleRule } from '../types.js';

/** A decade as written before its "s": "1980", "80", "1900". */
const DECADE_DIGITS = /^(?:\d{3}0|\d0)$/;

/**
 * The start of a span of ages that a decade ends: "in their mid-teens to early 20s", "men in their
 * 30s and 40s", "in her late teens or early 20s". An owner leads it, or it starts at the teens,
 * which are no years but for "the teens" (the 1910s).
 */
const OWNERS = [...AGE_DECADE_OWNERS].join('|');
const AGE_SPAN_BEFORE = new RegExp(
  String.raw`(?:\b(?:${OWNERS})\s+${MODIFIER}(?:teens|\d0s)|(?<!\bthe\s+${MODIFIER})\bteens)\s+(?:to|and|or|through)\s+${MODIFIER}$`,
  'i',
);
/** How far before a decade such a span may start. */
const AGE_SPAN_REACH = 40;

/**
 * Decades: "the 1980s", "the late 80s", "'80s", "1980's" are years (value as written: 1980,
 * 80); "in his 40s", "in her early 20s", "from their mid-teens to early 20s" are ages.
 *
 * @example
 * // "In the late 80s" -> { text: '80s', value: 80, role: 'year' }
 */
export const decadeRule: RoleRule = {
  id: 'en/number/decade',
  apply(text, reading) {
    if (reading.suffix !== 's' || reading.form !== 'digits' || !DECADE_DIGITS.test(reading.digits)) return undefined;
    let before = beforeOf(text, reading);
    if (before !== undefined && AGE_DECADE_MODIFIERS.has(before.lower)) before = wordBefore(text, before.start);
    if (reading.digits.length !== 2) return 'year';
    if (before !== undefined && AGE_DECADE_OWNERS.has(before.lower)) return 'age';
    return AGE_SPAN_BEFORE.test(text.slice(Math.max(0, reading.coreStart - AGE_SPAN_REACH), reading.coreStart)) ? 'age' : 'year';
  },
};
