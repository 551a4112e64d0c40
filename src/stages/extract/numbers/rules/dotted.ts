import { finishDigits, gluedLettersStart } from '../read-digits.js';
import { makeReading, type ShapeRule } from '../types.js';

/** "1.234.567": dot-grouped thousands. */
const DOT_THOUSANDS = /^[1-9]\d{0,2}(?:\.\d{3})+$/;

/** "20.01.1990": day.month.year. */
const DOT_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/;

/**
 * Numbers with two or more dots. Three-digit groups after a leading group of one to three
 * digits are thousands ("1.234.567" -> 1234567, read on like any digits); "20.01.1990" is a
 * date (day.month.year, value YYYYMMDD); anything else ("2.3.1", "192.168.0.1") is a version
 * or address (role `code`).
 *
 * @example
 * // "1.234.567 people" -> { value: 1234567, role: 'count' };  "v2.3.1" -> { role: 'code' }
 */
export const dottedRule: ShapeRule = {
  id: 'en/number/dotted',
  startsAt: 'digit',
  source: '\\d+(?:\\.\\d+){2,}(?![\\d])',
  read(text, start, end, floor) {
    const digits = text.slice(start, end);
    const thousands = DOT_THOUSANDS.test(digits) ? Number(digits.replace(/\./g, '')) : Number.NaN;
    // "1.000.000.000...": more groups than a finite number has is a code, not a quantity
    if (Number.isFinite(thousands)) return finishDigits(text, start, end, thousands, digits, this.id, floor);
    const reading = makeReading({ start, end, value: Number(digits.split('.')[0]), form: 'shape', digits, rule: this.id });
    reading.role = 'code';
    reading.spanStart = gluedLettersStart(text, start, floor);
    const date = DOT_DATE.exec(digits);
    if (date !== null) {
      const day = Number(date[1]);
      const month = Number(date[2]);
      let year = Number(date[3]);
      if (year < 100) year += year >= 50 ? 1900 : 2000;
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
        reading.role = 'date';
        reading.value = reading.high = year * 10000 + month * 100 + day;
      }
    }
    return reading;
  },
};
