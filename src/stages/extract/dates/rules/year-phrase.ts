import type { ParsingContext, ParsingResult } from 'chrono-node';
import { YEAR_PHRASES, YEAR_PHRASE_SOURCE } from '../../../../locales/en/dates.js';
import { isWhiteSpace, type DateRefiner } from './base.js';

/** A year phrase right after a month or day ("March 9 last year", "in June of the previous year"); not "last year's". */
const PHRASE_AFTER = new RegExp(`^\\s+(?:of\\s+)?(${YEAR_PHRASE_SOURCE})\\b(?!['’])`, 'i');
/** A year phrase right before a month or day, joined by "on" or "in" ("Last year on March 9", "This year, in June"). */
const PHRASE_BEFORE = new RegExp(`\\b(${YEAR_PHRASE_SOURCE})\\s*,?\\s+(?:on|in)\\s+$`, 'i');
/** "on " opening a result (chrono-node's calendar parsers take it in), which the phrase before comes ahead of. */
const LEADING_ON = /^on\s+/i;
/** How far before and after a date a year phrase is looked for ("the preceding year, in " is 24 characters). */
const PHRASE_WIDTH = 30;

/**
 * Whether the text after `end` may open with a year phrase (`PHRASE_AFTER`): white space, then the
 * first letter of one ("last", "this", "next", "the", "a") or of "of". Note: read in place; most
 * dates are followed by none, and their text is then not sliced and tested.
 */
function mayOpenPhrase(text: string, end: number): boolean {
  let at = end;
  while (at < text.length && isWhiteSpace(text.charCodeAt(at))) at++;
  if (at === end) return false;
  const lower = text.charCodeAt(at) | 32;
  return lower === 108 || lower === 116 || lower === 110 || lower === 97 || lower === 111; // l, t, n, a, o
}

/**
 * Whether the text before `at` may end with "on" or "in" after a year phrase (`PHRASE_BEFORE`):
 * white space after an "n". Note: read in place, as `mayOpenPhrase`.
 */
function mayCloseWithOnOrIn(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return end < at && end > 0 && (text.charCodeAt(end - 1) | 32) === 110; // n
}

/**
 * `en/date/year-phrase`: a month or a month and day without a year, next to a phrase that names
 * the year ("On March 9 last year", "last year on March 9", "in June the year before", "March 9,
 * 2024 ... on March 12 a year earlier"), is widened over the phrase and takes its year: the tag
 * `offset:N:year` counts from the publication date ("last year", "this year", "next year"),
 * `anaphora:N:year` from the date the document named before ("the year before", "a year
 * earlier"). Without it, "March 9" took the year closest to the publication day (in a report a
 * year on, the anniversary itself) and "last year" was a second date, a whole year, of its own.
 *
 * @example "On March 9 last year, gunmen killed 12 people" (published 2026-05-01) -> "March 9 last year" (2025-03-09)
 */
export const yearPhrase: DateRefiner = {
  id: 'en/date/year-phrase',
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    if (results.length === 0) return results;
    const text = context.text;
    for (const result of results) {
      const start = result.start;
      if (!start.isCertain('month') || start.isCertain('year') || result.end?.isCertain('year')) continue;
      const end = result.index + result.text.length;
      const lead = LEADING_ON.exec(result.text)?.[0].length ?? 0;
      const core = result.index + lead;
      const after = mayOpenPhrase(text, end) ? PHRASE_AFTER.exec(text.slice(end, end + PHRASE_WIDTH)) : null;
      const low = Math.max(0, core - PHRASE_WIDTH);
      const before = after === null && mayCloseWithOnOrIn(text, core) ? PHRASE_BEFORE.exec(text.slice(low, core)) : null;
      const phrase = (after ?? before)?.[1];
      const reading = phrase !== undefined ? YEAR_PHRASES[phrase.toLowerCase().replace(/\s+/g, ' ')] : undefined;
      if (reading === undefined) continue;
      // Note: widened in place, as `part-of-day` does; the results are chrono's working objects.
      const from = before ? low + before.index : result.index;
      const to = after ? end + after[0].length : end;
      result.index = from;
      result.text = text.slice(from, to);
      result.addTag(`${reading.from === 'published' ? 'offset' : 'anaphora'}:${reading.years}:year`);
    }
    return results;
  },
};
