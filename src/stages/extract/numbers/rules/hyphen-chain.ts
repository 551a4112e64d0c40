import { gluedLettersStart } from '../read-digits.js';
import { makeReading, type ShapeRule } from '../types.js';

/**
 * Three or more numbers joined by hyphens that are neither a phone number nor an ISO date
 * ("9-1-1", "1-2-3-4") are identifiers (role `code`, value the first number).
 *
 * @example
 * // "dialed 9-1-1" -> { text: '9-1-1', value: 9, role: 'code' }
 */
export const hyphenChainRule: ShapeRule = {
  id: 'en/number/hyphen-chain',
  startsAt: 'digit',
  source: '\\d+(?:-\\d+){2,}(?![\\d])',
  read(text, start, end, floor) {
    const digits = text.slice(start, end);
    const reading = makeReading({
      start,
      end,
      value: Number(digits.split('-')[0]),
      form: 'shape',
      digits,
      rule: this.id,
    });
    reading.role = 'code';
    reading.spanStart = gluedLettersStart(text, start, floor);
    return reading;
  },
};
