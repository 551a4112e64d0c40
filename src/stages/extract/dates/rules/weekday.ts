import type { ParsingContext, ParsingResult } from 'chrono-node';
import { WEEKDAYS } from '../../../../locales/en/dates.js';
import { isWhiteSpace, makeResult, precisionTag, type DateRule } from './base.js';
import { stickyMatch } from '../../numbers/text.js';

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
const ABBREVIATION = /^(?:Sun|Mon|Tues?|Wed|Thu|Thur|Thurs|Fri|Sat)$/;
const THE_BEFORE = /\bthe\s+$/i;
const DAY_TAGS: readonly string[] = [precisionTag('day')];
const WEEKEND_TAGS: readonly string[] = [precisionTag('day'), 'weekend'];

/** What a name the pattern matched reads as, worked out once per name (see `readingOf`). */
interface NameReading {
  readonly word: string;
  readonly value: number | undefined;
  /** The name as a mention's text: with its dot for an abbreviation ("Sat."). */
  readonly text: string;
}

const NAME_READINGS = new Map<string, NameReading>();

/**
 * The reading of a name. Note: the pattern matches few names; reading each once spares a lower-case
 * copy and a text per match, in a wall of "Sat." thousands.
 */
function readingOf(name: string): NameReading {
  let reading = NAME_READINGS.get(name);
  if (reading === undefined) {
    const word = name.toLowerCase();
    const value = word === 'weekend' ? 6 : (WEEKDAYS[word] ?? ABBREVIATIONS[word]);
    reading = { word, value, text: name + (ABBREVIATION.test(name) ? '.' : '') };
    // the names are the pattern's alternatives: a few dozen at most
    NAME_READINGS.set(name, reading);
  }
  return reading;
}

/** "last week" after a weekday, with "of" or not ("Tuesday last week", "Tuesday of last week"; see `LAST_WEEK_END`). */
const LAST_WEEK_AFTER = /[ \t]+(?:of[ \t]+)?last[ \t]+week\b/iy;
/** A weekday's mention that ends with `LAST_WEEK_AFTER`'s words: its modifier is `last-week`. */
export const LAST_WEEK_END = /\blast\s+week$/i;

/** The last characters of the words `MODIFIER_BEFORE` and `THE_BEFORE` look for (last, past, next, this, the). */
const MODIFIER_LAST: ReadonlySet<number> = new Set(['t', 'T', 's', 'S', 'e', 'E'].map((letter) => letter.charCodeAt(0)));

/**
 * Whether the six characters before `at`, which `MODIFIER_BEFORE` and `THE_BEFORE` read, may end
 * with a modifier or "the" and spaces: one or more spaces (as `\s`) after a letter that ends one.
 * Note: a cheap test that lets through everything they match; most weekdays follow no space and
 * such a letter, and are then not copied and tested.
 */
function mayFollowModifier(text: string, at: number): boolean {
  const low = Math.max(0, at - 6);
  let end = at;
  while (end > low && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return end < at && end > low && MODIFIER_LAST.has(text.charCodeAt(end - 1));
}

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
    const { word, value, text: nameText } = readingOf(name);
    if (value === undefined) return null;
    const at = match.index ?? 0;
    const before = mayFollowModifier(context.text, at) ? context.text.slice(Math.max(0, at - 6), at) : undefined;
    const modifier = before !== undefined ? MODIFIER_BEFORE.exec(before) : null;
    if (word === 'weekend' && !modifier && (before === undefined || !THE_BEFORE.test(before))) return null;
    const index = modifier ? at - modifier[0].length : at;
    // "on Tuesday last week", "Tuesday of last week": the weekday of the week before the report's
    const lastWeek = modifier || word === 'weekend' ? null : stickyMatch(LAST_WEEK_AFTER, context.text, at + nameText.length);
    const text = (modifier ? context.text.slice(index, at) + nameText : nameText) + (lastWeek?.[0] ?? '');
    return makeResult(context, weekday.id, index, text, { weekday: value }, undefined, word === 'weekend' ? WEEKEND_TAGS : DAY_TAGS);
  },
};
