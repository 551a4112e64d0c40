import type { Span } from '../../model/span.js';
import type { DateMention, EventDate, PartOfDay, TimedDoc, TimelineEntry, TimelineKind } from '../../model/time.js';
import { addDays, boundsOf, dayNumber, dayOf, daysBetween, isoDay } from '../extract/dates/calendar.js';
import { isWhiteSpace } from '../extract/dates/rules/base.js';
import { MONTH_SOURCE, MOURNING_SOURCE } from '../../locales/en/dates.js';
import { comparisonBefore, isAftermath, isCommemoration, isViolent, laterDeathBefore, namesHappening, saidAfter, saidBefore } from './cues.js';
import { eventDate } from './event-date.js';
import { contentWordKeys, summarize } from './summary.js';
import { isDateline } from './published.js';
import { isStatistics } from '../extract/claims/scope.js';

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

type Source = { readonly doc: string; readonly span: Span };

/**
 * A timeline entry being built. Note: every field is always set (no optional fields), so all
 * drafts share one shape; the summary, its words and its score are made on first use, since most
 * entries of a large dump never merge and need their summary only for the output.
 */
class Draft {
  summary: string | undefined;
  words: Set<number> | undefined;
  score: number | undefined;
  sourceKeys: Set<string> | undefined;

  constructor(
    readonly date: string,
    readonly end: string | undefined,
    readonly precision: TimelineEntry['precision'],
    readonly partOfDay: PartOfDay | undefined,
    readonly kind: TimelineKind,
    readonly sources: Source[],
    readonly first: number,
    readonly last: number,
    /** The document text, its sentence (from after a page stamp that opens it) and the date in it, for the summary; `undefined` when `summary` is given. */
    readonly text: string | undefined,
    readonly sentenceStart: number,
    readonly sentenceEnd: number,
    readonly dateStart: number,
    readonly dateEnd: number,
    summary?: string,
    /** Its date only names a happening ("Tuesday's shooting"), which its sentence recalls. */
    readonly isNaming = false,
  ) {
    this.summary = summary;
  }

  /** The summary, made once. */
  summaryText(): string {
    if (this.summary === undefined) {
      this.summary =
        this.text === undefined
          ? ''
          : summarize(this.text.slice(this.sentenceStart, this.sentenceEnd), this.dateStart - this.sentenceStart, this.dateEnd - this.sentenceStart);
    }
    return this.summary;
  }

  /** Content words (their keys) of the summaries merged in, made once from the first summary. */
  contentWords(): Set<number> {
    this.words ??= contentWordKeys(this.summaryText());
    return this.words;
  }

  /** How well the current summary tells a happening (see `summaryScore`), made once per summary. */
  summaryScore(): number {
    this.score ??= summaryScore(this.summaryText());
    return this.score;
  }

  hasSource(source: Source): boolean {
    if (this.sources.length === 1) {
      const only = this.sources[0] as Source;
      return only.doc === source.doc && only.span.start === source.span.start;
    }
    this.sourceKeys ??= new Set(this.sources.map(sourceKey));
    return this.sourceKeys.has(sourceKey(source));
  }

  addSource(source: Source): void {
    if (this.hasSource(source)) return;
    this.sources.push(source);
    this.sourceKeys?.add(sourceKey(source));
  }
}

function sourceKey(source: Source): string {
  return `${source.doc}:${source.span.start}`;
}

const DAYS_IN_YEAR = 365;
const KIND_ORDER: Readonly<Record<TimelineKind, number>> = { history: 0, event: 1, aftermath: 2, commemoration: 3, publication: 4 };
const PRECISION_CODE: Readonly<Record<TimelineEntry['precision'], number>> = { day: 0, week: 1, month: 2, season: 3, year: 4, decade: 5, century: 6 };

