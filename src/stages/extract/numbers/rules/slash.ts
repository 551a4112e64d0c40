import { gluedLettersStart } from '../read-digits.js';
import { makeReading, type ShapeRule } from '../types.js';

/**
 * Numbers joined by slashes. Three parts that make a month/day/year (US order) or a
 * year/month/day are a date (value YYYYMMDD; a two-digit year is 19yy from 50 up, else 20yy);
 * anything else ("24/7", "9/11", "1/2", "3/4/5/6") is an identifier (role `code`).
 *
 * @example
 * // "1/20/1990" -> { value: 19900120, role: 'date' };  "24/7" -> { value: 24, role: 'code' }
 */
export const slashRule: ShapeRule = {
  id: 'en/number/slash',
  startsAt: 'digit',
  source: '\\d{1,4}(?:/\\d{1,4}){1,2}(?![\\d/])',
  read(text, start, end, floor) {
    const digits = text.slice(start, end);
    const parts = digits.split('/').map(Number);
    const reading = makeReading({ start, end, value: parts[0] ?? 0, form: 'shape', digits, rule: this.id });
    reading.role = 'code';
    reading.spanStart = gluedLettersStart(text, start, floor);
    if (parts.length === 3) {
      const [a = 0, b = 0, c = 0] = parts;
      const yearFirst = (digits.split('/')[0] ?? '').length === 4;
      const [year, month, day] = yearFirst ? [a, b, c] : [c < 100 ? (c >= 50 ? 1900 + c : 2000 + c) : c, a, b];
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
        reading.role = 'date';
        reading.value = reading.high = year * 10000 + month * 100 + day;
      }
    }
    return reading;
  },
};
