import { finishDigits } from '../read-digits.js';
import type { ShapeRule } from '../types.js';

/** "200.000", "2.500": one dot followed by exactly three digits (thousands unless a multiplier or % follows). */
const DOT_THOUSANDS = /^[1-9]\d{0,2}\.\d{3}$/;

/** After a dot-grouped number, words that make the dot a decimal point: "1.234 million", "2.500%". */
const DECIMAL_CONTEXT = /[ \t]*(?:-[ \t]*)?(?:hundred|thousand|million|billion|trillion|percent|per[ \t]+cent)\b|[ \t]?%/iy;

/**
 * Digits: "130", "26,000", "1,234,567", "200.000" (dot-grouped thousands), "2.5", ".45", with
 * whatever is glued to them and a multiplier word after them ("2.5 million" -> 2500000,
 * "26 thousand" -> 26000). A leading-dot decimal counts only after a blank or an opening
 * bracket (".45 caliber"); elsewhere the dot is punctuation and the digits are read alone.
 *
 * @example
 * // "26,000 troops" -> { text: '26,000', value: 26000 }
 * // "200.000 of Azerbaijanis" -> { text: '200.000', value: 200000 }
 */
export const digitsRule: ShapeRule = {
  id: 'en/number/digits',
  startsAt: 'digit',
  // Note: a finite number has at most 102 comma groups after its first (10^308), so longer runs
  // ("130,130,...") are read 103 groups at a time. Unbounded, such a run was matched to its end,
  // refused as infinite, and matched again from each following group, quadratically.
  source: '(?:\\d{1,3}(?:,\\d{3}){1,102}(?!\\d)|\\d{1,3}(?:\\.\\d{3})+(?![\\d.])|\\d+)(?:\\.\\d+)?|\\.\\d+',
  read(text, start, end, floor) {
    let coreStart = start;
    if (text.charCodeAt(start) === 46) {
      const before = start > floor ? (text[start - 1] ?? ' ') : ' ';
      if (!/[\s([{"'“‘]/.test(before)) coreStart = start + 1;
    }
    const digits = text.slice(coreStart, end);
    let value: number;
    if (digits.indexOf(',') < 0 && digits.indexOf('.') < 0) {
      value = Number(digits); // the common case: "130", "1990"
    } else if (DOT_THOUSANDS.test(digits)) {
      DECIMAL_CONTEXT.lastIndex = end;
      value = DECIMAL_CONTEXT.test(text) ? Number(digits) : Number(digits.replace('.', ''));
    } else {
      value = Number(digits.replace(/,/g, ''));
    }
    if (!Number.isFinite(value)) return undefined;
    return finishDigits(text, coreStart, end, value, digits, this.id, floor);
  },
};
