import type { Sentence } from '../../model/document.js';
import type { DateMention, TimeScope } from '../../model/time.js';

const PREPOSITION_BEFORE = /\b(?:on|in|at|during|by|since|over)\s+$/i;
const PRECISION_RANK: Readonly<Record<DateMention['precision'], number>> = {
  day: 0, week: 1, month: 2, season: 3, year: 4, decade: 5, century: 6,
};

/**
 * The time scope a sentence gives a figure claim: its best-placed date (the finest precision;
 * a date that times the clause before one that names a noun; the first on ties), as an ISO
 * `period` (`start/end` for a range) and the words that state it, with their preposition
 * ("On that night", "on January 20"). Empty when the sentence has no placed date.
 *
 * @example timeScopeOf(sentence('On that night, 130 civilians died in Baku.'), dates) -> { period: '1990-01-19', label: 'On that night' }
 */
export function timeScopeOf(
  sentence: Pick<Sentence, 'start' | 'end'> & { readonly text: string },
  dates: readonly DateMention[],
): TimeScope {
  let best: DateMention | undefined;
  for (const date of dates) {
    if (date.span.start < sentence.start || date.span.end > sentence.end) continue;
    if (date.start === undefined || date.isRecurring || date.isStamp) continue;
    if (!best || isBetter(date, best)) best = date;
  }
  if (!best || best.start === undefined) return {};
  const local = best.span.start - sentence.start;
  const preposition = PREPOSITION_BEFORE.exec(sentence.text.slice(Math.max(0, local - 10), local));
  const label = (preposition ? preposition[0] : '') + best.text;
  return { period: best.end !== undefined ? `${best.start}/${best.end}` : best.start, label };
}

function isBetter(date: DateMention, best: DateMention): boolean {
  const rank = PRECISION_RANK[date.precision] - PRECISION_RANK[best.precision];
  if (rank !== 0) return rank < 0;
  if (date.attachment !== best.attachment) return date.attachment === 'clause';
  return false;
}
