import { NUMBER_WORDS, ORDINAL_WORDS } from '../../locales/en/dates.js';
import type { DateMention } from '../../model/time.js';
import { parseIso } from '../extract/dates/calendar.js';

/** The date a document is mostly about, from its stated dates. */
export interface MainDate {
  readonly y: number;
  readonly m?: number;
  readonly d?: number;
}

/**
 * The date a document keeps coming back to: the most frequent stated day (a stated year weighs 1,
 * a year taken from another date of the document 0.5), else the most frequent stated year.
 * Announcements and recurring days do not count. Ties go to the first in the text.
 *
 * @example mainDate(datesOf('On January 20, 1990 ... the events of January 20 ... in 1956')) -> { y: 1990, m: 1, d: 20 }
 */
export function mainDate(dates: readonly DateMention[]): MainDate | undefined {
  const days = new Map<string, { weight: number; first: number }>();
  const years = new Map<number, { weight: number; first: number }>();
  for (const date of dates) {
    if (date.start === undefined || date.tense === 'future' || date.isRecurring) continue;
    if (date.kind === 'relative' || date.kind === 'anaphoric') continue;
    const parts = parseIso(date.start);
    if (!parts) continue;
    const weight = date.certainty.year === 'stated' ? 1 : 0.5;
    if (date.precision === 'day') bump(days, date.start, weight, date.span.start);
    if (date.precision === 'day' || date.precision === 'month' || date.precision === 'year') {
      bump(years, parts.y, weight, date.span.start);
    }
  }
  const day = best(days);
  if (day !== undefined) {
    const parts = parseIso(day);
    if (parts?.m !== undefined && parts.d !== undefined) return { y: parts.y, m: parts.m, d: parts.d };
  }
  const year = best(years);
  return year !== undefined ? { y: year } : undefined;
}

function bump<K>(map: Map<K, { weight: number; first: number }>, key: K, weight: number, at: number): void {
  const entry = map.get(key);
  if (entry) entry.weight += weight;
  else map.set(key, { weight, first: at });
}

function best<K>(map: Map<K, { weight: number; first: number }>): K | undefined {
  let bestKey: K | undefined;
  let bestEntry: { weight: number; first: number } | undefined;
  for (const [key, entry] of map) {
    if (!bestEntry || entry.weight > bestEntry.weight || (entry.weight === bestEntry.weight && entry.first < bestEntry.first)) {
      bestKey = key;
      bestEntry = entry;
    }
  }
  return bestKey;
}

/**
 * The sentence-like stretch of `text` around `index`: from after the last `.!?` or line break
 * before it to the next one. Used where only offsets are at hand.
 *
 * @example localSentence('A. On Monday, it marked the day. B.', 20) -> { start: 3, end: 32 }
 */
export function localSentence(text: string, index: number): { start: number; end: number } {
  let start = index;
  while (start > 0 && !/[.!?\n]/.test(text.charAt(start - 1))) start--;
  let end = index;
  while (end < text.length && !/[.!?\n]/.test(text.charAt(end))) end++;
  return { start, end: Math.min(text.length, end + 1) };
}

/**
 * Value of an ordinal in digits or words: "30th", "15™" (OCR for "15th"), "thirty-fifth", "fifteenth".
 * @example ordinalValue('thirty-fifth') === 35
 */
export function ordinalValue(text: string): number | undefined {
  const clean = text.toLowerCase().trim();
  const digits = /^(\d{1,3})/.exec(clean);
  if (digits) return Number(digits[1]);
  const direct = ORDINAL_WORDS[clean];
  if (direct !== undefined) return direct;
  const parts = clean.split(/\s?[-\u2010\u2011\u2013]\s?|\s/).filter((part) => part.length > 0);
  if (parts.length !== 2) return undefined;
  const tens = NUMBER_WORDS[parts[0] ?? ''];
  const units = ORDINAL_WORDS[parts[1] ?? ''];
  if (tens === undefined || units === undefined || tens % 10 !== 0 || units >= 10) return undefined;
  return tens + units;
}
