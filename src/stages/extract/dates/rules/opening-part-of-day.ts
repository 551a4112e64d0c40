import type { ParsingContext, ParsingResult } from 'chrono-node';
import { PARTS_OF_DAY } from '../../../../locales/en/dates.js';
import { makeResult, partOfDayTag, precisionTag, type DateRule } from './base.js';

/** "In the evening hours, ...", "In the evening, ...", "During the night ..." opening a sentence. */
const OPENING_PART_OF_DAY = /\b(?:in|during)\s+the\s+(morning|afternoon|evening|night)(?:\s+hours)?\b/i;
/** What may come before it in the sentence: nothing, or a sequencing word ("First, ", "Then "). */
const OPENING_PREFIX = /^\s*(?:(?:first|then|later|and|but)\s*,?\s*)?$/i;

/**
 * `en/date/opening-part-of-day`: a sentence that opens with a part of the day and no date
 * ("In the evening hours, the Soviet army ... entered Baku") continues the day of the last date.
 * Only at the start of a sentence: "attacks in the evening" elsewhere say how, not when.
 *
 * @example "In the evening hours, the army entered the city." -> "In the evening hours" (anaphora 0 days, evening)
 */
export const openingPartOfDay: DateRule = {
  id: 'en/date/opening-part-of-day',
  cue: 'openingPartOfDay',
  pattern: () => OPENING_PART_OF_DAY,
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (!OPENING_PREFIX.test(context.text.slice(0, index))) return null;
    const part = PARTS_OF_DAY[(match[1] ?? '').toLowerCase()];
    if (part === undefined) return null;
    return makeResult(context, openingPartOfDay.id, index, match[0], {}, undefined, [
      'anaphora:0:day',
      precisionTag('day'),
      partOfDayTag(part),
    ]);
  },
};
