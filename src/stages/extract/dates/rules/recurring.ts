import type { ParsingContext, ParsingResult } from 'chrono-node';
import { RECURRING_SOURCE } from '../../../../locales/en/dates.js';
import { type DateRefiner } from './base.js';

const RECURRING_BEFORE = new RegExp(`\\b${RECURRING_SOURCE}\\s+(?:on\\s+)?(?:the\\s+)?$`, 'i');
const RECURRING_AFTER = /^,?\s+(?:every|each)\s+year\b|^,?\s+annually\b/i;
/** A day that a present-tense sentence defines ("January 20 is the Day of National Mourning"). */
const DEFINITION_AFTER = /^\s+(?:is|are)\s+(?:now\s+|also\s+)?(?:the|a|an|known|observed|celebrated|marked|commemorated)\b/i;
/**
 * A word one of the three patterns above needs, anywhere in the sentence (without their word
 * boundaries, so that it finds whatever they find). Note: most sentences have none; then the
 * text around each of their dates is not sliced and tested (a wall of "Dec. 5" has thousands).
 */
const ANY_RECURRING_WORD = new RegExp(`${RECURRING_SOURCE}|\\s(?:is|are)\\s`, 'i');

/**
 * `en/date/recurring`: marks a day that comes back every year ("Every year on January 20",
 * "each January 20", "January 20 every year", "January 20 is the Day of National Mourning") with
 * the tag `recurring`; it is never placed on the calendar. Dates with a stated year are left alone.
 *
 * @example "Every year on January 20, people come" -> "January 20" tagged recurring
 */
export const recurring: DateRefiner = {
  id: 'en/date/recurring',
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    if (results.length === 0 || !ANY_RECURRING_WORD.test(context.text)) return results;
    for (const result of results) {
      if (result.start.isCertain('year')) continue;
      const before = context.text.slice(Math.max(0, result.index - 30), result.index);
      const after = context.text.slice(result.index + result.text.length, result.index + result.text.length + 20);
      if (RECURRING_BEFORE.test(before) || RECURRING_AFTER.test(after) || DEFINITION_AFTER.test(after)) {
        result.addTag('recurring');
      }
    }
    return results;
  },
};