/**
 * The dated happenings the documents state, oldest first. Every placed date of a document that
 * tells a happening of its sentence (`listedDates`: not a recurring day, a page stamp, a dateline,
 * a comparison's year, nor the day a sentence says something was said when it tells what
 * happened; announcements in the future tense become commemorations) becomes an entry with a
 * clause-length summary of its sentence and the sentence as source. Entries of the same date and kind from different sentences merge when their content words
 * overlap enough (the same happening told by several reports), keeping every source and the summary
 * that best tells a happening (one that reports violence, complete, short); a day that only names a
 * happening ("a vigil for the workers killed in Tuesday's shooting") is a source of the entry that
 * tells that day's happening, when one does, and an entry of its own otherwise. Kinds, relative
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
  const days: DayRanges = new Map();
  const eventDays = event ? eventRange(event, days) : undefined;
  const drafts: Draft[] = [];
  for (const doc of docs) {
    const stamps = stampEnds(doc);
    for (const listed of listedDates(doc, days)) {
      const date = fromEventDay(listed, event);
      const draft = draftOf(doc, date, eventDays, days, stamps);
      if (draft) drafts.push(draft);
    }
  }
  for (const publication of publications) {
    const range = dayRange(publication.published, days);
    if (!range || publication.evidence.length === 0) continue;
    const sources = publication.evidence.map((evidence) => ({ doc: publication.doc, span: evidence }));
    const summary = `Report ${publication.doc} published`;
    drafts.push(new Draft(publication.published, undefined, publication.precision, undefined, 'publication', sources, range[0], range[1], undefined, 0, 0, 0, 0, summary));
  }
  const merged: Draft[] = [];
  // Note: only drafts of the same date, end, kind and precision can merge; bucketing them (by a
  // number made of the days and two small codes) keeps a build over a large dump linear.
  const buckets = new Map<number, Draft[]>();
  // A day that only names a happening ("a vigil for the workers killed in Tuesday's shooting") is
  // a source of the entry that tells that day's happening, when one does: taken after the others.
  for (const draft of [...drafts.filter((d) => !d.isNaming), ...drafts.filter((d) => d.isNaming)]) {
    const key = ((draft.first * 4096 + (draft.last - draft.first)) * 8 + KIND_ORDER[draft.kind]) * 8 + PRECISION_CODE[draft.precision];
    let bucket = buckets.get(key);
    if (!bucket) {
      bucket = [];
      buckets.set(key, bucket);
    }
    let twin: Draft | undefined;
    for (let i = 0; i < bucket.length && !twin; i++) {
      const entry = bucket[i] as Draft;
      if (isSameHappening(entry, draft, threshold)) twin = entry;
    }
    if (!twin && draft.isNaming) {
      const told = bucket.find((entry) => !entry.isNaming);
      if (told) {
        for (const source of draft.sources) told.addSource(source);
        continue;
      }
    }
    if (!twin) {
      merged.push(draft);
      bucket.push(draft);
      continue;
    }
    // Note: the twin's words are those of its first summary, made before the summary changes.
    const words = twin.contentWords();
    for (const word of draft.contentWords()) words.add(word);
    if (draft.summaryScore() > twin.summaryScore()) {
      twin.summary = draft.summaryText();
      twin.score = draft.summaryScore();
    }
    for (const source of draft.sources) twin.addSource(source);
  }
  foldCoarseIntoFine(merged, threshold);
  merged.sort((a, b) => a.first - b.first || b.last - a.last || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  const out: TimelineEntry[] = [];
  for (const draft of merged) {
    const summary = draft.summaryText();
    if (summary.length === 0) continue;
    // Note: optional fields are set one by one, in the output's order, not spread in: spreading
    // makes a temporary object for each.
    const entry: { -readonly [K in keyof TimelineEntry]: TimelineEntry[K] } = { date: draft.date } as TimelineEntry;
    if (draft.end !== undefined) entry.end = draft.end;
    entry.precision = draft.precision;
    if (draft.partOfDay) entry.partOfDay = draft.partOfDay;
    entry.summary = summary;
    entry.kind = draft.kind;
    entry.sources = draft.sources;
    out.push(entry);
  }
  return out;
}

/** How well a summary tells a happening: one that reports violence, then a shorter one, and never a fragment. */
function summaryScore(summary: string): number {
  const words = pieceCount(summary);
  if (words < 5) return 0;
  return (isViolent(summary) ? 10 : 0) + (summary.endsWith('\u2026') ? 0 : 2) + 1 / words;
}

/**
 * `text.split(/\s+/).length`, without the pieces: one more than the runs of white space.
 * @example pieceCount('Two men were shot') === 4
 */
function pieceCount(text: string): number {
  let count = 1;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const isSpace = isWhiteSpace(text.charCodeAt(i));
    if (isSpace && !inSpace) count++;
    inSpace = isSpace;
  }
  return count;
}

/** First and last day (day numbers) of ISO dates, read once per build. */
type DayRanges = Map<string, readonly [number, number] | null>;

function dayRange(iso: string, cache: DayRanges): readonly [number, number] | null {
  let range = cache.get(iso);
  if (range === undefined) {
    const bounds = boundsOf(iso);
    range = bounds ? [dayNumber(bounds[0]), dayNumber(bounds[1])] : null;
    cache.set(iso, range);
  }
  return range;
}

