import { NUMBER_WORD_SOURCE, NUMBER_WORDS, ORDINAL_SOURCE, STAMP_SOURCE } from '../../locales/en/dates.js';
import type { PublishedBasis } from '../../model/document.js';
import type { DocId, Span } from '../../model/span.js';
import type { DateMention, DatePrecision, InferredPublished } from '../../model/time.js';
import { dayNumber, dayOf, daysInMonth, isoOf, isValidDay, parseIso, weekdayOf, type Ymd } from '../extract/dates/calendar.js';
import { numberValue } from '../extract/dates/rules/base.js';
import { localSentence, mainDate, ordinalValue, type MainDate } from './common.js';

/** How far into a document a dateline or stamp may stand. */
export const DATELINE_REACH = 300;
/**
 * "date 2021-01-20", "Published: ", "Posted on " right before a date at the top; a time of day and
 * its zone may come between ("Updated 9:48 p.m. EDT June 8, 2025", "Posted at 10:15 AM ET,").
 */
const STAMP_BEFORE = new RegExp(
  `(?:^|\\b)${STAMP_SOURCE}\\s*[:\\-\u2013]?\\s*(?:by\\s+[^.;\\n]{1,60}?\\s+)?(?:on\\s+|at\\s+)?(?:\\d{1,2}(?::\\d{2})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?)?\\s*(?:(?:[ECMP][SD]?T|GMT|UTC)\\b)?\\s*,?\\s*(?:on\\s+)?)?$`,
  'i',
);
/**
 * Nothing, or a place in capitals and a comma ("BAKU, ", "KIRKUK, Iraq, "), before a dateline date;
 * or the place and an opening bracket ("MEMPHIS, Tenn. (Dec. 3, 2023) -", "WASHINGTON (").
 */
const DATELINE_PLACE_BEFORE = /^\s*(?:[A-Z][A-Za-z.'\u2019-]*(?:\s+[A-Z][A-Za-z.'\u2019-]*){0,3}(?:,\s*(?:[A-Z][A-Za-z.'\u2019-]*(?:\s+[A-Z][A-Za-z.'\u2019-]*){0,2}(?:,\s*|\s*\(\s*))?|\s*\(\s*))?$/;
/** The same with letters beyond ASCII ("MONTRÉAL, "), read only where the ASCII pattern fails: Unicode classes cost more. */
const DATELINE_PLACE_BEFORE_ANY = /^\s*(?:\p{Lu}[\p{L}\p{M}.'\u2019-]*(?:\s+\p{Lu}[\p{L}\p{M}.'\u2019-]*){0,3}(?:,\s*(?:\p{Lu}[\p{L}\p{M}.'\u2019-]*(?:\s+\p{Lu}[\p{L}\p{M}.'\u2019-]*){0,2}(?:,\s*|\s*\(\s*))?|\s*\(\s*))?$/u;
/** A letter beyond ASCII. */
const NON_ASCII = /[^\x00-\x7f]/;
/** A byline before a date on its line: "By Samir Haddad | ", "By Jane Doe, Staff Writer - ". */
const BYLINE_BEFORE = /^\s*By\s+[A-Z][\p{L}.'\u2019-]*(?:\s+[A-Z][\p{L}.'\u2019-]*){0,3}(?:,\s+[A-Z][\p{L}'\u2019-]*(?:\s+[A-Z][\p{L}'\u2019-]*){0,2})?\s*[|\u2022\u00b7\u2014\u2013,-]\s*$/u;
/** What follows a dateline date: a line break, a dash, a bar, an agency in brackets, or the bracket it opened and a dash. */
const DATELINE_AFTER = /^\s*(?:\n|[\u2014\u2013|-]|\(|\/|\)\s*[\u2014\u2013|:-])/;
/** A page stamp's clock time, then the line's end: "Sunday 13 April 2025, 6:15pm", "April 13, 2025 6:15 PM EDT". */
const TIME_THEN_LINE_END = /^\s*,?\s*(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T))?\s*(?:\n|$)/i;
/** "the 30th anniversary", "15™ Anniversary", "the thirty-fifth anniversary". */
const ANNIVERSARY = new RegExp(`\\b(${ORDINAL_SOURCE})\\s+anniversary\\b`, 'gi');
/** "35 years have passed since", "thirty -five years has passed since", "marks 30 years since", "Ten years after ..." opening a sentence. */
const YEARS_PASSED = new RegExp(
  `\\b(\\d{1,3}|${NUMBER_WORD_SOURCE})\\s+years\\s+(?:have|has)\\s+(?:now\\s+)?(?:passed|elapsed|gone\\s+by)\\s+since\\b|` +
    `\\bmarks?\\s+(\\d{1,3}|${NUMBER_WORD_SOURCE})\\s+years\\s+since\\b|` +
    `(?:^|[.!?]["”’]?\\s+|\\n)\\s*(\\d{1,3}|${NUMBER_WORD_SOURCE})\\s+years\\s+(?:after|on\\s+from)\\b`,
  'gi',
);

