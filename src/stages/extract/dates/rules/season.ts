import type { ParsingContext, ParsingResult } from 'chrono-node';
import { SEASONS, SEASON_SOURCE } from '../../../../locales/en/dates.js';
import { makeResult, precisionTag, type DateRule } from './base.js';

/** "the fall of 1989", "summer 2015", "in the winter of 1990-91" (the first year is taken). */
const SEASON = new RegExp(`\\b(?:the\\s+)?(?:(?:early|late)\\s+)?(${SEASON_SOURCE})\\s+(?:of\\s+)?((?:1\\d|20)\\d\\d)\\b(?![,.]\\d)`, 'i');

/**
 * `en/date/season`: a season of a stated year, as its first and last month (meteorological seasons;
 * winter runs from December into the next year).
 *
 * @example "In the fall of 1989, the movement" -> "the fall of 1989" (1989-09 to 1989-11)
 */
export const season: DateRule = {
  id: 'en/date/season',
  cue: 'season',
  pattern: () => SEASON,
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const months = SEASONS[(match[1] ?? '').toLowerCase()];
    if (!months) return null;
    const year = Number(match[2]);
    const endYear = months[1] < months[0] ? year + 1 : year;
    return makeResult(
      context,
      season.id,
      match.index ?? 0,
      match[0],
      { year, month: months[0] },
      { year: endYear, month: months[1] },
      [precisionTag('season')],
    );
  },
};
