import type { ParsingContext, ParsingResult } from 'chrono-node';
import { makeResult, precisionTag, type DateRule } from './base.js';

/** "last week", "this month", "next year", "earlier this year", "late last month". */
const RELATIVE_UNIT = /\b(?:(?:earlier|later|early|late)\s+)?(last|this|next)\s+(week|month|year)\b(?!['’]s?\s+\w+\s+(?:old|long))/i;

const DIRECTIONS: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 };

/**
 * `en/date/relative-unit`: the week, month or year before, of or after the publication date.
 * Carries `offset:N:unit` and a precision of that unit.
 *
 * @example "arrested last week" -> "last week" (offset -1 week, precision week)
 */
export const relativeUnit: DateRule = {
  id: 'en/date/relative-unit',
  cue: 'relativeUnit',
  pattern: () => RELATIVE_UNIT,
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const direction = DIRECTIONS[(match[1] ?? '').toLowerCase()];
    const unit = (match[2] ?? '').toLowerCase() as 'week' | 'month' | 'year';
    if (direction === undefined) return null;
    return makeResult(context, relativeUnit.id, match.index ?? 0, match[0], {}, undefined, [
      `offset:${direction}:${unit}`,
      precisionTag(unit),
    ]);
  },
};
