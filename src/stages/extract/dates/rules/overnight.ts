import type { ParsingContext, ParsingResult } from 'chrono-node';
import { DAY_WORD_SOURCE, IDIOM_BEFORE_OVERNIGHT_SOURCE, OVERNIGHT_NOUN_SOURCE, STAY_BEFORE_OVERNIGHT_SOURCE } from '../../../../locales/en/dates.js';
import { makeResult, partOfDayTag, precisionTag, type DateRule } from './base.js';

/** "overnight", "in the overnight hours". */
const OVERNIGHT = /\b(?:(?:in|during)\s+the\s+)?overnight(?:\s+hours)?\b/i;
/** A length of stay: "was held overnight", "stayed overnight at the hospital". */
const STAY_BEFORE = new RegExp(`\\b${STAY_BEFORE_OVERNIGHT_SOURCE}\\s+(?:\\w+\\s+){0,2}$`, 'i');
/** "Suddenly": "changed their mind overnight", "almost overnight", "did not happen overnight". */
const IDIOM_BEFORE = new RegExp(`\\b${IDIOM_BEFORE_OVERNIGHT_SOURCE}\\s+(?:\\w+\\s+){0,2}$`, 'i');
/** A kind of thing: "an overnight shift", "overnight parking". */
const NOUN_AFTER = new RegExp(`^\\s+${OVERNIGHT_NOUN_SOURCE}\\b`, 'i');
/** A day named right before or after: "overnight Saturday", "Friday overnight", "overnight into Sunday". */
const DAY_AFTER = new RegExp(`^\\s*(?:,\\s*)?(?:(?:from|into|on|to|between)\\s+)?(?:\\w+\\s+)?${DAY_WORD_SOURCE}\\b`, 'i');
const DAY_BEFORE = new RegExp(`\\b${DAY_WORD_SOURCE}\\s*,?\\s*(?:\\w+\\s+)?$`, 'i');

/**
 * `en/date/overnight`: "overnight" in a report names the night that ended on its publication day
 * ("Four people were injured in a shooting overnight"). Carries `offset:0:day` and the part of day
 * `night`; a weak reading (see `eventDate`), left out when a day is named next to it ("overnight
 * Saturday") or when it is a length of stay ("held overnight"), a kind of thing ("an overnight
 * shift") or "suddenly" ("changed their mind overnight").
 *
 * @example "Four people were shot overnight." -> "overnight" (offset 0 days, night)
 */
export const overnight: DateRule = {
  id: 'en/date/overnight',
  cue: 'overnight',
  pattern: () => OVERNIGHT,
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const end = index + match[0].length;
    const before = context.text.slice(Math.max(0, index - 30), index);
    const after = context.text.slice(end, end + 30);
    if (STAY_BEFORE.test(before) || IDIOM_BEFORE.test(before) || NOUN_AFTER.test(after) || DAY_AFTER.test(after) || DAY_BEFORE.test(before)) return null;
    return makeResult(context, overnight.id, index, match[0], {}, undefined, ['offset:0:day', precisionTag('day'), partOfDayTag('night')]);
  },
};