function eventRange(event: EventDate, days: DayRanges): readonly [number, number] | undefined {
  const start = dayRange(event.start, days);
  const end = dayRange(event.end ?? event.start, days);
  return start && end ? [start[0], end[1]] : undefined;
}

function isSameHappening(a: Draft, b: Draft, threshold: number): boolean {
  if (a.date !== b.date || a.end !== b.end || a.kind !== b.kind || a.precision !== b.precision) return false;
  if (a.kind === 'publication') return false;
  for (const source of b.sources) if (a.hasSource(source)) return true;
  return sharedKeys(a.contentWords(), b.contentWords(), threshold) > 0;
}

/** The keys two sets of content words share, when they are at least two and `threshold` of the smaller set; else 0. */
function sharedKeys(aWords: ReadonlySet<number>, bWords: ReadonlySet<number>, threshold: number): number {
  let shared = 0;
  for (const word of bWords) if (aWords.has(word)) shared++;
  const smaller = Math.min(aWords.size, bWords.size);
  return smaller > 0 && shared >= 2 && shared / smaller >= threshold ? shared : 0;
}

/**
 * The event's happening told at a coarser date than the day other entries give it ("It has been
 * one year since the attack on the Dalmora market": 2019; a title "Attack on Dalmora market, March
 * 2019") is a source of the entry that tells it to the day, within its range and sharing its words
 * but for numbers and the calendar's words ("January 1990" is no happening), the one sharing most;
 * not an entry of its own, which read as a second happening.
 * Only entries of the event, and of one period: an earlier or later happening of the same month
 * stays apart, and so does a span of years the event is part of ("the bloody events of 1988-1990").
 */
function foldCoarseIntoFine(merged: Draft[], threshold: number): void {
  const fine = merged.filter((d) => d.kind === 'event' && d.precision === 'day');
  if (fine.length === 0) return;
  const words = new Map<Draft, Set<number>>();
  const wordsOf = (d: Draft): Set<number> => {
    let keys = words.get(d);
    if (keys === undefined) words.set(d, (keys = contentWordKeys(d.summaryText().replace(CALENDAR_WORDS, ' '))));
    return keys;
  };
  let kept = 0;
  for (const coarse of merged) {
    // (a period of its own, "the bloody events of 1988-1990", is not the day's happening)
    // (nor statistics of its year: "328 shootings reported in 2015 compared to 168")
    if (coarse.kind === 'event' && coarse.precision !== 'day' && !coarse.isNaming && coarse.end === undefined && !isStatistics(coarse.summaryText())) {
      let into: Draft | undefined;
      let most = 0;
      for (const f of fine) {
        if (f.first < coarse.first || f.last > coarse.last) continue;
        const shared = sharedKeys(wordsOf(coarse), wordsOf(f), threshold);
        if (shared > most) [into, most] = [f, shared];
      }
      if (into !== undefined) {
        for (const source of coarse.sources) into.addSource(source);
        continue;
      }
    }
    merged[kept++] = coarse;
  }
  merged.length = kept;
}

/** Numbers and the words of the calendar, which two sentences of one month share whatever they tell ("January 1990"). */
const CALENDAR_WORDS = new RegExp(String.raw`\b(?:\d[\d,./-]*(?:st|nd|rd|th|s)?|${MONTH_SOURCE}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|years?|months?|weeks?|days?|ago|since)(?![\p{L}\d])`, 'giu');

/** How far before a date the words that say what it is are read ("security sources said on ", "the deadliest days in the country "). */
const BEFORE_WIDTH = 80;
/** How far after a date a verb of saying is looked for ("on Saturday also reported", "On Monday, police said"). */
const AFTER_WIDTH = 40;
/** An article right before a date. */
const ARTICLE_BEFORE = /\b(?:a|an|the)\s+$/i;

/**
 * A day counted from the happening ("took his own life hours after the attack", "two days after
 * the shooting") placed again from the event's day: a document places it from the day its own
 * dates give the happening (`happening` in `resolveDates`), one report's guess, which a report
 * written a week later may miss ("turned himself in Friday"); the event's day is read from every
 * report. Only days counted in days from an event dated to the day.
 */
function fromEventDay(date: DateMention, event: EventDate | undefined): DateMention {
  if (date.anchoredTo !== 'event-date' || date.offset?.unit !== 'day' || event?.precision !== 'day' || date.start === undefined) return date;
  const base = dayOf(date.offset.amount > 0 && event.end !== undefined ? event.end : event.start);
  const placed = dayOf(date.start);
  if (!base || !placed) return date;
  const shift = daysBetween(placed, addDays(base, date.offset.amount));
  if (shift === 0) return date;
  const end = dayOf(date.end);
  return { ...date, start: isoDay(addDays(placed, shift)), ...(end ? { end: isoDay(addDays(end, shift)) } : {}) };
}

