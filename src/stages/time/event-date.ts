import type { Span } from '../../model/span.js';
import type { DateMention, EventDate, EventDateBasis, TimedDoc } from '../../model/time.js';
import { dayNumber, dayOf, fromDayNumber, isoDay } from '../extract/dates/calendar.js';
import { isDateline } from './published.js';
import { comparisonBefore, isAftermath, isBackground, isCommemoration, isOtherHappening, isViolent, laterDeathBefore, proceedingAfter, reportedBefore, reportsDeath, violenceBefore } from './cues.js';

/** Options of `eventDate`. */
export interface EventDateOptions {
  /** Share of the best support a day needs to win by being earlier (default 0.5). */
  readonly earliestShare?: number;
  /** How many days before the best-supported day an earlier day may win (default 7). */
  readonly earliestWindow?: number;
  /**
   * When no date in the texts qualifies, fall back to the first publication day (basis
   * `published`, support 0, no sources). Off by default: the texts did not say it.
   */
  readonly fallbackToPublished?: boolean;
}

/** A document's dates count in full once their weights sum to this much (one stated date of a shooting in an opening sentence is 4.5). */
const FULL_VOTE = 3;
/** Days before the first report from which a late document's votes count less. */
const LATE_VOTE_DAYS = 7;
/** How many days before the best-supported day an earlier, nearly as well supported day may win. */
const EARLIEST_WINDOW = 7;

/** The publication day of a document as a day number, when known to the day. */
function publishedDay(doc: TimedDoc): number | undefined {
  const day = dayOf(doc.published);
  return day ? dayNumber(day) : undefined;
}

/**
 * How much a document's vote counts given how long after the first report it was published:
 * follow-ups weeks later (an arraignment, a sentencing) mostly date their own news.
 */
function lateness(published: number | undefined, first: number): number {
  if (published === undefined || !Number.isFinite(first)) return 1;
  const days = published - first;
  if (days <= 3) return 1;
  return days <= 14 ? 0.5 : 0.25;
}

/** How many days after its publication date a document may still report (updated pages). */
const LATE_TEXT_DAYS = 6;
/** Kinds of dates that state their calendar day. */
const STATED_KINDS: ReadonlySet<DateMention['kind']> = new Set(['absolute', 'partial', 'range']);
/** A stated two-day range ("January 19-20, 1990") widens the date when its other day has at least this share of the winner's support. */
const RANGE_SHARE = 0.2;

const KIND_WEIGHT: Readonly<Record<DateMention['kind'], number>> = {
  absolute: 1,
  partial: 1,
  range: 1,
  relative: 0.9,
  anaphoric: 0.6,
};

/**
 * Rules whose day is a weak reading, with the factor their weight takes: "overnight" and an
 * early-morning clock time name the publication day only because the report names no other day.
 */
const WEAK_RULES: ReadonlyMap<string, number> = new Map([
  ['en/date/overnight', 0.4],
  ['en/date/clock', 0.4],
]);

