import type { ParsingContext, ParsingResult } from 'chrono-node';
import { makeResult, precisionTag, type DateRule } from './base.js';

/** "from 1988 to 1990", "between 1988 and 1990". */
const YEAR_SPAN = /\b(from|between)\s+((?:1\d|20)\d\d)\s+(to|until|till|through|and)\s+((?:1\d|20)\d\d)\b(?![,.]\d)/i;

/**
 * `en/date/year-span`: two years joined by words: "from 1988 to 1990", "between 1988 and 1990".
 * The span starts at the first year.
 *
 * @example "between 1988 and 1990 the conflict grew" -> "1988 and 1990" (1988 to 1990)
 */
export const yearSpan: DateRule = {
  id: 'en/date/year-span',
  cue: 'year',
  pattern: () => YEAR_SPAN,
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const opener = (match[1] ?? '').toLowerCase();
    const joiner = (match[3] ?? '').toLowerCase();
    if ((opener === 'between') !== (joiner === 'and')) return null;
    const first = Number(match[2]);
    const second = Number(match[4]);
    if (second <= first || second - first > 100) return null;
    const offset = match[0].indexOf(match[2] ?? '', opener.length);
    const index = (match.index ?? 0) + offset;
    return makeResult(context, yearSpan.id, index, match[0].slice(offset), { year: first }, { year: second }, [
      precisionTag('year'),
    ]);
  },
};
