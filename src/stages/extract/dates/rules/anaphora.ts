import type { ParsingContext, ParsingResult } from 'chrono-node';
import { PARTS_OF_DAY } from '../../../../locales/en/dates.js';
import { makeResult, partOfDayTag, precisionTag, type DateRule } from './base.js';

/**
 * Phrases that name a day by reference to one already mentioned. Groups, one phrasing per branch:
 * 1 "the evening of the same day"; 2-3 "later that night" / "that night" / "the same day";
 * 4-5 "the following day" / "the next morning"; 6 "the previous night"; 7-8 "the morning after" / "the day before".
 */
const ANAPHORA = new RegExp(
  [
    '\\bthe\\s+(morning|afternoon|evening|night)\\s+of\\s+(?:the\\s+same|that)\\s+day\\b',
    '\\b(?:(?:later|earlier)\\s+)?(that|the\\s+same)\\s+(day|night|morning|afternoon|evening)\\b',
    '\\bthe\\s+(following|next)\\s+(day|morning|afternoon|evening|night|week)\\b',
    '\\bthe\\s+(?:previous|preceding)\\s+(day|night|evening|morning|afternoon|week)\\b',
    '\\bthe\\s+(day|morning|night|evening)\\s+(after|before)\\b(?!\\s+(?:yesterday|tomorrow))',
  ].join('|'),
  'i',
);

/**
 * `en/date/anaphora`: a day named from an earlier date of the document ("that night", "the next
 * morning", "the evening of the same day"). Carries `anaphora:N:unit`; the document-level resolver
 * places it from the last date that times a clause a few sentences back.
 *
 * @example "On that night, 130 civilians died" -> "that night" (anaphora 0 days, night)
 */
export const anaphora: DateRule = {
  id: 'en/date/anaphora',
  cue: 'anaphora',
  pattern: () => ANAPHORA,
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    let offset = 0;
    let unit: 'day' | 'week' = 'day';
    let word: string | undefined;
    if (match[1] !== undefined) word = match[1];
    else if (match[3] !== undefined) word = match[3];
    else if (match[5] !== undefined) {
      word = match[5];
      offset = 1;
    } else if (match[6] !== undefined) {
      word = match[6];
      offset = -1;
    } else if (match[7] !== undefined) {
      word = match[7];
      offset = (match[8] ?? '').toLowerCase() === 'after' ? 1 : -1;
    }
    const lower = (word ?? 'day').toLowerCase();
    if (lower === 'week') unit = 'week';
    const part = PARTS_OF_DAY[lower];
    const tags = [`anaphora:${offset}:${unit}`, precisionTag(unit === 'week' ? 'week' : 'day')];
    if (part !== undefined) tags.push(partOfDayTag(part));
    return makeResult(context, anaphora.id, match.index ?? 0, match[0], {}, undefined, tags);
  },
};
