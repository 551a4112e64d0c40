import type { RoleRule } from '../types.js';

/**
 * Ordinals: "30th", "31st", "2nd", "15ᵗʰ", "15™" (a mangled superscript "th"), "thirtieth",
 * "twenty-first", "first" (not "second" alone). Day numbers ("January 20th") are dates: the
 * month-day rule runs first.
 *
 * @example
 * // "the 35th anniversary" -> { text: '35th', value: 35, role: 'ordinal' }
 */
export const ordinalRule: RoleRule = {
  id: 'en/number/ordinal',
  apply(_text, reading) {
    return reading.isOrdinal ? 'ordinal' : undefined;
  },
};
