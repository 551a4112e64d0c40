import type { PublishedBasis, Sentence } from '../../model/document.js';
import type { Context } from '../../pipeline/stage.js';
import type { DocId } from '../../model/span.js';
import type { InferredPublished, TimedDoc } from '../../model/time.js';
import { parseDates, resolveDates, type RawDate } from '../extract/dates/index.js';
import { eventDate } from './event-date.js';
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
    const timed = {
      id: doc.id,
      text: doc.text,
      published: doc.published,
      publishedBasis: doc.publishedBasis ?? 'metadata',
      sentences,
      dates: resolveDates(raws, { published: doc.published }),
    };
    return fromHappening(timed, raws);
  }
  // Placed without a publication date first: what the text says of its own date; kept when nothing is inferred.
  const unplaced = resolveDates(raws, {});
  const inferred = inferPublished(doc, unplaced);
  if (!inferred) return fromHappening({ id: doc.id, text: doc.text, sentences, dates: unplaced }, raws);
  const timed = {
    id: doc.id,
    text: doc.text,
    published: inferred.published,
    publishedBasis: inferred.basis,
    sentences,
    dates: resolveDates(raws, { published: inferred.published }),
    inferred,
  };
  return fromHappening(timed, raws);
}

/**
 * The dates again, with those counted from the happening ("two days after the shooting", "the
 * morning after the massacre") placed from the day the document's own dates give the happening
 * (`eventDate`, which they do not vote in): the happening is what the report is about, and its
 * last date before the phrase is often another one (an anniversary report's commemoration, a vigil
 * the next day). Unplaced when the document dates no happening to the day. Only documents with such
 * a phrase are placed twice.
 */
function fromHappening<T extends TimedDoc>(timed: T, raws: readonly RawDate[]): T {
  if (!raws.some((raw) => raw.isFromHappening)) return timed;
  const day = eventDate([timed]);
  if (day?.precision !== 'day') return timed;
  const happening = day.end !== undefined ? { start: day.start, end: day.end } : { start: day.start };
  return { ...timed, dates: resolveDates(raws, { ...(timed.published !== undefined ? { published: timed.published } : {}), happening }) };
}

/** Rule id of the warning that a document's dates were read only up to its date budget. */
export const DATES_CUT_RULE = 'time/dates/budget';
