import type { ParsingContext, ParsingResult } from 'chrono-node';
import { RECURRING_SOURCE } from '../../../../locales/en/dates.js';
import { isWhiteSpace, type DateRefiner } from './base.js';

const RECURRING_BEFORE = new RegExp(`\\b${RECURRING_SOURCE}\\s+(?:on\\s+)?(?:the\\s+)?$`, 'i');
const RECURRING_AFTER = /^,?\s+(?:every|each)\s+year\b|^,?\s+annually\b/i;
/** A day that a present-tense sentence defines ("January 20 is the Day of National Mourning"). */
const DEFINITION_AFTER = /^\s+(?:is|are)\s+(?:now\s+|also\s+)?(?:the|a|an|known|observed|celebrated|marked|commemorated)\b/i;
/**
 * A word the first two patterns need, anywhere in the sentence (without their word boundaries, so
 * that it finds whatever they find). Note: most sentences have none; then the text around each of
 * their dates is not sliced and tested (a wall of "Dec. 5" has thousands).
 */
const ANY_RECURRING_WORD = new RegExp(RECURRING_SOURCE, 'i');

/**
 * Whether `DEFINITION_AFTER` may match after a date ending at `end`: white space, then an "i" or
 * an "a" ("is", "are"). Note: read in place, for each date; most dates are followed by neither.
 */
function mayDefine(text: string, end: number): boolean {
  let at = end;
  while (at < text.length && isWhiteSpace(text.charCodeAt(at))) at++;
  const lower = text.charCodeAt(at) | 32;
  return at > end && (lower === 105 || lower === 97);
}

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
    if (results.length === 0) return results;
    const text = context.text;
    const hasRecurringWord = ANY_RECURRING_WORD.test(text);
    for (const result of results) {
      if (result.start.isCertain('year')) continue;
      const end = result.index + result.text.length;
      const mayBeDefined = mayDefine(text, end);
      if (!hasRecurringWord && !mayBeDefined) continue;
      const after = text.slice(end, end + 20);
      if (
        (hasRecurringWord && (RECURRING_BEFORE.test(text.slice(Math.max(0, result.index - 30), result.index)) || RECURRING_AFTER.test(after))) ||
        (mayBeDefined && DEFINITION_AFTER.test(after))
      ) {
        result.addTag('recurring');
      }
    }
    return results;
  },
};
