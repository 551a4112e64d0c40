import type { PublishedBasis, Sentence } from '../../model/document.js';
import type { Context } from '../../pipeline/stage.js';
import type { DocId } from '../../model/span.js';
import type { InferredPublished, TimedDoc } from '../../model/time.js';
import { parseDates, resolveDates } from '../extract/dates/index.js';
import { inferPublished } from './published.js';
import { cutDiagnostic } from '../reading-cut.js';

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
  const raws = parseDates(doc.id, doc.text, sentences, (cut) => ctx?.report(cutDiagnostic(doc, cut, { things: 'dates', ruleId: DATES_CUT_RULE, stage: 'time' })));
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