/**
 * The dates of a document that date a happening of their sentence, in text order: placed, not
 * recurring, not a page stamp, not a dateline ("MARENZA, 4 March 2021 (Agency) - ...": it dates
 * the report, which its publication entry tells), not the frame of a comparison ("one of the
 * deadliest days in the country this year"); and of one sentence's dates, those that tell its
 * happenings (`happeningsOf`). A sentence is listed once per happening it tells, under that
 * happening's date.
 */
function listedDates(doc: TimedDoc, days: DayRanges): DateMention[] {
  const out: DateMention[] = [];
  let group: DateMention[] = [];
  const flush = (): void => {
    if (group.length > 0) for (const date of happeningsOf(doc, group, days)) out.push(date);
    group = [];
  };
  for (const date of doc.dates) {
    if (date.start === undefined || date.isRecurring || date.isStamp || isDateline(doc.text, date)) continue;
    if (group.length > 0 && (group[0] as DateMention).sentence !== date.sentence) flush();
    group.push(date);
  }
  flush();
  return out;
}

/**
 * Of one sentence's dates, those that tell its happenings: not the frame of a comparison; not
 * the day something was said ("security sources said on Monday", "Police on Saturday reported a
 * Friday shooting") when another date tells something else; not a day that names a happening
 * ("Sunday's attack", "the tragedy of January 20") when a later day times the clause ("The death
 * toll from Sunday's attack rose to 12 on Monday" tells the rise, Monday's), unless the sentence
 * commemorates (its day named is the happening it remembers); not a year or month that holds a
 * finer date of the sentence ("In 1990, on January 20").
 */
function happeningsOf(doc: TimedDoc, dates: readonly DateMention[], days: DayRanges): readonly DateMention[] {
  const sentence = doc.sentences[(dates[0] as DateMention).sentence];
  const sentenceStart = sentence?.start ?? 0;
  const before = (date: DateMention): string => doc.text.slice(Math.max(sentenceStart, date.span.start - BEFORE_WIDTH), date.span.start);
  let kept: readonly DateMention[] = dates.filter((date) => !(PRECISION_CODE[date.precision] > PRECISION_CODE.week && comparisonBefore(before(date))));
  if (kept.length < 2) return kept;
  // A statement is dated to the day ("said on Monday"): "reported 93 homicides last year" is no
  // day of saying, nor is a day after an article ("reported a Friday afternoon shooting").
  const isSaid = (date: DateMention): boolean => {
    if (date.precision !== 'day') return false;
    const words = before(date);
    return (saidBefore(words) && !ARTICLE_BEFORE.test(words)) || saidAfter(words, doc.text.slice(date.span.end, date.span.end + AFTER_WIDTH));
  };
  const told = kept.filter((date) => !isSaid(date));
  if (told.length > 0) kept = told;
  // Days only: "Heroes and martyrs of 1956 and 1990" names two years, each a happening of its own;
  // and only before a later day: "The overnight shootings follow a fatal shooting on Sunday night" tells two.
  const clauseDays = kept.filter((date) => date.precision === 'day' && !isNamingDay(doc.text, date));
  if (clauseDays.length > 0 && sentence !== undefined && !isCommemoration(sentence.text)) {
    kept = kept.filter((date) => !isNamingDay(doc.text, date) || !clauseDays.some((day) => (day.start as string) > (date.end ?? (date.start as string))));
  }
  return kept.filter((date) => !kept.some((other) => other !== date && holds(date, other, days)));
}


/** Whether `outer` is a coarser date than `inner` whose days hold all of `inner`'s ("1990" and "January 20, 1990"). */
function holds(outer: DateMention, inner: DateMention, days: DayRanges): boolean {
  if (PRECISION_CODE[outer.precision] <= PRECISION_CODE[inner.precision]) return false;
  const outerFirst = dayRange(outer.start as string, days);
  const outerLast = dayRange(outer.end ?? (outer.start as string), days);
  const innerFirst = dayRange(inner.start as string, days);
  const innerLast = dayRange(inner.end ?? (inner.start as string), days);
  if (!outerFirst || !outerLast || !innerFirst || !innerLast) return false;
  return outerFirst[0] <= innerFirst[0] && innerLast[1] <= outerLast[1];
}

