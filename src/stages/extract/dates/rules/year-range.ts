import type { ParsingContext, ParsingResult } from 'chrono-node';
import { COUNT_NOUNS } from '../../../../locales/en/dates.js';
import { makeResult, precisionTag, textAfter, type DateRule } from './base.js';

/** "1988-1989", "1988–90", "1988/89". */
const YEAR_RANGE = /(?<![\d,.\/$])\b((?:1\d|20)\d\d)\s?[-\u2013\u2014\/]\s?((?:1\d|20)?\d\d)\b(?![,.\/-]?\d)/;
const NEXT_WORD = /^\s+([a-z]+)/;

/**
 * `en/date/year-range`: two years joined by a dash or slash. The second may be short ("1988-89").
 * The end must be after the start and within a century of it, so "1800-1234" (a phone number) is skipped.
 *
 * @example "from Armenia, in 1988-1989." -> "1988-1989" (1988 to 1989)
 */
export const yearRange: DateRule = {
  id: 'en/date/year-range',
  cue: 'year',
  pattern: () => YEAR_RANGE,
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const first = Number(match[1]);
    const secondText = match[2] ?? '';
    const second = secondText.length === 2 ? Math.floor(first / 100) * 100 + Number(secondText) : Number(secondText);
    if (second <= first || second - first > 100) return null;
    const next = NEXT_WORD.exec(textAfter(context, index + match[0].length, 30));
    if (next && COUNT_NOUNS.has(next[1] ?? '')) return null;
    return makeResult(context, yearRange.id, index, match[0], { year: first }, { year: second }, [precisionTag('year')]);
  },
};
