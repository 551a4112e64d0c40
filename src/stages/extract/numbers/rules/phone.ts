import { makeReading, type ShapeRule } from '../types.js';

/**
 * Phone numbers: "(212) 555-1234", "212-555-1234", "831 758-7276", "1-800-555-1234",
 * "555-1234", and numbers spelled with letters ("601-355-TIPS", "528-CASH", "1-888-Lock-U-Up").
 * A bare "ddd-dddd" is read as a phone number, not a range (first digit 2-9, as in North
 * American exchanges): "555-1234" is far more common in news than a range like "200-1000".
 *
 * @example
 * // "call (212) 555-1234" -> { text: '(212) 555-1234', role: 'phone', rule: 'en/number/phone' }
 */
export const phoneRule: ShapeRule = {
  id: 'en/number/phone',
  startsAt: 'digit',
  source:
    '(?:\\+?1[-. ])?\\(\\d{3}\\)[ ]?\\d{3}[-.](?:\\d{4}|[A-Z]{4,7})(?![\\dA-Za-z])' +
    '|(?:\\+?1[-.])?\\d{3}[-. ]\\d{3}[-.](?:\\d{4}|[A-Z]{4,7})(?![\\dA-Za-z]|[.-]\\d)' +
    '|[2-9]\\d{2}-(?:\\d{4}|[A-Z]{4,7})(?![\\dA-Za-z-])' +
    '|1[-. ]8\\d{2}[-. ][A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*',
  read(text, start, end) {
    const digits = text.slice(start, end);
    const reading = makeReading({
      start,
      end,
      value: Number(digits.replace(/\D/g, '')) || 0,
      form: 'shape',
      digits,
      rule: this.id,
    });
    reading.role = 'phone';
    return reading;
  },
};
