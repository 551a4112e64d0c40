import type { Span } from '../../model/span.js';
import type { DateMention, EventDate, TimedDoc, TimelineEntry, TimelineKind } from '../../model/time.js';
import { boundsOf, dayNumber } from '../extract/dates/calendar.js';
import { isCommemoration, isViolent } from './cues.js';
import { eventDate } from './event-date.js';
import { contentWords, summarize } from './summary.js';

/** Options of `buildTimeline`. */
export interface TimelineOptions {
  /** The event's own date; `null` when the event has none; computed with `eventDate` when not given. */
  readonly event?: EventDate | null;
  /** Two entries of the same date merge when they share at least two content words and this share of the smaller set (default 0.4). */
  readonly mergeSimilarity?: number;
}

/** A document's publication, when the text says it (an inferred date with its evidence). */
export interface PublicationFact {
  readonly doc: string;
  readonly published: string;
  readonly precision: TimelineEntry['precision'];
  readonly evidence: readonly Span[];
}

interface Draft {
  readonly date: string;
  readonly end?: string;
  readonly precision: TimelineEntry['precision'];
  readonly partOfDay?: TimelineEntry['partOfDay'];
  summary: string;
  readonly kind: TimelineKind;
  readonly sources: { readonly doc: string; readonly span: Span }[];
  readonly words: Set<string>;
  readonly first: number;
  readonly last: number;
}

const DAYS_IN_YEAR = 365;

/**
 * The dated happenings the documents state, oldest first. Every placed date of a document (not a
 * recurring day, a page stamp, or an announcement in the future tense... which become
 * commemorations) becomes an entry with a clause-length summary of its sentence and the sentence as
 * source. Entries of the same date and kind from different sentences merge when their content words
 * overlap enough (the same happening told by several reports), keeping every source and the summary
 * that best tells a happening (one that reports violence, complete, short). Kinds, relative
 * to the event date: `history` before it, `event` on it, `aftermath` after it, `commemoration` for
 * anniversaries, mournings and announcements more than a year later, `publication` for the
 * publication dates the text gave (from `publications`).
 *
 * @example buildTimeline(docs)[0] -> { date: '1918-03-31', precision: 'day', kind: 'history', summary: '...', sources: [...] }
 */
export function buildTimeline(
  docs: readonly TimedDoc[],
  options: TimelineOptions = {},
  publications: readonly PublicationFact[] = [],
): TimelineEntry[] {
  const event = options.event === undefined ? eventDate(docs) : (options.event ?? undefined);
  const threshold = options.mergeSimilarity ?? 0.4;
  const drafts: Draft[] = [];
  for (const doc of docs) {
    for (const date of doc.dates) {
      const draft = draftOf(doc, date, event);
      if (draft) drafts.push(draft);
    }
  }
  for (const publication of publications) {
    const bounds = boundsOf(publication.published);
    const span = publication.evidence[0];
    if (!bounds || !span) continue;
    drafts.push({
      date: publication.published,
      precision: publication.precision,
      summary: `Report ${publication.doc} published`,
      kind: 'publication',
      sources: publication.evidence.map((evidence) => ({ doc: publication.doc, span: evidence })),
      words: new Set(),
      first: dayNumber(bounds[0]),
      last: dayNumber(bounds[1]),
    });
  }
  const merged: Draft[] = [];
  // Note: only drafts of the same date, end, kind and precision can merge; bucketing them keeps a
  // build over a large dump linear.
  const buckets = new Map<string, Draft[]>();
  for (const draft of drafts) {
    const key = `${draft.date}|${draft.end ?? ''}|${draft.kind}|${draft.precision}`;
    let bucket = buckets.get(key);
    if (!bucket) {
      bucket = [];
      buckets.set(key, bucket);
    }
    const twin = bucket.find((entry) => isSameHappening(entry, draft, threshold));
    if (twin) {
      if (summaryScore(draft.summary) > summaryScore(twin.summary)) twin.summary = draft.summary;
      for (const source of draft.sources) {
        if (!twin.sources.some((known) => known.doc === source.doc && known.span.start === source.span.start)) {
          twin.sources.push(source);
        }
      }
      for (const word of draft.words) twin.words.add(word);
    } else {
      const copy = { ...draft, sources: [...draft.sources], words: new Set(draft.words) };
      merged.push(copy);
      bucket.push(copy);
    }
  }
  merged.sort((a, b) => a.first - b.first || b.last - a.last || kindOrder(a.kind) - kindOrder(b.kind));
  return merged.map((draft) => ({
    date: draft.date,
    ...(draft.end !== undefined ? { end: draft.end } : {}),
    precision: draft.precision,
    ...(draft.partOfDay ? { partOfDay: draft.partOfDay } : {}),
    summary: draft.summary,
    kind: draft.kind,
    sources: draft.sources,
  }));
}