/** How far before a page stamp that opens its sentence the stamp's own word may start ("date ", "Posted: "). */
const STAMP_LEAD = 24;

/**
 * Per sentence that a page stamp opens ("date 2021-01-20 The tragedy of January 20, 1990, ...",
 * where the page gave no full stop after the stamp), where the stamp ends: the happening's summary
 * starts after it. Undefined when the document has no stamp.
 */
function stampEnds(doc: TimedDoc): Map<number, number> | undefined {
  let ends: Map<number, number> | undefined;
  for (const date of doc.dates) {
    if (!date.isStamp) continue;
    const sentence = doc.sentences[date.sentence];
    if (!sentence || date.span.start - sentence.start > STAMP_LEAD) continue;
    ends ??= new Map();
    ends.set(date.sentence, Math.max(ends.get(date.sentence) ?? 0, date.span.end));
  }
  return ends;
}

/** The entry of a date `listedDates` lists. */
function draftOf(doc: TimedDoc, date: DateMention, event: readonly [number, number] | undefined, days: DayRanges, stamps?: ReadonlyMap<number, number>): Draft | undefined {
  if (date.start === undefined) return undefined;
  const range = dayRange(date.start, days);
  const endRange = date.end !== undefined ? dayRange(date.end, days) : range;
  if (!range || !endRange) return undefined;
  const sentence = doc.sentences[date.sentence];
  if (!sentence) return undefined;
  const first = range[0];
  const last = endRange[1];
  // "one man who died of his wounds on March 25": a later death, after the event even inside its month
  const before = doc.text.slice(Math.max(sentence.start, date.span.start - 60), date.span.start);
  const kind = event && laterDeathBefore(before) && last >= event[0] ? 'aftermath' : kindOf(date, () => doc.text.slice(sentence.start, sentence.end), first, last, event);
  const sources = [{ doc: doc.id, span: { doc: doc.id, start: sentence.start, end: sentence.end } }];
  // The summary reads the sentence after a page stamp that opens it; the source stays the sentence.
  const stampEnd = stamps?.get(date.sentence);
  const summaryStart = stampEnd !== undefined && stampEnd <= date.span.start ? stampEnd : sentence.start;
  return new Draft(date.start, date.end, date.precision, date.partOfDay, kind, sources, first, last, doc.text, summaryStart, sentence.end, date.span.start, date.span.end, undefined, isNamingDay(doc.text, date) && !TIME_OF_BEFORE.test(doc.text.slice(Math.max(0, date.span.start - 20), date.span.start)));
}

/** Whether a date is a day that names a happening ("Sunday's attack", "the Jan. 5 shooting": `namesHappening`). */
function isNamingDay(text: string, date: DateMention): boolean {
  return date.precision === 'day' && namesHappening(text, date.span.start, date.span.end);
}

/** A part of a day and "of" before a date: "in one night of January 20" times its clause, it names no happening. */
const TIME_OF_BEFORE = /\b(?:night|morning|afternoon|evening|day|days|hours|weekend)\s+of\s+$/i;

/** Where a date falls relative to the event, and whether its sentence commemorates. */
function kindOf(date: DateMention, sentence: () => string, first: number, last: number, event: readonly [number, number] | undefined): TimelineKind {
  if (!event) return date.tense === 'future' || isCommemoration(sentence()) ? 'commemoration' : 'event';
  const [eventFirst, eventLast] = event;
  // Months later, a commemoration is said so ("marked the 30th anniversary") or announced; past a
  // year, a day that is not a proceeding's is the report's present (an anniversary piece's "on
  // Monday"), while a sentencing or a trial a year on is still the event's aftermath.
  if (
    first > eventLast + DAYS_IN_YEAR / 2 &&
    (date.tense === 'future' || isCommemoration(sentence()) || (first > eventLast + DAYS_IN_YEAR && !isAftermath(sentence())))
  ) {
    return 'commemoration';
  }
  if (last < eventFirst) return 'history';
  // "More than 2,000 people attended a candlelight vigil on Tuesday night": a vigil, a funeral or a
  // memorial service on the event's day or after it mourns the event, it is none of its happenings.
  if (first >= eventFirst) {
    const text = sentence();
    if (MOURNING.test(text) && !isViolent(text)) return 'commemoration';
  }
  if (first > eventLast) return 'aftermath';
  return 'event';
}

/** A gathering that mourns (`MOURNING_SOURCE`), or its mourners. */
const MOURNING = new RegExp(String.raw`\b(?:${MOURNING_SOURCE}|mourners)\b`, 'i');
