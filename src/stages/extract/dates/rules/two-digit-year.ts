import type { ParsingContext, ParsingResult } from 'chrono-node';
import { respan, type DateRefiner } from './base.js';

/** A day followed by a comma and two digits: "January 18, 19" (a list or a count), never a year in news. */
const TWO_DIGIT_YEAR_TAIL = /(\d{1,2}(?:st|nd|rd|th)?)\s*,\s*\d{2}$/;

/**
 * `en/date/two-digit-year`: chrono-node reads "January 18, 19 people" and "January 18, 19 and 20"
 * as January 18, 2019. News never writes years with two digits after a day: the tail is cut off and
 * the year left unknown.
 *
 * @example "January 18, 19 people died" -> "January 18" (no year)
 */
export const twoDigitYear: DateRefiner = {
  id: 'en/date/two-digit-year',
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.map((result) => {
      // Note: the components and the comma first: most results state no year and day, or have no
      // comma, and the pattern is tried at every offset.
      if (!result.start.isCertain('year') || !result.start.isCertain('day') || !result.text.includes(',')) return result;
      const tail = TWO_DIGIT_YEAR_TAIL.exec(result.text);
      if (!tail) return result;
      const cut = result.index + tail.index + (tail[1] ?? '').length;
      const copy = respan(context, result, result.index, cut);
      copy.start.delete('year');
      copy.start.imply('year', result.reference.instant.getUTCFullYear());
      return copy;
    });
  },
};
