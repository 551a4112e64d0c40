import type { ParsingContext, ParsingResult } from 'chrono-node';
import { FIXED_HOLIDAYS, FLOATING_HOLIDAYS, HOLIDAY_SOURCE } from '../../../../locales/en/dates.js';
import { isWhiteSpace, makeResult, precisionTag, textAfter, textBefore, type DateRule } from './base.js';

const HOLIDAY = new RegExp(`\\b${HOLIDAY_SOURCE}(?:\\s+((?:1\\d|20)\\d\\d))?\\b`, 'i');
/** A bare "Christmas" is a day only after "on" or before a part of the day ("Christmas morning"). */
const ON_BEFORE = /\bon\s+$/i;
const PART_AFTER = /^\s+(?:morning|afternoon|evening|night)\b/i;
const CAPITALIZED = /^[A-Z]/;
/** "Thanksgiving weekend", "Christmas week", "the Easter holiday": a period around the day, not the day. */
const PERIOD_AFTER = /^\s+(?:weekend|week|holidays?|break|season|period|vacation)\b/i;
/** The first letters of the words of `PERIOD_AFTER`, lower case. */
const PERIOD_FIRST_LETTERS: ReadonlySet<number> = new Set([...'whbspv'].map((letter) => letter.charCodeAt(0)));

/**
 * Whether `PERIOD_AFTER` may match at `at`: white space, then the first letter of one of its
 * words (either case). Note: a cheap test that lets through everything it matches; most holidays
 * are followed by none of them, and the text after them is then not copied and tested.
 */
function mayHavePeriodAfter(text: string, at: number): boolean {
  let next = at;
  while (next < text.length && isWhiteSpace(text.charCodeAt(next))) next++;
  return next > at && PERIOD_FIRST_LETTERS.has(text.charCodeAt(next) | 32);
}

/** The tags of a holiday result: its precision, and for a floating holiday the rule of its day (see `FLOATING_TAGS`). */
const FIXED_TAGS: readonly string[] = [precisionTag('day')];
const EASTER_TAGS: readonly string[] = [precisionTag('day'), 'holiday:easter'];
/**
 * The tags of each floating holiday, by name (`FLOATING_HOLIDAYS`): `holiday:<month>:<weekday>:<nth>`.
 * Note: made once, not per match.
 */
const FLOATING_TAGS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(FLOATING_HOLIDAYS).map(([name, [month, weekday, nth]]) => [name, [precisionTag('day'), `holiday:${month}:${weekday}:${nth}`]] as const),
);

/** What a holiday's text reads as: whether its name is capitalized, and the name in lower case with single spaces. */
interface HolidayReading {
  readonly isCapitalized: boolean;
  readonly name: string;
}

/** Readings of the texts already matched, a few thousand at most (see `readingOf`). */
const READINGS = new Map<string, HolidayReading>();
const MAX_READINGS = 4096;

/**
 * The reading of a holiday's text, worked out once per text. Note: a document names few
 * holidays, often many times; four copies of the text per match were most of the time of a wall of "Easter".
 */
function readingOf(text: string): HolidayReading {
  let reading = READINGS.get(text);
  if (reading === undefined) {
    reading = {
      isCapitalized: CAPITALIZED.test(text.replace(/^the\s+/i, '')),
      name: text.replace(/\s+(?:1\d|20)\d\d$/, '').toLowerCase().replace(/\s+/g, ' ').replace('’', "'"),
    };
    if (READINGS.size >= MAX_READINGS) READINGS.clear();
    READINGS.set(text, reading);
  }
  return reading;
}

/**
 * `en/date/holiday`: a holiday named as a day: "Christmas Day", "on Christmas", "Christmas
 * morning", "New Year's Eve", "Thanksgiving", "the Fourth of July", "Easter Sunday", with an
 * optional year after it. Fixed holidays state their month and day; floating ones carry
 * `holiday:<month>:<weekday>:<nth>` (or `holiday:easter`) and get their day once the year is known.
 * Names must be capitalized ("a memorial day" is not Memorial Day).
 *
 * @example "left 3 dead on Christmas" -> "Christmas" (12-25)
 */
export const holiday: DateRule = {
  id: 'en/date/holiday',
  cue: 'holiday',
  pattern: () => HOLIDAY,
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const text = match[0];
    const { isCapitalized, name } = readingOf(text);
    if (!isCapitalized) return null;
    if (mayHavePeriodAfter(context.text, index + text.length) && PERIOD_AFTER.test(textAfter(context, index + text.length, 15))) return null;
    const year = match[1] !== undefined ? Number(match[1]) : undefined;
    if (name === 'christmas' && !ON_BEFORE.test(textBefore(context, index, 10)) && !PART_AFTER.test(textAfter(context, index + text.length, 15))) {
      return null;
    }
    const fixed = FIXED_HOLIDAYS[name];
    if (fixed) {
      const known = year !== undefined ? { year, month: fixed[0], day: fixed[1] } : { month: fixed[0], day: fixed[1] };
      return makeResult(context, holiday.id, index, text, known, undefined, FIXED_TAGS);
    }
    const tags = name === 'easter' || name === 'easter sunday' ? EASTER_TAGS : FLOATING_TAGS.get(name);
    if (!tags) return null;
    return makeResult(context, holiday.id, index, text, year !== undefined ? { year } : {}, undefined, tags);
  },
};
