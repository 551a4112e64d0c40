import type { ParsingContext, ParsingResult } from 'chrono-node';
import { HAPPENING_NOUN_SOURCE, MONTH_SOURCE, NUMBER_WORDS, NUMBER_WORD_SOURCE, PARTS_OF_DAY, WEEKDAYS } from '../../../../locales/en/dates.js';
import { makeResult, numberValue, partOfDayTag, precisionTag, type DateRule } from './base.js';

/**
 * Phrases that name a day by reference to one already mentioned, one phrasing per branch. The
 * first counts from the happening the report is about, which it names: "the morning after the
 * massacre", "two days after the shooting", "hours before the attack" (hours and minutes keep the
 * happening's day, 24 hours a day). It comes first so that "the day after" followed by a happening is read so, and
 * alone ("The day after, police ...") from the last date. Not a happening the words date themselves
 * ("seven weeks after the March 9 shooting": March 9 is read as a date). The others: "the evening of the same
 * day"; "later that night", "the same day"; "the following day", "the next morning"; "the previous
 * night"; "the morning after", "the day before".
 */
const ANAPHORA = new RegExp(
  [
    `\\b(?:the\\s+(?<part>day|morning|afternoon|evening|night|week)|(?<count>\\d{1,3}|${NUMBER_WORD_SOURCE})\\s+(?<unit>days?|weeks?)|` +
      `(?:(?<shortCount>\\d{1,3}|${NUMBER_WORD_SOURCE})\\s+)?(?<short>hours?|minutes?|moments?))\\s+(?<direction>after|before)\\s+(?:the|that|this)\\s+(?:(?!${MONTH_SOURCE}\\b|\\d)[\\w'’-]+\\s+){0,2}?${HAPPENING_NOUN_SOURCE}\\b`,
    '\\bthe\\s+(?<ofDay>morning|afternoon|evening|night)\\s+of\\s+(?:the\\s+same|that)\\s+day\\b',
    '\\b(?:(?:later|earlier)\\s+)?(?:that|the\\s+same)\\s+(?<same>day|night|morning|afternoon|evening)\\b',
    '\\bthe\\s+(?:following|next)\\s+(?<next>day|morning|afternoon|evening|night|week)\\b',
    '\\bthe\\s+(?:previous|preceding)\\s+(?<previous>day|night|evening|morning|afternoon|week)\\b',
    '\\bthe\\s+(?<around>day|morning|night|evening)\\s+(?<aroundDirection>after|before)\\b(?!\\s+(?:yesterday|tomorrow))',
  ].join('|'),
  'i',
);

/**
 * A date right before a phrase counted from the happening, set off by a comma: "buried their dead on
 * Friday, three days after the attack", "on March 15, two days after the shooting". The phrase says
 * what that date is to the happening; it names no day of its own (counted from a happening dated
 * by the report's first date, it would name a day after Friday).
 */
const DATE_BEFORE = new RegExp(
  String.raw`\b(?:${Object.keys(WEEKDAYS).join('|')}|${MONTH_SOURCE}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+${MONTH_SOURCE})(?:\s+(?:morning|afternoon|evening|night))?\s*,\s*$`,
  'i',
);

/**
 * `en/date/anaphora`: a day named from another date of the document ("that night", "the next
 * morning", "the evening of the same day"). Carries `anaphora:N:unit`; the document-level resolver
 * places it from the last date that times a clause a few sentences back. A day named from the
 * happening ("the day after the shooting") carries `happening` too: it is placed from the
 * happening's date, the report's first (see `resolveDates`), not from the last one.
 *
 * @example "On that night, 130 civilians died" -> "that night" (anaphora 0 days, night)
 * @example "Two days after the shooting, police arrested a man" -> "Two days after the shooting" (anaphora +2 days from the happening)
 */
export const anaphora: DateRule = {
  id: 'en/date/anaphora',
  cue: 'anaphora',
  pattern: () => ANAPHORA,
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups ?? {};
    let offset = 0;
    let unit: 'day' | 'week' = 'day';
    let word: string | undefined;
    const isHappening = g['direction'] !== undefined;
    if (isHappening) {
      const at = match.index ?? 0;
      if (DATE_BEFORE.test(context.text.slice(Math.max(0, at - 40), at))) return null;
      const sign = g['direction']!.toLowerCase() === 'after' ? 1 : -1;
      if (g['part'] !== undefined) {
        word = g['part'];
        offset = sign;
      } else if (g['count'] !== undefined) {
        // "several days", "a few weeks" say no distance
        if (/^(?:several|a few)$/i.test(g['count'])) return null;
        const value = numberValue(g['count'], NUMBER_WORDS);
        if (value === undefined) return null;
        word = g['unit']!.replace(/s$/i, '');
        offset = sign * value;
      } else if (g['shortCount'] !== undefined && /^hours?$/i.test(g['short'] ?? '')) {
        // "24 hours after", "48 hours before": whole days; fewer hours keep the happening's day
        const hours = numberValue(g['shortCount'], NUMBER_WORDS) ?? 0;
        offset = sign * Math.floor(hours / 24);
      }
      // minutes and moments keep the happening's day (offset 0)
    } else {
      word = g['ofDay'] ?? g['same'] ?? g['next'] ?? g['previous'] ?? g['around'];
      if (g['next'] !== undefined) offset = 1;
      else if (g['previous'] !== undefined) offset = -1;
      else if (g['around'] !== undefined) offset = (g['aroundDirection'] ?? '').toLowerCase() === 'after' ? 1 : -1;
    }
    const lower = (word ?? 'day').toLowerCase();
    if (lower === 'week') unit = 'week';
    const part = PARTS_OF_DAY[lower];
    const tags = [`anaphora:${offset}:${unit}`, precisionTag(unit === 'week' ? 'week' : 'day')];
    if (part !== undefined) tags.push(partOfDayTag(part));
    if (isHappening) tags.push('happening');
    return makeResult(context, anaphora.id, match.index ?? 0, match[0], {}, undefined, tags);
  },
};
