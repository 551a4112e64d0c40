import type { ParsingContext, ParsingResult } from 'chrono-node';
import { ORDINAL_WORDS } from '../../../../locales/en/dates.js';
import { makeResult, precisionTag, type DateRule } from './base.js';

/** "the 19th century", "the early twentieth century", "the turn of the 20th century" is left out. */
const CENTURY = /\b(?:the\s+)?(?:(early|mid|late)[\s-]+)?(1\d|2[01])(?:st|nd|rd|th)\s+century\b|\b(?:the\s+)?(?:(early|mid|late)[\s-]+)?(eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)\s+century\b/i;

const PART_BOUNDS: Readonly<Record<string, readonly [number, number]>> = {
  early: [0, 32], mid: [33, 66], late: [67, 99],
};

/**
 * `en/date/century`: a century, whole or a third of it: "the 19th century" (1800-1899),
 * "the early twentieth century" (1900-1932).
 *
 * @example "in the late 19th century" -> "the late 19th century" (1867 to 1899)
 */
export const century: DateRule = {
  id: 'en/date/century',
  cue: 'century',
  pattern: () => CENTURY,
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const part = (match[1] ?? match[3] ?? '').toLowerCase();
    const word = (match[4] ?? '').toLowerCase();
    const ordinal = match[2] !== undefined ? Number(match[2]) : word === 'twenty-first' ? 21 : ORDINAL_WORDS[word];
    if (ordinal === undefined) return null;
    const first = (ordinal - 1) * 100;
    const bounds = PART_BOUNDS[part] ?? [0, 99];
    return makeResult(
      context,
      century.id,
      match.index ?? 0,
      match[0],
      { year: first + bounds[0] },
      { year: first + bounds[1] },
      [precisionTag('century')],
    );
  },
};
