import type { ParsingContext, ParsingResult } from 'chrono-node';
import { COUNT_NOUNS, STREET_SOURCE, YEAR_PREPOSITION_SOURCE } from '../../../../locales/en/dates.js';
import { makeResult, precisionTag, textAfter, textBefore, type DateRule } from './base.js';

/** A four-digit year 1000-2099 not glued to other digits, a currency sign, a slash or a dash range. */
const YEAR = /(?<![\d,.\/$£€#]|\d\s?[-\u2013])\b((?:1\d|20)\d\d)\b(?![,.]\d|\s*%|\s?[-\u2013]\s?\d|\/\d|'s|’s)/;
/** What must come right before: a preposition ("in 1918") or "the year". */
const PREPOSITION_BEFORE = new RegExp(`\\b${YEAR_PREPOSITION_SOURCE}\\s+(?:the\\s+(?:year|years)\\s+)?$`, 'i');
/** Or another year and a conjunction ("of 1956 and 1990"). */
const COORDINATED_BEFORE = /\b(?:1\d|20)\d\d\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s+)$/;
const NEXT_WORD = /^\s+([a-z]+)/;
/** "of 1115 Mt. Vernon Avenue", "at 1600 N. Main St.": an address. */
const STREET_AFTER = new RegExp(`^\\s+(?:[NSEW]\\.?\\s+)?(?:[A-Z][A-Za-z]*\\.?\\s+){1,3}${STREET_SOURCE}\\b`);

/**
 * `en/date/bare-year`: a year standing alone, only where the words before make it a year:
 * "in 1918", "since 1988", "the revolution of 1956", "of 1956 and 1990". Never a count
 * ("1,990 people", "in 2000 homes") or an address ("in the area of 1115 Mt. Vernon Avenue").
 *
 * @example "which in 1918 first gained independence" -> "1918" (year 1918)
 */
export const bareYear: DateRule = {
  id: 'en/date/bare-year',
  cue: 'year',
  pattern: () => YEAR,
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const before = textBefore(context, index);
    if (!PREPOSITION_BEFORE.test(before) && !COORDINATED_BEFORE.test(before)) return null;
    const after = textAfter(context, index + 4, 40);
    const next = NEXT_WORD.exec(after);
    if (next && COUNT_NOUNS.has(next[1] ?? '')) return null;
    if (STREET_AFTER.test(after)) return null;
    const year = Number(match[1]);
    return makeResult(context, bareYear.id, index, match[0], { year }, undefined, [precisionTag('year')]);
  },
};
