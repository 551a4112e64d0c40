import type { ParsingContext, ParsingResult } from 'chrono-node';
import { makeResult, partOfDayTag, precisionTag, type DateRule } from './base.js';

/**
 * "yesterday", "today", "tonight", "tomorrow", "last night", "yesterday morning",
 * "the day before yesterday", "this morning", "earlier this evening".
 */
const CASUAL_DAY =
  /\b(?:(the day before yesterday)|(yesterday|today|tomorrow)(?:\s+(morning|afternoon|evening|night))?|(tonight)|(last night)|(?:(?:earlier|later)\s+)?this\s+(morning|afternoon|evening))\b/i;

const OFFSETS: Readonly<Record<string, number>> = { yesterday: -1, today: 0, tomorrow: 1 };
/** The offset tags of the offsets above and "the day before yesterday", made once (a wall of "yesterday" has thousands). */
const OFFSET_TAGS: Readonly<Record<number, string>> = Object.fromEntries([-2, -1, 0, 1].map((offset) => [offset, `offset:${offset}:day`]));

/**
 * `en/date/casual-day`: a day named from the publication date. Carries `offset:N:day` and, when
 * given, the part of the day.
 *
 * @example "Police said the shooting happened last night" -> "last night" (offset -1 day, night)
 */
export const casualDay: DateRule = {
  id: 'en/date/casual-day',
  cue: 'casualDay',
  pattern: () => CASUAL_DAY,
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    let offset = 0;
    let part: string | undefined;
    if (match[1] !== undefined) offset = -2;
    else if (match[2] !== undefined) {
      offset = OFFSETS[match[2].toLowerCase()] ?? 0;
      part = match[3];
    } else if (match[4] !== undefined) part = 'night';
    else if (match[5] !== undefined) {
      offset = -1;
      part = 'night';
    } else part = match[6];
    const tags = [OFFSET_TAGS[offset] ?? `offset:${offset}:day`, precisionTag('day')];
    if (part !== undefined) tags.push(partOfDayTag(part.toLowerCase() as 'morning'));
    return makeResult(context, casualDay.id, match.index ?? 0, match[0], {}, undefined, tags);
  },
};
