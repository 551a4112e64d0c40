import type { PublishedBasis, Sentence } from '../../model/document.js';
import type { Context } from '../../pipeline/stage.js';
import type { DocId } from '../../model/span.js';
import type { InferredPublished, TimedDoc } from '../../model/time.js';
import { parseDates, resolveDates, type RawDate } from '../extract/dates/index.js';
import { eventDate } from './event-date.js';
import { DATELINE_REACH, datelineEvidence, inferPublished } from './published.js';
import { cutDiagnostic } from '../reading-cut.js';
import { dayNumber, dayOf, fromDayNumber, isoDay } from '../extract/dates/calendar.js';

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
      dates: resolveDates(raws, { published: datelineBefore(doc.text, raws, doc.published) ?? doc.published }),
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

/** Days a dateline may come before the metadata's date and still be the same writing (see `writingDay`). */
const DATELINE_SAME_WRITING_DAYS = 7;

/**
 * The day of a report's dateline when its metadata dates it more than a week later: the page's date
 * is then the day it was crawled, moved or updated ("SAVANNAH, GA (October 16, 2015): ... just after
 * 7:00 p.m. Thursday" under a 2017 date), and the weekdays and "yesterday"s of the text count from
 * its dateline. The metadata stays the report's publication date.
 */
function datelineBefore(text: string, raws: readonly RawDate[], published: string): string | undefined {
  const pubDay = dayOf(published);
  // Note: only dates near the top that state a day and a year are placed and tried as datelines (`datelineEvidence`).
  const top = raws.filter((raw) => raw.span.start <= DATELINE_REACH && raw.stated.day !== undefined && raw.stated.year !== undefined);
  if (!pubDay || top.length === 0) return undefined;
  const before = datelineEvidence(text, resolveDates(top, {})).find((e) => e.low === e.high && e.high < dayNumber(pubDay) - DATELINE_SAME_WRITING_DAYS);
  return before === undefined ? undefined : isoDay(fromDayNumber(before.low));
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

/**
 * A document's dates with those counted from the happening ("a week after the attack", "two days
 * after the shooting") placed from the event's day, where the reports together date the event to
 * a day: a document's own day of the happening may be another one it tells of (a later death in
 * hospital in a report of a week on), and the event's is what the phrase counts from.
 *
 * @example fromEventDay(timed, '2025-07-05') // "A week after the attack" -> 2025-07-12
 */
export function fromEventDay(timed: TimedDoc, day: string): TimedDoc {
  const base = dayOf(day);
  if (!base || !timed.dates.some((d) => d.anchoredTo === 'event-date')) return timed;
  const from = dayNumber(base);
  let changed = false;
  const dates = timed.dates.map((d) => {
    if (d.anchoredTo !== 'event-date' || d.offset === undefined || d.start === undefined || d.end !== undefined) return d;
    const days = d.offset.unit === 'day' ? d.offset.amount : d.offset.unit === 'week' ? d.offset.amount * 7 : undefined;
    if (days === undefined || (d.precision !== 'day' && d.precision !== 'week')) return d;
    const start = isoDay(fromDayNumber(from + days));
    if (start === d.start) return d;
    changed = true;
    return { ...d, start };
  });
  return changed ? { ...timed, dates } : timed;
}

/** Rule id of the warning that a document's dates were read only up to its date budget. */
export const DATES_CUT_RULE = 'time/dates/budget';