/** How well a summary tells a happening: one that reports violence, then a shorter one, and never a fragment. */
function summaryScore(summary: string): number {
  const words = summary.split(/\s+/).length;
  if (words < 5) return 0;
  return (isViolent(summary) ? 10 : 0) + (summary.endsWith('\u2026') ? 0 : 2) + 1 / words;
}

function kindOrder(kind: TimelineKind): number {
  return ['history', 'event', 'aftermath', 'commemoration', 'publication'].indexOf(kind);
}

function isSameHappening(a: Draft, b: Draft, threshold: number): boolean {
  if (a.date !== b.date || a.end !== b.end || a.kind !== b.kind || a.precision !== b.precision) return false;
  if (a.kind === 'publication') return false;
  if (a.sources.some((source) => b.sources.some((other) => other.doc === source.doc && other.span.start === source.span.start))) {
    return true;
  }
  let shared = 0;
  for (const word of b.words) if (a.words.has(word)) shared++;
  const smaller = Math.min(a.words.size, b.words.size);
  return smaller > 0 && shared >= 2 && shared / smaller >= threshold;
}

function draftOf(doc: TimedDoc, date: DateMention, event: EventDate | undefined): Draft | undefined {
  if (date.start === undefined || date.isRecurring || date.isStamp) return undefined;
  const bounds = boundsOf(date.start);
  const endBounds = date.end !== undefined ? boundsOf(date.end) : bounds;
  if (!bounds || !endBounds) return undefined;
  const sentence = doc.sentences[date.sentence];
  if (!sentence) return undefined;
  const sentenceText = doc.text.slice(sentence.start, sentence.end);
  const first = dayNumber(bounds[0]);
  const last = dayNumber(endBounds[1]);
  const summary = summarize(sentenceText, date.span.start - sentence.start, date.span.end - sentence.start);
  if (summary.length === 0) return undefined;
  return {
    date: date.start,
    ...(date.end !== undefined ? { end: date.end } : {}),
    precision: date.precision,
    ...(date.partOfDay ? { partOfDay: date.partOfDay } : {}),
    summary,
    kind: kindOf(date, sentenceText, first, last, event),
    sources: [{ doc: doc.id, span: { doc: doc.id, start: sentence.start, end: sentence.end } }],
    words: contentWords(summary),
    first,
    last,
  };
}

/** Where a date falls relative to the event, and whether its sentence commemorates. */
function kindOf(date: DateMention, sentence: string, first: number, last: number, event: EventDate | undefined): TimelineKind {
  if (!event) return isCommemoration(sentence) || date.tense === 'future' ? 'commemoration' : 'event';
  const eventBounds = boundsOf(event.start);
  const eventEndBounds = boundsOf(event.end ?? event.start);
  if (!eventBounds || !eventEndBounds) return 'event';
  const eventFirst = dayNumber(eventBounds[0]);
  const eventLast = dayNumber(eventEndBounds[1]);
  if (first > eventLast + DAYS_IN_YEAR / 2 && (isCommemoration(sentence) || date.tense === 'future' || first > eventLast + DAYS_IN_YEAR)) {
    return 'commemoration';
  }
  if (last < eventFirst) return 'history';
  if (first > eventLast) return 'aftermath';
  return 'event';
}
