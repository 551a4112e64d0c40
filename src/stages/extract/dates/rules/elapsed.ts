import type { ParsingContext, ParsingResult } from 'chrono-node';
import { NUMBER_WORDS, NUMBER_WORD_SOURCE, PRESENT_SOURCE } from '../../../../locales/en/dates.js';
import { makeResult, numberValue, precisionTag, type DateRule } from './base.js';

/** "A year after", "two years since", "six months after". */
const ELAPSED = new RegExp(`\\b(\\d{1,3}|${NUMBER_WORD_SOURCE})\\s+(years?|months?)\\s+(after|since)\\b`, 'i');
/** A verb or adverb of the report's present (`PRESENT_SOURCE`). */
const PRESENT = new RegExp(`\\b${PRESENT_SOURCE}\\b`, 'i');
/** A word before the count that makes it a length of time: "on probation for two years after pleading guilty". */
const DURATION_BEFORE = /\b(?:for|within|to|in)\s+$/i;
/** The end of a clause. */
const CLAUSE_END = /[,;:.!?]/;

/**
 * Whether the main clause around "<time> after <happening>" tells the report's present: the
 * clause after the one the phrase opens ("A year after gunmen stormed the market, traders say
 * ..."), or the words before the phrase ("Traders say business has yet to recover a year after
 * ..."). Not "A month after his birthday, he opened fire": then the time counts from the
 * happening to another past one, which the text does not date.
 */
function isToldFromPresent(text: string, start: number, end: number): boolean {
  if (PRESENT.test(text.slice(0, start))) return true;
  const comma = text.indexOf(',', end);
  if (comma < 0) return false;
  const rest = text.slice(comma + 1);
  const close = CLAUSE_END.exec(rest);
  return PRESENT.test(close ? rest.slice(0, close.index) : rest);
}

/**
 * `en/date/elapsed`: the time from a happening to the report, told as such: "two years since he was
 * shot", "A year after gunmen stormed the market, traders say ..." (with a main clause in the
 * report's present; see `isToldFromPresent`). The happening after the phrase took place that long
 * before the publication date: the result carries `offset:-N:unit`, as "N years ago" does, and
 * dates the happening to the year or month. "several years" says no distance, and "for two years
 * after pleading guilty" is a length of time.
 *
 * @example "A year after gunmen stormed the market, traders say business is slow." (published 2026-03-09) -> "A year after" (2025)
 */
export const elapsed: DateRule = {
  id: 'en/date/elapsed',
  cue: 'elapsed',
  pattern: () => ELAPSED,
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const count = match[1] ?? '';
    if (/^(?:several|a few)$/i.test(count)) return null;
    const amount = numberValue(count, NUMBER_WORDS);
    if (amount === undefined) return null;
    const index = match.index ?? 0;
    if (DURATION_BEFORE.test(context.text.slice(Math.max(0, index - 8), index))) return null;
    const isSince = (match[3] ?? '').toLowerCase() === 'since';
    if (!isSince && !isToldFromPresent(context.text, index, index + match[0].length)) return null;
    const unit = (match[2] ?? '').toLowerCase().startsWith('year') ? 'year' : 'month';
    return makeResult(context, elapsed.id, index, match[0], {}, undefined, [`offset:${-amount}:${unit}`, precisionTag(unit)]);
  },
};