/** One piece of evidence: the publication date lies in `[low, high]` (day numbers; open sides are infinite). */
export interface Evidence {
  readonly low: number;
  readonly high: number;
  readonly basis: PublishedBasis;
  readonly priority: number;
  readonly spans: readonly Span[];
}

/**
 * Infers when a document was published, for documents without metadata, to the precision the
 * text allows. Each clue bounds the date, the bounds are intersected (a clue that contradicts the
 * stronger ones is dropped), and the result is what the bounds share: a day, a month or a year.
 * Clues, strongest first:
 * - a dateline or stamp at the top ("date 2021-01-20", "BAKU, Jan. 20 -"): that day (`dateline`);
 * - "the Nth anniversary" of the document's main date (year + N), pinned to the day when the same
 *   sentence gives a weekday and the anniversary day falls on it ("On Monday ... marked the 30th
 *   anniversary" of January 20, 1990: January 20, 2020 was a Monday) (`anniversary`);
 * - "N years have passed since" the main date (`relative`);
 * - dates a future-tense clause announces ("will have non-working days - January 18, 19 and 20"):
 *   publication is no later (`announcement`);
 * - "N years ago" about the main date (`relative`); past dates the text states (publication is later).
 * Returns `undefined` when the bounds do not fix at least a year.
 *
 * @example inferPublished(doc, dates) -> { published: '2020-01-20', precision: 'day', basis: 'anniversary', evidence: [...] }
 */
export function inferPublished(
  doc: { readonly id: DocId; readonly text: string },
  dates: readonly DateMention[],
): InferredPublished | undefined {
  const main = mainDate(dates);
  const evidence: Evidence[] = [
    ...datelineEvidence(doc.text, dates),
    ...anniversaryEvidence(doc, dates, main),
    ...yearsPassedEvidence(doc, dates, main),
    ...agoEvidence(dates, main),
  ];
  const pastBound = pastEvidence(dates);
  if (pastBound) evidence.push(pastBound);
  evidence.sort((a, b) => a.priority - b.priority);
  let low = Number.NEGATIVE_INFINITY;
  let high = Number.POSITIVE_INFINITY;
  const used: Evidence[] = [];
  const apply = (item: Evidence): void => {
    const nextLow = Math.max(low, item.low);
    const nextHigh = Math.min(high, item.high);
    if (nextLow > nextHigh) return;
    low = nextLow;
    high = nextHigh;
    used.push(item);
  };
  for (const item of evidence) apply(item);
  // Announcements need the year first: "January 18" is only a bound once the year is known.
  for (const item of announcementEvidence(dates, low, high)) apply(item);
  if (!Number.isFinite(low) || !Number.isFinite(high)) return undefined;
  const shared = sharedPrefix(low, high);
  if (!shared) return undefined;
  const basis = decidingBasis(used, low, high);
  return {
    published: shared.iso,
    precision: shared.precision,
    basis,
    evidence: used.filter((item) => item.priority < PAST_PRIORITY).flatMap((item) => item.spans),
  };
}

