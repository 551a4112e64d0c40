import type { Sentence } from '../../../model/document.js';
import type { DocId } from '../../../model/span.js';
import type { DateMention } from '../../../model/time.js';
import { parseDates } from './parse.js';
import type { ReadingCut } from '../../reading-cut.js';
import { resolveDates, type DateReference } from './resolve.js';

export { DATE_REFINERS, DATE_RULES, createDateChrono, createDateParser, type DateParser } from './config.js';
export { cueSentences, dateCuesOf, hasDateCue, type CuedSentence } from './prefilter.js';
export { dateBudget, parseDates, type RawDate } from './parse.js';
export { resolveDates, type DateReference } from './resolve.js';

/**
 * Finds the temporal expressions of a document and places them on the calendar.
 * Only sentences with a date cue are parsed (see `cueSentences`); chrono-node reads calendar dates,
 * our rules (`src/stages/extract/dates/rules/`) read the rest; `resolveDates` places them.
 * Without a publication date, relative expressions keep no `start`; run `inferPublished` and
 * call `resolveDates` again on the same `parseDates` output rather than re-parsing. A text denser
 * in dates than any report is read only as far as `dateBudget` allows; `onCut` is told where.
 *
 * @example
 * extractDates({ id: 'd', text: 'On that night, 130 civilians died.' }, sentences, { published: '2021-01-20' })
 */
export function extractDates(
  doc: { readonly id: DocId; readonly text: string },
  sentences: readonly Sentence[],
  reference: DateReference,
  onCut?: (cut: ReadingCut) => void,
): DateMention[] {
  return resolveDates(parseDates(doc.id, doc.text, sentences, onCut), reference);
}
