import type { Diagnostic } from '../../model/diagnostic.js';
import type { PublishedBasis, Sentence } from '../../model/document.js';
import type { Context } from '../../pipeline/stage.js';
import type { DocId } from '../../model/span.js';
import type { InferredPublished, TimedDoc } from '../../model/time.js';
import { parseDates, resolveDates, type DatesCut } from '../extract/dates/index.js';
import { inferPublished } from './published.js';

export { eventDate, type EventDateOptions } from './event-date.js';
export { inferPublished } from './published.js';
export { addTimeScopes, timeScopeOf } from './scope.js';
export { buildTimeline, type PublicationFact, type TimelineOptions } from './timeline.js';

/**
 * Dates a document: reads its date expressions once, takes the publication date from metadata or,
 * when there is none, infers it from the text (`inferPublished`), then places the dates against it.
 * The result is ready for `eventDate` and `buildTimeline`; `inferred` says how the date was found.
 * A text denser in dates than any report is read only as far as `dateBudget` allows, and a warning
 * given to `ctx` says where it stopped.
 *
 * @example timeDocument({ id: '004', text }, sentences) -> { published: '2021-01-20', publishedBasis: 'dateline', dates: [...], ... }
 */
export function timeDocument(
  doc: { readonly id: DocId; readonly text: string; readonly published?: string; readonly publishedBasis?: PublishedBasis },
  sentences: readonly Sentence[],
  ctx?: Pick<Context, 'report'>,
): TimedDoc & { readonly inferred?: InferredPublished } {
  const raws = parseDates(doc.id, doc.text, sentences, (cut) => ctx?.report(datesCutDiagnostic(doc, cut)));
  if (doc.published !== undefined) {
    return {
      id: doc.id,
      text: doc.text,
      published: doc.published,
      publishedBasis: doc.publishedBasis ?? 'metadata',
      sentences,
      dates: resolveDates(raws, { published: doc.published }),
    };
  }
  // Placed without a publication date first: what the text says of its own date; kept when nothing is inferred.
  const unplaced = resolveDates(raws, {});
  const inferred = inferPublished(doc, unplaced);
  if (!inferred) return { id: doc.id, text: doc.text, sentences, dates: unplaced };
  return {
    id: doc.id,
    text: doc.text,
    published: inferred.published,
    publishedBasis: inferred.basis,
    sentences,
    dates: resolveDates(raws, { published: inferred.published }),
    inferred,
  };
}

/** Rule id of the warning that a document's dates were read only up to its date budget. */
export const DATES_CUT_RULE = 'time/dates/budget';

/** The warning that a document's dates were read only up to `cut` (see `dateBudget`). */
function datesCutDiagnostic(doc: { readonly id: DocId; readonly text: string; readonly path?: string; readonly line?: number }, cut: DatesCut): Diagnostic {
  const end = Math.min(doc.text.length, cut.offset + 40);
  return {
    severity: 'warning',
    message: `Document \`${doc.id}\` holds more date-like expressions than a report does (over ${cut.candidates.toLocaleString('en')} in ${doc.text.length.toLocaleString('en')} characters); its dates were read up to character ${cut.offset}.`,
    ruleId: DATES_CUT_RULE,
    stage: 'time',
    spans: [{ doc: doc.id, start: cut.offset, end }],
    ...(doc.path !== undefined ? { file: doc.path } : {}),
    ...(doc.line !== undefined ? { line: doc.line } : {}),
    actual: doc.text.slice(cut.offset, end),
    note: 'A wall or table of dates is read only in part. If this is a real report, split it into its articles.',
  };
}
