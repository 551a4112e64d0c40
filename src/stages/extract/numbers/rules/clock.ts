import { makeReading, type ShapeRule } from '../types.js';

/**
 * Clock times: "10:30", "9:05:12" (role `time`, value HHMM: 1030). A shape that is not a
 * valid time ("75:30") is an identifier (role `code`).
 *
 * @example
 * // "at 10:30 p.m." -> { text: '10:30', value: 1030, role: 'time' }
 */
export const clockRule: ShapeRule = {
  id: 'en/number/clock',
  startsAt: 'digit',
  source: '\\d{1,2}:\\d{2}(?::\\d{2})?(?![\\d:])',
  read(text, start, end) {
    const digits = text.slice(start, end);
    const [hours = 0, minutes = 0] = digits.split(':').map(Number);
    const reading = makeReading({ start, end, value: hours * 100 + minutes, form: 'shape', digits, rule: this.id });
    reading.role = hours <= 24 && minutes < 60 ? 'time' : 'code';
    return reading;
  },
};