const PAST_PRIORITY = 9;
const CLAUSE_END = /[,;:]\s/;

function dayRange(y: number, m?: number, d?: number): { low: number; high: number } {
  if (m === undefined) return { low: dayNumber({ y, m: 1, d: 1 }), high: dayNumber({ y, m: 12, d: 31 }) };
  if (d === undefined) return { low: dayNumber({ y, m, d: 1 }), high: dayNumber({ y, m, d: daysInMonth(y, m) }) };
  const day = dayNumber({ y, m, d });
  return { low: day, high: day };
}

/**
 * Whether a date is a report's dateline or page stamp: near the top, opening its line (after a
 * place in capitals: "MARENZA, 4 March 2021 (Agency) -", "BAKU, Jan. 20 —") or after a stamp word
 * ("Published 2019-03-19"), and followed by a dash, a bracket or the line's end. It dates the
 * report, not a happening.
 *
 * @example isDateline('MARENZA, 4 March 2021 (Agency) - Security forces fired.', { span: { start: 9, end: 21 }, ... }) === true
 */
export function isDateline(text: string, date: Pick<DateMention, 'span'>): boolean {
  if (date.span.start > DATELINE_REACH) return false;
  const lineStart = text.lastIndexOf('\n', date.span.start - 1) + 1;
  const before = text.slice(lineStart, date.span.start);
  if (STAMP_BEFORE.test(before) || BYLINE_BEFORE.test(before)) return true;
  const after = text.slice(date.span.end, date.span.end + 10);
  return (DATELINE_PLACE_BEFORE.test(before) || (NON_ASCII.test(before) && DATELINE_PLACE_BEFORE_ANY.test(before))) && (DATELINE_AFTER.test(after) || after.trim() === '' || TIME_THEN_LINE_END.test(text.slice(date.span.end, date.span.end + 30)));
}

/**
 * The month and day of a dateline that states no year ("TBILISI, Georgia, April 14 (Wire) -",
 * "BAGHDAD, March 12 -"), when a report has one: `withCollectionDatelines` (pipeline/analyze.ts)
 * reads its year from the other reports of a build.
 *
 * @example yearlessDateline(text, dates) -> { month: 4, day: 14, span: { doc: 'd', start: 17, end: 25 } }
 */
export function yearlessDateline(text: string, dates: readonly DateMention[]): { readonly month: number; readonly day: number; readonly span: Span } | undefined {
  for (const date of dates) {
    if (date.span.start > DATELINE_REACH) break;
    const { month, day, year } = date.stated;
    if (year !== undefined || month === undefined || day === undefined || date.precision !== 'day') continue;
    if (!isDateline(text, date)) continue;
    return { month, day, span: date.span };
  }
  return undefined;
}

export function datelineEvidence(text: string, dates: readonly DateMention[]): Evidence[] {
  const out: Evidence[] = [];
  for (const date of dates) {
    if (date.span.start > DATELINE_REACH || date.certainty.year !== 'stated' || date.start === undefined) continue;
    if (!isDateline(text, date)) continue;
    const parts = parseIso(date.start);
    if (!parts) continue;
    out.push({ ...dayRange(parts.y, parts.m, parts.d), basis: 'dateline', priority: 0, spans: [date.span] });
  }
  return out;
}

/**
 * The stated date right after a phrase, in the same clause and within 80 characters
 * ("the 30th anniversary of the 1990 massacre", "35 years have passed since ... January 20, 1990").
 */
function dateAfter(text: string, dates: readonly DateMention[], start: number, sentenceEnd: number): MainDate | undefined {
  const clause = CLAUSE_END.exec(text.slice(start, Math.min(sentenceEnd, start + 80)));
  const end = clause ? start + clause.index : Math.min(sentenceEnd, start + 80);
  for (const date of dates) {
    if (date.span.start < start || date.span.start >= end || date.certainty.year !== 'stated') continue;
    if (date.tense === 'future' || date.start === undefined) continue;
    const parts = parseIso(date.start);
    if (!parts) continue;
    return date.precision === 'day' && parts.m !== undefined && parts.d !== undefined ? { y: parts.y, m: parts.m, d: parts.d } : { y: parts.y };
  }
  return undefined;
}

