import { makeReading, type ShapeRule } from '../types.js';

/**
 * ISO dates: "2021-01-20" (role `date`, value 20210120). A shape with an impossible month or
 * day is an identifier (role `code`).
 *
 * @example
 * // "date 2021-01-20" -> { text: '2021-01-20', value: 20210120, role: 'date' }
 */
export const isoDateRule: ShapeRule = {
  id: 'en/number/iso-date',
  startsAt: 'digit',
  source: '\\d{4}-\\d{2}-\\d{2}(?![\\d-])',
  read(text, start, end) {
    const digits = text.slice(start, end);
    const month = Number(digits.slice(5, 7));
    const day = Number(digits.slice(8, 10));
    const reading = makeReading({
      start,
      end,
      value: Number(digits.replace(/-/g, '')),
      form: 'shape',
      digits,
      rule: this.id,
    });
    reading.role = month >= 1 && month <= 12 && day >= 1 && day <= 31 ? 'date' : 'code';
    return reading;
  },
};