/** A gathering right after a holiday's name (`weightOf`). */
const GATHERING_AFTER = /^(?:['’]s)?\s+(?:[\w-]+\s+)?(?:party|parties|event|events|celebrations?|gatherings?|festivities|festival|parade|fireworks|bash|cookout|barbecue|dinner|concert)\b/i;

/** "since" right before a date: with a superlative before it, the date of what the event is compared with (`weightOf`). */
const SINCE_BEFORE = /\bsince\s+$/i;
/** A possessive right after a date ("Monday's shooting"). */
const POSSESSIVE_AFTER = /^['’]s\b/;
/** Violence a day's possessive names: "Monday's shooting", "Saturday's deadly attack" (as a violence word before a day). */
const VIOLENCE_POSSESSED = /^['’]s\s+(?:[a-z-]+\s+){0,2}?(?:shooting|shootout|attack|killing|homicide|stabbing|slaying|murder|gunfire|massacre|bombing|ambush|raid)s?\b/i;

interface Vote {
  weight: number;
  /** The part of `weight` from dates that state the calendar day ("Nov. 2", "January 20, 1990"). */
  statedWeight: number;
  readonly spans: Span[];
  readonly kinds: Set<DateMention['kind']>;
  /** Some date names this day alone (not as part of "the weekend" or "Friday through Sunday"). */
  isPoint: boolean;
}

interface StatedRange {
  readonly first: number;
  readonly last: number;
  readonly weight: number;
  readonly span: Span;
}

/**
 * When the reported happening took place: a vote over the documents' day-precise dates.
 * A date counts only if it is placed, past, not recurring, not a page stamp ("Posted: ...") and
 * at most six days after its document's publication day (pages are updated after their date). Its weight is larger when its sentence reports violence
 * ("shot", "opened fire": x3; a death: x1.5, since victims may die later), smaller when the sentence
 * reports proceedings (court, funeral: x0.4) or a commemoration (x0.2); stated dates weigh 1,
 * weekdays and "yesterday" 0.9, anaphora 0.6, "overnight" and bare early-morning clock times 0.36; the first sentences weigh more. Each document votes
 * with its weights divided by their sum, or by 3 when they sum to less, so a document that only
 * mentions a court date in passing counts little. The winner is the earliest day with at least half
 * the best support, at most a week before the best day (reports are written after the happening;
 * later days are its aftermath). A two-day range the text states ("the night of January 19-20")
 * around the winner makes the date a range when its other day is itself well supported.
 * Documents published more than three days after the first report count half (a quarter after two
 * weeks) for days from a week before that report on, for dates read from weekdays and casual words:
 * follow-ups mostly date their own news that way; the calendar days they name count in full.
 * Publication and anniversary dates never count: they are not in the text as happenings, and
 * commemoration sentences weigh little. `undefined` when no date qualifies.
 * Note: a part of the day never moves the day. "Late Saturday night" is Saturday, though a
 * record may put an incident after midnight on Sunday: in the violent opening sentences of the GVA
 * development set, "late <weekday> night" was the incident day 13 times and the day before it 3
 * times, "<weekday> night" 143 and 3, "<weekday> morning" 58 times the incident day and 11 times the
 * day after it (a night recorded on the evening's date). The remaining one-day misses are of this
 * kind; a clock time ("12:30 a.m. Sunday") is read with its weekday, not against it.
 *
 * @example eventDate([{ id: 'a', text, published: '2016-01-04', sentences, dates }]) -> { start: '2016-01-02', precision: 'day', basis: 'relative', ... }
 */
export function eventDate(docs: readonly TimedDoc[], options: EventDateOptions = {}): EventDate | undefined {
  const votes = new Map<number, Vote>();
  const ranges: StatedRange[] = [];
  // Note: each document's publication day read once.
  const publishedDays = docs.map(publishedDay);
  const firstPublished = Math.min(...publishedDays.map((day) => day ?? Number.POSITIVE_INFINITY));
  for (let index = 0; index < docs.length; index++) {
    const own = documentVotes(docs[index] as TimedDoc);
    let total = 0;
    for (const vote of own.votes.values()) total += vote.weight;
    if (total === 0) continue;
    const scale = 1 / Math.max(total, FULL_VOTE);
    const late = lateness(publishedDays[index], firstPublished);
    for (const [day, vote] of own.votes) {
      const entry = votes.get(day) ?? { weight: 0, statedWeight: 0, spans: [], kinds: new Set(), isPoint: false };
      entry.isPoint ||= vote.isPoint;
      // Note: a late document's votes count less only for days around or after the first report
      // (its own news), and only those read from weekdays and words like "yesterday": a follow-up
      // that names the calendar day ("the Nov. 2 shooting") points back at the event itself.
      const discounted = (vote.weight - vote.statedWeight) * (day > firstPublished - LATE_VOTE_DAYS ? late : 1);
      entry.weight += (discounted + vote.statedWeight) * scale;
      entry.spans.push(...vote.spans);
      for (const kind of vote.kinds) entry.kinds.add(kind);
      votes.set(day, entry);
    }
    for (const range of own.ranges) ranges.push({ ...range, weight: range.weight * scale });
  }
  let best = 0;
  let bestDay = 0;
  for (const [day, vote] of votes) {
    if (vote.weight > best + 1e-9 || (Math.abs(vote.weight - best) <= 1e-9 && day < bestDay)) {
      best = vote.weight;
      bestDay = day;
    }
  }
  if (best === 0) return monthOf(docs) ?? (options.fallbackToPublished ? publicationFallback(firstPublished) : undefined);
  const share = options.earliestShare ?? 0.5;
  const window = options.earliestWindow ?? EARLIEST_WINDOW;
  let winner: number | undefined;
  for (const [day, vote] of votes) {
    // Note: an earlier day wins only if some date names it alone: "last weekend" says nothing of
    // which of its days, so its Saturday does not beat the "Sunday afternoon" a report also gives.
    if (day < bestDay - window || vote.weight + 1e-9 < share * best || (!vote.isPoint && day !== bestDay)) continue;
    if (winner === undefined || day < winner) winner = day;
  }
  const chosen = winner === undefined ? undefined : votes.get(winner);
  if (winner === undefined || !chosen) return undefined;
  let first = winner;
  let last = winner;
  const sources = [...chosen.spans];
  const kinds = new Set(chosen.kinds);
  for (const range of ranges) {
    if (range.first > winner || winner > range.last) continue;
    const other = range.first === winner ? range.last : range.first;
    if ((votes.get(other)?.weight ?? 0) < RANGE_SHARE * chosen.weight) continue;
    first = Math.min(first, range.first);
    last = Math.max(last, range.last);
    sources.push(range.span);
  }
  let support = 0;
  for (let day = first; day <= last; day++) support += votes.get(day)?.weight ?? 0;
  return {
    start: isoDay(fromDayNumber(first)),
    ...(last !== first ? { end: isoDay(fromDayNumber(last)) } : {}),
    precision: 'day',
    basis: basisOf(kinds),
    support: Math.round(support * 1000) / 1000,
    sources: dedupe(sources),
  };
}

/**
 * When no document dates the happening to the day: the month a sentence that tells the violence
 * or a death dates it to ("the attack on the market, March 2019"), precision `month`, the best
 * supported by the same weights as days (`weightOf`). Months of commemorations, proceedings and
 * background only are not taken, nor a month after a document's publication.
 */
function monthOf(docs: readonly TimedDoc[]): EventDate | undefined {
  const votes = new Map<string, { weight: number; spans: Span[] }>();
  for (const doc of docs) {
    const published = doc.published?.slice(0, 7);
    const isPast = (month: string) => /^\d{4}-\d{2}$/.test(month) && !(published !== undefined && published.length === 7 && month > published);
    for (const { date, cues, weight } of weighedDates(doc, 'month', (date) => isPast(date.start?.slice(0, 7) ?? ''))) {
      if (!(cues.isViolent || cues.reportsDeath) || cues.isCommemoration || cues.isAftermath || cues.isBackground) continue;
      const month = date.start!.slice(0, 7);
      const vote = votes.get(month) ?? { weight: 0, spans: [] };
      vote.weight += weight;
      vote.spans.push(date.span);
      votes.set(month, vote);
    }
  }
  let best: [string, { weight: number; spans: Span[] }] | undefined;
  for (const entry of votes) if (best === undefined || entry[1].weight > best[1].weight + 1e-9 || (Math.abs(entry[1].weight - best[1].weight) <= 1e-9 && entry[0] < best[0])) best = entry;
  if (best === undefined || best[1].weight <= 0) return undefined;
  return { start: best[0], precision: 'month', basis: 'stated', support: Math.round(best[1].weight * 1000) / 1000, sources: dedupe(best[1].spans) };
}

/** The first publication day as an event date, when asked for and known. */
function publicationFallback(firstPublished: number): EventDate | undefined {
  if (!Number.isFinite(firstPublished)) return undefined;
  return { start: isoDay(fromDayNumber(firstPublished)), precision: 'day', basis: 'published', support: 0, sources: [] };
}

function basisOf(kinds: ReadonlySet<DateMention['kind']>): EventDateBasis {
  if (kinds.has('absolute') || kinds.has('partial') || kinds.has('range')) return 'stated';
  if (kinds.has('relative')) return 'relative';
  return 'anaphoric';
}

function dedupe(spans: readonly Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((span) => {
    const key = `${span.doc}:${span.start}:${span.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Weight of a date mention as evidence of the happening's day, from its sentence and kind, and from
 * the words right before it: "was shot Saturday" counts more, "police said Saturday" and "was
 * arrested Saturday" much less (they date the report or the arrest).
 */
function weightOf(date: DateMention, sentence: SentenceCues, before: string, after: string): number {
  let weight = KIND_WEIGHT[date.kind] * (WEAK_RULES.get(date.rule) ?? 1);
  // "the weekend" is vague: it says little about which day.
  if (date.end !== undefined && date.kind === 'relative') weight *= 0.5;
  // "said Monday's shooting felt too close": a day's possessive is no day of the saying before it.
  const isPossessive = POSSESSIVE_AFTER.test(after);
  if ((reportedBefore(before) && !isPossessive) || proceedingAfter(after)) weight *= 0.25;
  // "a New Year's Eve party", "their Fourth of July cookout": the day of a gathering, which the
  // violence may follow past midnight ("met while attending a New Year's Eve event ... about 4:30 a.m. today").
  else if (date.rule === 'en/date/holiday' && GATHERING_AFTER.test(after)) weight *= 0.5;
  else if (violenceBefore(before) || (isPossessive && VIOLENCE_POSSESSED.test(after))) weight *= 1.5;
  if (sentence.isViolent) weight *= 3;
  else if (sentence.reportsDeath) weight *= 1.5;
  if (sentence.isAftermath || sentence.isBackground) weight *= 0.4;
  if (sentence.isCommemoration) weight *= 0.2;
  // "In a separate incident on Monday": another happening's day.
  if (isOtherHappening(before)) weight *= 0.2;
  // "the deadliest attack in the capital since October 2017, when a truck bomb killed 500": the day of what the event is compared with.
  if (SINCE_BEFORE.test(before) && comparisonBefore(before)) return 0;
  // The opening two sentences: the headline (ingest puts it first) and the lead, or the lead and the next.
  if (date.sentence <= 1) weight *= 1.5;
  else if (date.sentence <= 3) weight *= 1.2;
  else if (date.sentence >= 20) weight *= 0.3;
  else if (date.sentence >= 10) weight *= 0.5;
  return weight;
}

/** What a sentence tells of the happening, tested once for all its dates. */
interface SentenceCues {
  readonly isViolent: boolean;
  readonly reportsDeath: boolean;
  readonly isAftermath: boolean;
  /** A person's past told as background (`isBackground`): other happenings' dates. */
  readonly isBackground: boolean;
  readonly isCommemoration: boolean;
}

function sentenceCues(sentence: string): SentenceCues {
  const violent = isViolent(sentence);
  return {
    isViolent: violent,
    reportsDeath: !violent && reportsDeath(sentence),
    isAftermath: isAftermath(sentence),
    isBackground: isBackground(sentence),
    isCommemoration: isCommemoration(sentence),
  };
}

/** A date of a document that counts as evidence of the happening's day, with its weight. */
interface CountedDate {
  readonly date: DateMention;
  readonly weight: number;
  /** First and last day (day numbers). */
  readonly first: number;
  readonly last: number;
}

/**
 * One document's votes, for reading why an event date was chosen: each date that counts, with its
 * weight before the document's normalization.
 *
 * @example explainVotes(doc) -> [{ day: '2016-01-02', weight: 4.05, text: 'Saturday night', sentence: 0 }, ...]
 */
export function explainVotes(doc: TimedDoc): { day: string; end?: string; weight: number; text: string; sentence: number }[] {
  return countedDates(doc).map(({ date, weight, first, last }) => ({
    day: isoDay(fromDayNumber(first)),
    ...(last !== first ? { end: isoDay(fromDayNumber(last)) } : {}),
    weight: Math.round(weight * 100) / 100,
    text: date.text,
    sentence: date.sentence,
  }));
}

/**
 * The dates of a document that count for the event date (placed, day-precise, past, not recurring,
 * not a page stamp, at most six days after the publication day), with their weights.
 */
function countedDates(doc: TimedDoc): CountedDate[] {
  const published = dayOf(doc.published);
  // Note: texts are often updated after the page's date (see `resolveDates`), so days up to a
  // week after it still count.
  const limit = published ? dayNumber(published) + LATE_TEXT_DAYS : Number.POSITIVE_INFINITY;
  const firstDay = (date: DateMention): number => {
    const start = dayOf(date.start);
    return start ? dayNumber(start) : Number.NaN;
  };
  // "MARENZA, 4 March 2021 (Agency) - ...": the dateline dates the report; its weekdays and words
  // ("on Wednesday") date the happening from it.
  const keep = (date: DateMention): boolean => firstDay(date) <= limit && !isDateline(doc.text, date);
  return weighedDates(doc, 'day', keep).map(({ date, weight }) => {
    const first = firstDay(date);
    const end = dayOf(date.end);
    return { date, weight, first, last: end ? dayNumber(end) : first };
  });
}

/** A date of a document as evidence of the happening's day or month, with its sentence's cues and its weight (`weightOf`). */
interface WeighedDate {
  readonly date: DateMention;
  readonly cues: SentenceCues;
  readonly weight: number;
}

/**
 * A document's dates of one precision that may date the happening, in text order: placed, not
 * future, not recurring, not a page stamp, not counted from the event date itself ("two days after
 * the shooting"), not a later death's day ("one man who died of his wounds on March 25"), and
 * accepted by `keep`; each with its sentence's cues and its weight. The day vote
 * (`countedDates`) and the month fallback (`monthOf`) read them alike.
 */
function weighedDates(doc: TimedDoc, precision: 'day' | 'month', keep: (date: DateMention) => boolean): WeighedDate[] {
  const out: WeighedDate[] = [];
  let cuesAt = -1;
  let cues: SentenceCues | undefined;
  for (const date of doc.dates) {
    if (date.precision !== precision || date.tense === 'future' || date.isRecurring || date.isStamp || date.anchoredTo === 'event-date' || !keep(date)) continue;
    const sentence = doc.sentences[date.sentence];
    const before = doc.text.slice(Math.max(sentence?.start ?? 0, date.span.start - 60), date.span.start);
    if (laterDeathBefore(before)) continue;
    const after = doc.text.slice(date.span.end, date.span.end + 25);
    // Note: dates come in text order, so one sentence's cues are tested once.
    if (!cues || cuesAt !== date.sentence) {
      cues = sentenceCues(sentence ? doc.text.slice(sentence.start, sentence.end) : '');
      cuesAt = date.sentence;
    }
    out.push({ date, cues, weight: weightOf(date, cues, before, after) });
  }
  return out;
}

/** One document's weighted days and the day ranges it states (read, never changed, by `eventDate`). */
interface DocumentVotes {
  readonly votes: ReadonlyMap<number, Readonly<Vote>>;
  readonly ranges: readonly StatedRange[];
}

/**
 * The votes of the documents already counted. Note: a document is dated twice, alone when it is
 * analysed (for grouping) and with the other documents of its event when the event is built;
 * its votes depend on it alone (a `TimedDoc` is read-only), so the second time takes the first's.
 * Kept with the document object: gone when it is.
 */
const VOTES_OF = new WeakMap<TimedDoc, DocumentVotes>();

/** One document's weighted days and the day ranges it states, counted once per document (see `VOTES_OF`). */
function documentVotes(doc: TimedDoc): DocumentVotes {
  let counted = VOTES_OF.get(doc);
  if (counted === undefined) {
    counted = countVotes(doc);
    VOTES_OF.set(doc, counted);
  }
  return counted;
}

function countVotes(doc: TimedDoc): DocumentVotes {
  const votes = new Map<number, Vote>();
  const ranges: StatedRange[] = [];
  const published = dayOf(doc.published);
  const limit = published ? dayNumber(published) + LATE_TEXT_DAYS : Number.POSITIVE_INFINITY;
  for (const { date, weight, first, last } of countedDates(doc)) {
    // Note: only a stated range of two days ("the night of January 19-20") can widen the event date;
    // "from Friday through Sunday" sums up a weekend of shootings, "the weekend" is vague.
    if (date.kind === 'range' && last === first + 1 && last <= limit) ranges.push({ first, last, weight, span: date.span });
    const days = last - first <= 3 ? last - first + 1 : 1;
    for (let day = first; day < first + days; day++) {
      if (day > limit) continue;
      const vote = votes.get(day) ?? { weight: 0, statedWeight: 0, spans: [], kinds: new Set(), isPoint: false };
      vote.weight += weight / days;
      if (STATED_KINDS.has(date.kind)) vote.statedWeight += weight / days;
      vote.isPoint ||= days === 1;
      vote.spans.push(date.span);
      vote.kinds.add(date.kind);
      votes.set(day, vote);
    }
  }
  return { votes, ranges };
}