function anniversaryEvidence(
  doc: { readonly id: DocId; readonly text: string },
  dates: readonly DateMention[],
  main: MainDate | undefined,
): Evidence[] {
  const out: Evidence[] = [];
  for (const match of doc.text.matchAll(ANNIVERSARY)) {
    const index = match.index ?? 0;
    const years = ordinalValue(match[1] ?? '');
    if (years === undefined || years <= 0) continue;
    const sentence = localSentence(doc.text, index);
    const event = dateAfter(doc.text, dates, index + match[0].length, sentence.end) ?? main;
    if (event === undefined) continue;
    const span: Span = { doc: doc.id, start: index, end: index + match[0].length };
    const year = event.y + years;
    const pinned = pinnedDay(dates, sentence, event, year);
    if (pinned) {
      const day = dayNumber(pinned.day);
      out.push({ low: day, high: day, basis: 'anniversary', priority: 1, spans: [span, pinned.span] });
    } else out.push({ ...dayRange(year), basis: 'anniversary', priority: 2, spans: [span] });
  }
  return out;
}

/** The anniversary day, when a weekday in the same sentence falls on it. */
function pinnedDay(
  dates: readonly DateMention[],
  sentence: { start: number; end: number },
  main: MainDate | undefined,
  year: number,
): { day: Ymd; span: Span } | undefined {
  if (main?.m === undefined || main.d === undefined || !isValidDay(year, main.m, main.d)) return undefined;
  const day = { y: year, m: main.m, d: main.d };
  for (const date of dates) {
    if (date.span.start < sentence.start || date.span.end > sentence.end) continue;
    const weekday = date.stated.weekday;
    if (weekday === undefined || date.stated.month !== undefined || date.tense === 'future') continue;
    if (date.offset !== undefined) continue;
    if (weekdayOf(day) === weekday) return { day, span: date.span };
  }
  return undefined;
}

/** A verb of the report's present in a sentence: "still keeps", "has been brought", "are waiting". */
const PRESENT_TENSE = /\b(?:is|are|has|have|remains?|says|say|still|continues?|keeps?|lives?|waits?|wants?|believes?|hopes?)\b/i;

function yearsPassedEvidence(
  doc: { readonly id: DocId; readonly text: string },
  dates: readonly DateMention[],
  main: MainDate | undefined,
): Evidence[] {
  const out: Evidence[] = [];
  for (const match of doc.text.matchAll(YEARS_PASSED)) {
    const isAfter = match[3] !== undefined;
    const end = (match.index ?? 0) + match[0].length;
    // The phrase starts at its number: the "after" pattern matches from the sentence break before it.
    const index = isAfter ? (match.index ?? 0) + match[0].indexOf(match[3]!) : (match.index ?? 0);
    const years = numberValue(match[1] ?? match[2] ?? match[3] ?? '', NUMBER_WORDS);
    if (years === undefined || years <= 0) continue;
    const sentence = localSentence(doc.text, index);
    // "Twenty-five years after the massacre, Ilona Marek still keeps ...": the report's present, N
    // years on; not "Ten years after the massacre, the regime fell" (a history, in the past).
    if (isAfter && !PRESENT_TENSE.test(doc.text.slice(sentence.start, sentence.end))) continue;
    // Note: "N years after" the happening counts from its day: a main date known only as a year may
    // be any year the report mentions in passing (a survivor's story naming 2003, not 1987).
    const eventYear = dateAfter(doc.text, dates, end, sentence.end)?.y ?? (!isAfter || main?.d !== undefined ? main?.y : undefined);
    if (eventYear === undefined) continue;
    const span: Span = { doc: doc.id, start: index, end };
    out.push({ ...dayRange(eventYear + years), basis: 'relative', priority: 3, spans: [span] });
  }
  return out;
}

