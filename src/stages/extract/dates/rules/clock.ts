import type { ParsingContext, ParsingResult } from 'chrono-node';
import { DAY_WORD_SOURCE, STAMP_SOURCE } from '../../../../locales/en/dates.js';
import { makeResult, partOfDayTag, precisionTag, type DateRule } from './base.js';

/** An early-morning clock time: "12:30 a.m.", "1 a.m.", "3:45 AM"; or "shortly after midnight". */
const CLOCK = /\b(\d{1,2})(?::([0-5]\d))?\s?([aA])\.?\s?[mM]\b\.?|\b(?:shortly|just|soon|right)\s+after\s+midnight\b/;
/** A sentence that names its day: the day is read from that word, not from the clock. */
const DAY_WORD = new RegExp(`\\b${DAY_WORD_SOURCE}(?![a-z])`, 'i');
/** A month abbreviation without its dot ("Updated: Oct 23, 2016 - 12:21 AM"), in capitals only ("may" is a verb). */
const MONTH_ABBREVIATION = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\b/;
/** A page stamp's time ("Posted 1:30 AM", "Updated: 2:15 a.m."). */
const STAMP_BEFORE = new RegExp(`\\b${STAMP_SOURCE}\\s*:?\\s*(?:at\\s+)?$`, 'i');
/**
 * Whether a sentence (a rule's context) names its day, tested once per sentence.
 * Note: tested again for each clock time of a sentence, a sentence of thousands of times took quadratic time.
 */
const NAMES_ITS_DAY = new WeakMap<ParsingContext, boolean>();

function namesItsDay(context: ParsingContext): boolean {
  let names = NAMES_ITS_DAY.get(context);
  if (names === undefined) {
    names = DAY_WORD.test(context.text) || MONTH_ABBREVIATION.test(context.text);
    NAMES_ITS_DAY.set(context, names);
  }
  return names;
}

/** Latest hour (a.m.) read as part of the night that ends on the publication day. */
const LAST_NIGHT_HOUR = 5;

/**
 * `en/date/clock`: a clock time after midnight and before six in the morning, in a sentence that
 * names no day ("The shooting happened around 1:30 a.m.", "shortly after midnight"), is read as on
 * the publication day: breaking news names the day only when it is not the day of the report.
 * Carries `offset:0:day` and the part of day `night`; a weak reading (see `eventDate`). Later
 * morning and p.m. times are left out: reports of the evening before are often published the next
 * morning without a weekday.
 *
 * @example "Police were called at 12:30 a.m. to the complex." -> "12:30 a.m." (offset 0 days, night)
 */
export const clock: DateRule = {
  id: 'en/date/clock',
  cue: 'clock',
  pattern: () => CLOCK,
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    // Note: chrono-node retries a pattern on the text after a refused match, where `\b` also
    // matches inside a word: "6:55 a.m." must not yield "5 a.m.".
    if (/[\w:.]/.test(context.text.charAt(index - 1))) return null;
    if (match[1] !== undefined) {
      const hour = Number(match[1]);
      if (hour > 12 || (hour > LAST_NIGHT_HOUR && hour !== 12)) return null;
    }
    if (namesItsDay(context)) return null;
    if (STAMP_BEFORE.test(context.text.slice(Math.max(0, index - 25), index))) return null;
    const text = match[0].replace(/\s+$/, '');
    return makeResult(context, clock.id, index, text, {}, undefined, ['offset:0:day', precisionTag('day'), partOfDayTag('night')]);
  },
};
