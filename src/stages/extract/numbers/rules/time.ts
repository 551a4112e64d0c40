import { afterOf } from '../text.js';
import type { RoleRule } from '../types.js';

/** "a.m.", "p.m.", "am", "pm", "a.m" after a number, glued or after a blank. */
const MERIDIEM = /[ \t]?(?:[ap]\.[ \t]?m\b\.?|[ap]m\b)/iy;

/** "o'clock". */
const OCLOCK = /[ \t]+o['’]clock\b/iy;

/**
 * Times of day: "9 p.m.", "9pm", "10 a.m.", "5 o'clock" (clock shapes such as "10:30" are read
 * by the clock shape rule).
 *
 * @example
 * // "just before 1 p.m. Saturday" -> { text: '1', role: 'time' }
 */
export const timeRule: RoleRule = {
  id: 'en/number/time',
  apply(text, reading) {
    if (reading.suffix === 'am' || reading.suffix === 'pm' || reading.suffix === 'a' || reading.suffix === 'p') {
      MERIDIEM.lastIndex = reading.coreEnd;
      if (MERIDIEM.test(text)) return 'time';
    }
    const next = afterOf(text, reading);
    if (next === undefined || next.gap === '-') return undefined;
    const word = next.lower;
    if (word === 'a' || word === 'p' || word === 'am' || word === 'pm') {
      MERIDIEM.lastIndex = reading.spanEnd;
      if (MERIDIEM.test(text)) return 'time';
    } else if (word === 'o') {
      OCLOCK.lastIndex = reading.spanEnd;
      if (OCLOCK.test(text)) return 'time';
    }
    return undefined;
  },
};
