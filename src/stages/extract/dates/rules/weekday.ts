import type { ParsingContext, ParsingResult } from 'chrono-node';
import { WEEKDAYS } from '../../../../locales/en/dates.js';
import { makeResult, precisionTag, type DateRule } from './base.js';

/**
 * "Saturday", "last Saturday", "next Monday", "this Friday", "Sat.", "SATURDAY", "the weekend".
 * Full names in any of three casings; abbreviations only capitalized and with a dot, so "sat",
 * "Sun" (the newspaper) and "Wed" in a name stay out.
 */
const WEEKDAY =
  /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|SUNDAY|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|sunday|monday|tuesday|wednesday|thursday|friday|saturday|(?:Sun|Mon|Tues?|Wed|Thu|Thur|Thurs|Fri|Sat)(?=\.)|weekend)\b/;
/**
 * The modifier right before a weekday: "last Saturday", "next Monday", "this Friday".
 * Note: read backwards from the weekday rather than as an optional group of the pattern, which made
 * the pattern try the group at every word of every sentence.
 */
const MODIFIER_BEFORE = /\b(last|past|this|next|[Ll]ast|[Pp]ast|[Tt]his|[Nn]ext|LAST|THIS|NEXT)\s+$/;

const ABBREVIATIONS: Readonly<Record<string, number>> = {
  sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6,
};

/**
 * `en/date/weekday`: a weekday, with the modifier the text gives it. The result states the weekday
 * only; the resolver places it before the publication day (after it, for announcements). "the
 * weekend" is read as its Saturday and tagged `weekend` (the resolver makes it Saturday to Sunday). Replaces chrono-node's weekday parser, which also read "sat"
 * and "Sun" and did date arithmetic we discard.
 *
 * @example "Police said the shooting happened Saturday night" -> "Saturday" (weekday 6)
 */
export const weekday: DateRule = {
  id: 'en/date/weekday',
  cue: 'weekday',
  pattern: () => WEEKDAY,
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const name = match[1] ?? '';
    const word = name.toLowerCase();
    const value = word === 'weekend' ? 6 : (WEEKDAYS[word] ?? ABBREVIATIONS[word]);
    if (value === undefined) return null;
    const at = match.index ?? 0;
    const before = context.text.slice(Math.max(0, at - 6), at);
    const modifier = MODIFIER_BEFORE.exec(before);
    if (word === 'weekend' && !modifier && !/\bthe\s+$/i.test(before)) return null;
    const index = modifier ? at - modifier[0].length : at;
    const text = context.text.slice(index, at) + name + (/^(?:Sun|Mon|Tues?|Wed|Thu|Thur|Thurs|Fri|Sat)$/.test(name) ? '.' : '');
    const tags = word === 'weekend' ? [precisionTag('day'), 'weekend'] : [precisionTag('day')];
    return makeResult(context, weekday.id, index, text, { weekday: value }, undefined, tags);
  },
};
