import type { ParsingContext, ParsingResult } from 'chrono-node';
import { makeResult, precisionTag, type DateRule } from './base.js';
import { isValidDay } from '../calendar.js';

/** Day, month and a four-digit year with dots, not inside a longer run of digits and dots ("14.04.2025", "3.1.2016"). */
const DOTTED = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:1[89]|20)\d\d)(?![\d]|\.\d)/;

/**
 * `en/date/dotted`: a date written day.month.year with dots, as most of Europe and the former
 * Soviet states write it ("Published: 14.04.2025"). chrono-node's slash parser leaves dotted
 * triples alone (they are versions and section numbers as often as dates); the order with dots is
 * always day first (the American order is written with slashes), and the year must have four
 * digits.
 *
 * @example "Published: 14.04.2025" -> "14.04.2025" (2025-04-14)
 */
export const dottedDate: DateRule = {
  id: 'en/date/dotted',
  cue: 'numericDate',
  pattern: () => DOTTED,
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const day = Number(match[1]);
    const month = Number(match[2]);
    const year = Number(match[3]);
    if (!isValidDay(year, month, day)) return null;
    return makeResult(context, dottedDate.id, match.index ?? 0, match[0], { day, month, year }, undefined, [precisionTag('day')]);
  },
};