function agoEvidence(dates: readonly DateMention[], main: MainDate | undefined): Evidence[] {
  if (main === undefined) return [];
  const out: Evidence[] = [];
  for (const date of dates) {
    if (date.rule !== 'en/date/ago' || date.offset?.unit !== 'year' || date.offset.amount >= 0) continue;
    out.push({ ...dayRange(main.y - date.offset.amount), basis: 'relative', priority: 5, spans: [date.span] });
  }
  return out;
}

/** Announced days bound publication from above; a day without a year takes the year already known. */
function announcementEvidence(dates: readonly DateMention[], low: number, high: number): Evidence[] {
  const out: Evidence[] = [];
  const known = Number.isFinite(low) && Number.isFinite(high) ? { low: fromNumber(low), high: fromNumber(high) } : undefined;
  for (const date of dates) {
    if (date.tense !== 'future' || date.isRecurring || date.stated.month === undefined || date.stated.day === undefined) continue;
    let year = date.stated.year;
    if (year === undefined) {
      if (!known || known.low.y !== known.high.y) continue;
      year = known.low.y;
    }
    if (!isValidDay(year, date.stated.month, date.stated.day)) continue;
    const day = dayNumber({ y: year, m: date.stated.month, d: date.stated.day });
    out.push({ low: Number.NEGATIVE_INFINITY, high: day, basis: 'announcement', priority: 4, spans: [date.span] });
  }
  return out;
}

/** Stated past days: publication is not before the latest of them. */
function pastEvidence(dates: readonly DateMention[]): Evidence | undefined {
  let latest: { day: number; span: Span } | undefined;
  for (const date of dates) {
    if (date.tense === 'future' || date.isRecurring || date.certainty.year !== 'stated') continue;
    const day = dayOf(date.start);
    if (!day) continue;
    const number = dayNumber(day);
    if (!latest || number > latest.day) latest = { day: number, span: date.span };
  }
  if (!latest) return undefined;
  return { low: latest.day, high: Number.POSITIVE_INFINITY, basis: 'relative', priority: PAST_PRIORITY, spans: [latest.span] };
}

function fromNumber(n: number): Ymd {
  const date = new Date(n * 86_400_000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** What two day numbers share: the day, the month or the year. */
function sharedPrefix(low: number, high: number): { iso: string; precision: DatePrecision } | undefined {
  const a = fromNumber(low);
  const b = fromNumber(high);
  if (a.y !== b.y) return undefined;
  if (a.m !== b.m) return { iso: isoOf(a.y), precision: 'year' };
  if (a.d !== b.d) return { iso: isoOf(a.y, a.m), precision: 'month' };
  return { iso: isoOf(a.y, a.m, a.d), precision: 'day' };
}

/**
 * The clue the precision rests on: among the clues without which the result would be coarser, the
 * one applied last (it refined most: "2025" from the anniversary, then "2025-01" from the announcement).
 */
function decidingBasis(used: readonly Evidence[], low: number, high: number): PublishedBasis {
  const full = rank(low, high);
  let deciding: PublishedBasis | undefined;
  const bases = [...new Set(used.filter((item) => item.priority < PAST_PRIORITY).map((item) => item.basis))];
  for (const basis of bases) {
    let otherLow = Number.NEGATIVE_INFINITY;
    let otherHigh = Number.POSITIVE_INFINITY;
    for (const other of used) {
      if (other.basis === basis && other.priority < PAST_PRIORITY) continue;
      otherLow = Math.max(otherLow, other.low);
      otherHigh = Math.min(otherHigh, other.high);
    }
    if (rank(otherLow, otherHigh) < full) deciding = basis;
  }
  return deciding ?? used[0]?.basis ?? 'relative';
}

function rank(low: number, high: number): number {
  if (!Number.isFinite(low) || !Number.isFinite(high)) return 0;
  const shared = sharedPrefix(low, high);
  if (!shared) return 0;
  return shared.precision === 'day' ? 3 : shared.precision === 'month' ? 2 : 1;
}
