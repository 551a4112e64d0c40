import type {
  DateAnchor,
  DateCertainty,
  DateKind,
  DateMention,
  DateOffset,
  DatePrecision,
  StatedParts,
} from '../../../model/time.js';
import {
  addDays,
  addMonths,
  dayNumber,
  dayOf,
  daysInMonth,
  easterOf,
  fromDayNumber,
  isoDay,
  isoOf,
  isValidDay,
  nthWeekday,
  parseIso,
  weekdayOf,
  weekdayOfNumber,
  type Ymd,
} from './calendar.js';
import { firstStartingAt } from '../../../model/span.js';
import type { FloatingHoliday, RawDate } from './parse.js';

/** How many sentences back an anaphora ("that night") may find the date it refers to. */
const ANAPHORA_REACH = 4;
/** What a weekday that does not fit a candidate year's day costs, in days (see `closestYear`). */
const WEEKDAY_MISMATCH_COST = 30;
/** Past bias when choosing the year of "January 5": a day this many times further in the future costs the same. */
const FUTURE_COST = 4;
/**
 * Past the first week after the reference, a day ahead costs this many times more: a date a
 * report does not put in the future ("killed five people on May 12", on a page of March 16) is
 * last year's May 12, not this year's, while "Friday, Jan. 5" on a page of late December is
 * still the coming one.
 */
const FAR_FUTURE_FACTOR = 4;
const NEAR_FUTURE_DAYS = 7;

/**
 * What a day `days` ahead of the reference costs when choosing a year (see `closestYear`). Only a
 * day costs more past the first week: a month ahead is often a schedule the tense does not mark
 * ("Regional elections are due in May").
 */
function futureCost(days: number, isDay: boolean): number {
  if (days <= NEAR_FUTURE_DAYS || !isDay) return days * FUTURE_COST;
  return NEAR_FUTURE_DAYS * FUTURE_COST + (days - NEAR_FUTURE_DAYS) * FUTURE_COST * FAR_FUTURE_FACTOR;
}

/** Precisions whose start and end come from one expression ("the fall of 1989"), not a range of two. */
const SINGLE_PERIODS: ReadonlySet<DatePrecision> = new Set(['season', 'decade', 'century']);

/** The reference dates are placed from. `published` is ISO to any precision ("2016-01-07", "2005"). */
export interface DateReference {
  readonly published?: string;
  /**
   * The day (or night, `start` to `end`) of the happening the report is about, ISO to the day,
   * which "two days after the shooting" counts from; without it such mentions stay unplaced (see `timeDocument`, which
   * places them once the document's own event date is known).
   */
  readonly happening?: { readonly start: string; readonly end?: string };
}

/**
 * Where a mention was placed. Note: every field is always present (made by `placedAt`), so these
 * objects share one shape; spreading optional fields in made a temporary object for each and was
 * a fifth of the time of a sentence of thousands of "1 a.m.".
 */
interface Placed {
  readonly start: string;
  readonly end: string | undefined;
  readonly precision: DatePrecision;
  readonly kind: DateKind;
  readonly certainty: DateCertainty;
  readonly anchoredTo: DateAnchor | undefined;
}

/**
 * The one placing `placedAt` returns, rewritten by each call. Note: a placing is read right away
 * (`toMention` copies its fields) and never kept, so one object serves every mention; an object
 * per mention was a good part of the garbage of a wall of dates.
 */
const PLACED: { -readonly [K in keyof Placed]: Placed[K] } = {
  start: '',
  end: undefined,
  precision: 'day',
  kind: 'absolute',
  certainty: { year: 'stated' },
  anchoredTo: undefined,
};

/** Where a mention was placed; valid until the next call (see `PLACED`). */
function placedAt(
  start: string,
  end: string | undefined,
  precision: DatePrecision,
  kind: DateKind,
  certainty: DateCertainty,
  anchoredTo: DateAnchor | undefined,
): Placed {
  PLACED.start = start;
  PLACED.end = end;
  PLACED.precision = precision;
  PLACED.kind = kind;
  PLACED.certainty = certainty;
  PLACED.anchoredTo = anchoredTo;
  return PLACED;
}

/**
 * Places raw date expressions on the calendar, in document order:
 * stated years stay as stated; a month and day without a year take the year of a stated date of
 * the document with the same month and day ("January 20" after "January 20, 1990"), or of a year
 * stated before it in the same sentence ("In 1990, on January 20"), else the year
 * that puts them closest before the publication date (after it, for announcements); weekdays and
 * "30 years ago" count from the publication date; anaphora ("that night") count from the last
 * date that times a clause at most four sentences back, and those that name the happening ("two
 * days after the shooting") from `reference.happening`. What cannot be placed keeps no `start`.
 * Note: "the publication date" is the given one, or up to two days later when the document's
 * weekdays show it was written then (a page updated after its date; see `writingDay`).
 *
 * @example resolveDates(parseDates('d', 'Police said it happened Saturday.', sentences), { published: '2016-01-04' })[0].start === '2016-01-02'
 */
export function resolveDates(given: readonly RawDate[], reference: DateReference): DateMention[] {
  const raws = withSlashOrder(given, reference.published);
  const published = publishedOf(writingDay(raws, reference.published));
  const out: DateMention[] = [];
  const anchors: Anchors = { isInOrder: true, lastSentence: Number.NEGATIVE_INFINITY };
  // Note: by index, as in `parseDates`.
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i] as RawDate;
    if (raw.sentence < anchors.lastSentence) anchors.isInOrder = false;
    anchors.lastSentence = raw.sentence;
    const placed = place(raw, raws, out, published, anchors, reference.happening);
    const mention = toMention(raw, placed);
    if (isAnchor(mention)) {
      anchors[mention.tense] = mention;
      anchors.coarseSentence = undefined;
    } else if (isCoarseAnchor(mention)) anchors.coarseSentence = mention.sentence;
    out.push(mention);
  }
  return out;
}

/** A date of two or three numbers with slashes: "10/03/2024", "10/03". */
const SLASH_NUMBERS = /^(\d{1,2})\/(\d{1,2})(?:\/(?:\d{4}|\d{2}))?$/;
/** How many days after the publication day a month-first date may fall and still be read so. */
const SLASH_FUTURE_DAYS = 7;

/**
 * Slash dates read day first where the document writes them so: chrono reads "10/03/2024" month
 * first (October 3, the American order) and "25/03/2024" day first (no 25th month). A document
 * whose slash dates include one that can only be day first ("25/03/2024") writes all of them day
 * first ("10/03/2024" is March 10); so does one whose month-first reading falls more than a week
 * after the publication day while its day-first reading does not, in a clause of the past (a
 * report dated 2024-03-12 on "the bombing on 10/03/2024").
 */
function withSlashOrder(raws: readonly RawDate[], published: string | undefined): readonly RawDate[] {
  // each slash date's two numbers, read once
  const numbers = raws.map((raw) => (raw.rule === 'en/date/slash' ? SLASH_NUMBERS.exec(raw.text) : null));
  let isDayFirst = false;
  let ambiguous = false;
  for (const m of numbers) {
    if (!m) continue;
    const first = Number(m[1]);
    const second = Number(m[2]);
    if (first > 12 && second <= 12) isDayFirst = true;
    else if (first <= 12 && second <= 12 && first !== second) ambiguous = true;
  }
  if (!ambiguous) return raws;
  const pubDay = dayOf(published);
  const limit = pubDay ? dayNumber(pubDay) + SLASH_FUTURE_DAYS : undefined;
  return raws.map((raw, i) => {
    const m = numbers[i];
    if (!m || raw.stated.month === undefined || raw.stated.day === undefined) return raw;
    if (Number(m[1]) > 12 || Number(m[2]) > 12 || m[1] === m[2]) return raw;
    const swapped: RawDate = { ...raw, stated: { ...raw.stated, month: raw.stated.day, day: raw.stated.month } };
    if (isDayFirst) return swapped;
    // Note: only a date told in the past tense: a future one may well fall after the publication day ("will appear in court on 11/3/2016").
    const year = raw.stated.year;
    if (limit === undefined || year === undefined || raw.tense !== 'past') return raw;
    const monthFirst = dayNumber({ y: year, m: raw.stated.month, d: raw.stated.day });
    const dayFirst = dayNumber({ y: year, m: raw.stated.day, d: raw.stated.month });
    return monthFirst > limit && dayFirst <= limit ? swapped : raw;
  });
}

/**
 * The last mention of each tense that an anaphora may count from (see `findAnchor`), while the
 * mentions come in sentence order. Note: a walk back over the mentions for each anaphora was
 * quadratic ("that night" thousands of times in one sentence, none of them placed).
 */
interface Anchors {
  isInOrder: boolean;
  lastSentence: number;
  /**
   * The sentence of a month or a year that times a clause after the last day ("In Manchester last
   * month, two teenagers died in separate attacks on the same night"): an anaphora of that sentence
   * counts from it, and so is no day.
   */
  coarseSentence?: number | undefined;
  past?: DateMention;
  future?: DateMention;
}

/** How many days after the given publication day the text may have been written (see `writingDay`). */
const MAX_WRITING_DELAY = 2;
/** What a day of delay costs, in days of spread. */
const DELAY_COST = 1;

/**
 * The day the weekdays and "yesterday"s of a document count from. Usually the publication day;
 * but a page's date is often that of its first version while the text was updated later ("shot
 * Sunday evening ... identified Monday morning ... released Tuesday afternoon" under a Sunday
 * date). Weekdays in news name days of one week around the writing day, so the day kept is the one,
 * from the publication day to two days later, that puts the document's weekdays and casual days
 * closest together, each day of delay costing a day of spread (so the publication day itself
 * unless the text clearly says otherwise: "still on the run Thursday ... shot late last night" on a
 * Thursday page stays on that Thursday). Measured on the GVA development set: longer delays and
 * cheaper ones moved more pages wrongly than rightly.
 *
 * @example a Sunday page saying "Sunday evening", "Monday morning", "Tuesday afternoon" is read from that Tuesday
 */
function writingDay(raws: readonly RawDate[], published: string | undefined): string | undefined {
  const pubDay = dayOf(published);
  if (!pubDay) return published;
  // Note: one mention per distinct reading (offset, or weekday and modifier) is enough for the
  // spread; a page of thousands of "Sat." made the three passes below cost more than placing them.
  let count = 0;
  const byReading = new Map<number, RawDate>();
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i] as RawDate;
    if (raw.isRecurring || raw.isStamp || raw.tense !== 'past') continue;
    if (!isWeekdayOnly(raw) && !(raw.rule === 'en/date/casual-day' && raw.offset !== undefined)) continue;
    count++;
    const key = raw.offset ? raw.offset.amount * 2 : ((raw.stated.weekday ?? 0) * 5 + MODIFIER_INDEX[raw.weekdayModifier ?? 'none']) * 2 + 1;
    if (!byReading.has(key)) byReading.set(key, raw);
  }
  if (count < 2) return published;
  const relative = [...byReading.values()];
  const pubNumber = dayNumber(pubDay);
  let best = 0;
  let bestCost = Number.POSITIVE_INFINITY;
  for (let delay = 0; delay <= MAX_WRITING_DELAY; delay++) {
    const reference = pubNumber + delay;
    let low = Number.POSITIVE_INFINITY;
    let high = Number.NEGATIVE_INFINITY;
    for (const raw of relative) {
      const day = raw.offset ? reference + raw.offset.amount : reference + weekdayDelta(raw, raw.stated.weekday ?? 0, weekdayOfNumber(reference));
      if (day < low) low = day;
      if (day > high) high = day;
    }
    // Note: each day of delay costs a day of spread, so "Wednesday afternoon ... tonight"
    // on a Thursday page stays on that Thursday rather than moving to the next Wednesday.
    const cost = high - low + delay * DELAY_COST;
    if (cost < bestCost) {
      bestCost = cost;
      best = delay;
    }
  }
  return best === 0 ? published : isoDay(fromDayNumber(pubNumber + best));
}

/** A number per weekday modifier, for keying readings (see `writingDay`). */
const MODIFIER_INDEX: Readonly<Record<NonNullable<RawDate['weekdayModifier']> | 'none', number>> = { none: 0, last: 1, next: 2, this: 3, 'last-week': 4 };

function isWeekdayOnly(raw: RawDate): boolean {
  return raw.stated.weekday !== undefined && raw.stated.month === undefined && raw.stated.day === undefined;
}

/** The publication date dates count from, parsed once per document rather than once per mention. */
interface Published {
  /** Its parts, to any precision; undefined without a publication date. */
  readonly parts: { readonly y: number; readonly m?: number; readonly d?: number } | undefined;
  /** Its day, when it has day precision. */
  readonly day: Ymd | undefined;
}

function publishedOf(iso: string | undefined): Published {
  return { parts: iso !== undefined ? parseIso(iso) : undefined, day: dayOf(iso) };
}

function place(raw: RawDate, raws: readonly RawDate[], previous: readonly DateMention[], published: Published, anchors: Anchors, happening: DateReference['happening']): Placed | undefined {
  if (raw.isRecurring) return undefined;
  if (isInNamedYear(raw)) return placeInNamedYear(raw, raws, previous, published, anchors);
  if (raw.anaphora) {
    if (raw.isFromHappening) return happening === undefined ? undefined : placeAnaphora(raw, raw.anaphora, happening, 'event-date');
    if (anchors.isInOrder && anchors.coarseSentence === raw.sentence) return undefined;
    return placeAnaphora(raw, raw.anaphora, anchors.isInOrder ? lastAnchor(raw, anchors) : findAnchor(raw, previous));
  }
  if (raw.offset) return placeRelative(raw, raw.offset, published);
  if (raw.holiday) return placeHoliday(raw, raw.holiday, raws, published);
  if (raw.stated.year !== undefined || raw.statedEnd?.year !== undefined) return placeAbsolute(raw);
  if (raw.stated.month !== undefined) return placePartial(raw, raws, published);
  if (raw.stated.weekday !== undefined) return placeWeekday(raw, raw.stated.weekday, published);
  return undefined;
}

/**
 * A month or day whose year a phrase next to it names ("March 9 last year", "in June the year
 * before"; see `en/date/year-phrase`): a year offset, from the publication date or from the date
 * named before, on a month stated without a year.
 */
function isInNamedYear(raw: RawDate): boolean {
  const offset = raw.offset ?? raw.anaphora;
  return offset?.unit === 'year' && raw.stated.month !== undefined && raw.stated.year === undefined && raw.statedEnd?.year === undefined;
}

/**
 * A month or day in the year its phrase names: the publication year, or the year of the last date
 * that times a clause a few sentences back (as an anaphora's), moved by the phrase's offset. A
 * month-day that cannot be placed so (no publication date, no earlier date) is placed as any
 * month-day without a year.
 */
function placeInNamedYear(raw: RawDate, raws: readonly RawDate[], previous: readonly DateMention[], published: Published, anchors: Anchors): Placed | undefined {
  let base: number | undefined;
  let anchor: DateAnchor;
  if (raw.offset !== undefined) {
    base = published.parts?.y;
    anchor = 'published';
  } else {
    const from = anchors.isInOrder ? lastAnchor(raw, anchors) : findAnchor(raw, previous);
    base = from?.start !== undefined ? parseIso(from.start)?.y : undefined;
    anchor = 'previous-date';
  }
  const amount = (raw.offset ?? raw.anaphora)?.amount ?? 0;
  return placePartial(raw, raws, published, base !== undefined ? chosen(base + amount, anchor) : undefined);
}

function toMention(raw: RawDate, placed: Placed | undefined): DateMention {
  const precision = placed?.precision ?? raw.precision ?? precisionOfParts(raw.stated);
  const mention: { -readonly [K in keyof DateMention]: DateMention[K] } = {
    span: raw.span,
    text: raw.text,
    rule: raw.rule,
    sentence: raw.sentence,
    kind: placed?.kind ?? kindOf(raw),
    precision,
    certainty: placed?.certainty ?? certaintyOf(raw.stated, precision, undefined),
    stated: raw.stated,
    tense: raw.tense,
    attachment: raw.attachment,
  };
  // Note: optional fields are set one by one, not spread in: spreading makes a temporary object each.
  if (placed) {
    mention.start = placed.start;
    if (placed.end !== undefined) mention.end = placed.end;
    if (placed.anchoredTo) mention.anchoredTo = placed.anchoredTo;
  }
  if (raw.isHappeningDay) mention.isHappeningDay = true;
  if (raw.partOfDay) mention.partOfDay = raw.partOfDay;
  const offset = raw.offset ?? raw.anaphora;
  if (offset) mention.offset = offset;
  if (raw.isRecurring) mention.isRecurring = true;
  if (raw.isStamp) mention.isStamp = true;
  return mention;
}

function kindOf(raw: RawDate): DateKind {
  if (raw.anaphora) return 'anaphoric';
  if (raw.offset || (raw.stated.weekday !== undefined && raw.stated.month === undefined)) return 'relative';
  if (raw.statedEnd) return 'range';
  return raw.stated.year !== undefined ? 'absolute' : 'partial';
}

function precisionOfParts(parts: StatedParts): DatePrecision {
  if (parts.day !== undefined || parts.weekday !== undefined) return 'day';
  if (parts.month !== undefined) return 'month';
  return 'year';
}

/**
 * Certainty per part: stated where the text gives the part, implied otherwise.
 * Note: few combinations occur; each is one frozen object, shared by the mentions that have it.
 */
function certaintyOf(parts: StatedParts, precision: DatePrecision, yearStated: boolean | undefined): DateCertainty {
  const isYearStated = yearStated ?? parts.year !== undefined;
  const hasMonth = precision === 'day' || precision === 'week' || precision === 'month' || precision === 'season';
  const hasDay = precision === 'day' || precision === 'week';
  const isMonthStated = parts.month !== undefined;
  const isDayStated = parts.day !== undefined;
  const key = (isYearStated ? 1 : 0) | (hasMonth ? 2 : 0) | (hasMonth && isMonthStated ? 4 : 0) | (hasDay ? 8 : 0) | (hasDay && isDayStated ? 16 : 0);
  let certainty = CERTAINTIES[key];
  if (certainty === undefined) {
    const made: { -readonly [K in keyof DateCertainty]: DateCertainty[K] } = { year: isYearStated ? 'stated' : 'implied' };
    if (hasMonth) made.month = isMonthStated ? 'stated' : 'implied';
    if (hasDay) made.day = isDayStated ? 'stated' : 'implied';
    certainty = Object.freeze(made);
    CERTAINTIES[key] = certainty;
  }
  return certainty;
}

/** The certainties made so far, by the key `certaintyOf` makes of them. */
const CERTAINTIES: (DateCertainty | undefined)[] = [];

/** Every part implied, at a precision: one frozen object per precision, shared by the mentions that use it. */
const ALL_IMPLIED_BY_PRECISION = new Map<DatePrecision, DateCertainty>();
const ALL_IMPLIED = (precision: DatePrecision): DateCertainty => {
  let certainty = ALL_IMPLIED_BY_PRECISION.get(precision);
  if (certainty === undefined) {
    certainty = Object.freeze(certaintyOf({}, precision, false));
    ALL_IMPLIED_BY_PRECISION.set(precision, certainty);
  }
  return certainty;
};

/** ISO string of a year/month/day at a precision. */
function isoAt(precision: DatePrecision, y: number, m: number | undefined, d: number | undefined): string {
  if (precision === 'day' || precision === 'week') return isoOfDay(y, m ?? 1, d ?? 1);
  if (precision === 'month' || precision === 'season') return isoOf(y, m ?? 1);
  return isoOf(y);
}

function placeAbsolute(raw: RawDate): Placed | undefined {
  const end = raw.statedEnd;
  const y = raw.stated.year ?? end?.year;
  if (y === undefined) return undefined;
  const precision = raw.precision ?? precisionOfParts(raw.stated);
  const start = isoAt(precision, y, raw.stated.month, raw.stated.day);
  let endIso: string | undefined;
  if (end) {
    const month = end.month ?? raw.stated.month;
    let endYear = end.year ?? y;
    if (end.year === undefined && month !== undefined && raw.stated.month !== undefined && month < raw.stated.month) endYear += 1;
    endIso = isoAt(precision, endYear, month, end.day);
    if (endIso === start) endIso = undefined;
  }
  const kind = endIso !== undefined && !SINGLE_PERIODS.has(precision) ? 'range' : 'absolute';
  return placedAt(start, endIso, precision, kind, certaintyOf(raw.stated, precision, true), undefined);
}

/** A month or day without a year, in the year `named` (see `placeInNamedYear`), else the one `chooseYear` chooses. */
function placePartial(raw: RawDate, raws: readonly RawDate[], published: Published, named?: YearChoice): Placed | undefined {
  const month = raw.stated.month ?? 1;
  const day = raw.stated.day;
  const choice = named ?? chooseYear(raw, raws, published, month, day);
  if (!choice) return undefined;
  const precision = raw.precision ?? precisionOfParts(raw.stated);
  if (day !== undefined && !isValidDay(choice.year, month, day)) return undefined;
  const start = isoAt(precision, choice.year, month, day);
  let end: string | undefined;
  if (raw.statedEnd) {
    const endMonth = raw.statedEnd.month ?? month;
    const endYear = endMonth < month ? choice.year + 1 : choice.year;
    end = isoAt(precision, endYear, endMonth, raw.statedEnd.day);
    if (end === start) end = undefined;
  }
  return placedAt(start, end, precision, end !== undefined ? 'range' : 'partial', certaintyOf(raw.stated, precision, false), choice.anchor);
}

/** A year chosen for a date without one, and what it was taken from. */
interface YearChoice {
  readonly year: number;
  readonly anchor: DateAnchor;
}

/**
 * The one choice `chosen` returns, rewritten by each call. Note: as `PLACED`: a choice is read
 * right away and never kept; an object per date was garbage of a wall of dates.
 */
const CHOICE: { -readonly [K in keyof YearChoice]: YearChoice[K] } = { year: 0, anchor: 'published' };

/** A year choice; valid until the next call (see `CHOICE`). */
function chosen(year: number, anchor: DateAnchor): YearChoice {
  CHOICE.year = year;
  CHOICE.anchor = anchor;
  return CHOICE;
}

/** The year of a month-day without one; see `resolveDates`. Valid until the next call (see `CHOICE`). */
function chooseYear(raw: RawDate, raws: readonly RawDate[], published: Published, month: number, day: number | undefined): YearChoice | undefined {
  const pub = published.parts;
  const pubDay = published.day;
  if (raw.tense === 'future') {
    if (pubDay) {
      for (let year = pubDay.y; year <= pubDay.y + 1; year++) {
        const candidate = { y: year, m: month, d: Math.min(day ?? daysInMonth(year, month), daysInMonth(year, month)) };
        if (dayNumber(candidate) >= dayNumber(pubDay)) return chosen(year, 'published');
      }
    }
    return pub ? chosen(pub.y, 'published') : undefined;
  }
  const same = sameDateYear(raw, raws, month, day) ?? sentenceYear(raw, raws);
  if (same) return same;
  // "In January, a suicide bomber killed 80 people", on a page of November: the January before.
  if (raw.isPastAct && pub?.m !== undefined && day === undefined) return chosen(month <= pub.m ? pub.y : pub.y - 1, 'published');
  if (pubDay) return chosen(closestYear(pubDay, month, day, raw.stated.weekday), 'published');
  if (pub) return chosen(pub.y, 'published');
  return undefined;
}

/** A date that may lend its year to another, at its offset. */
interface YearSource {
  readonly raw: RawDate;
  readonly start: number;
  readonly year: number;
}

/**
 * The dates of a document that may lend their year (see `sameDateYear` and `sentenceYear`), in
 * text order, so that each date finds its lender by binary search. Note: a pass over every date of
 * the document for each date to place was quadratic ("Easter" thousands of times in a row).
 */
interface YearIndex {
  /** Dates with a year and a month, not future, not recurring: by month, and by month and each day they match (`monthKey`). */
  readonly sameDate: ReadonlyMap<number, readonly YearSource[]>;
  /** Dates with a year alone, by sentence and tense (`sentenceKey`). */
  readonly sentence: ReadonlyMap<number, readonly YearSource[]>;
}

/** Indexes already built, per `raws` array; `false` when the array is not in text order (the passes are used then). */
const YEAR_INDEXES = new WeakMap<readonly RawDate[], YearIndex | false>();

function yearIndexOf(raws: readonly RawDate[]): YearIndex | undefined {
  let index = YEAR_INDEXES.get(raws);
  if (index === undefined) {
    index = buildYearIndex(raws);
    YEAR_INDEXES.set(raws, index);
  }
  return index === false ? undefined : index;
}

function buildYearIndex(raws: readonly RawDate[]): YearIndex | false {
  const sameDate = new Map<number, YearSource[]>();
  const sentence = new Map<number, YearSource[]>();
  const add = (map: Map<number, YearSource[]>, key: number, source: YearSource): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [source]);
    else list.push(source);
  };
  let previousStart = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i] as RawDate;
    if (raw.span.start < previousStart) return false;
    previousStart = raw.span.start;
    const year = raw.stated.year ?? raw.statedEnd?.year;
    const month = raw.stated.month;
    if (year !== undefined && month !== undefined && raw.tense !== 'future' && !raw.isRecurring) {
      const source = { raw, start: raw.span.start, year };
      add(sameDate, monthKey(month, undefined), source);
      const low = raw.stated.day;
      const high = raw.statedEnd?.day ?? low;
      // a day at most one apart from the stated day or range (days of a month: 0 to 32 covers every neighbour)
      if (low !== undefined && high !== undefined) for (let day = Math.max(0, low - 1); day <= Math.min(32, high + 1); day++) add(sameDate, monthKey(month, day), source);
    }
    if (raw.stated.year !== undefined && raw.stated.month === undefined && raw.statedEnd === undefined) {
      add(sentence, sentenceKey(raw), { raw, start: raw.span.start, year: raw.stated.year });
    }
  }
  return { sameDate, sentence };
}

/**
 * The key of a month, or of a month and day (0 to 32), in `YearIndex.sameDate`.
 * Note: numbers, not strings ("4-20"): a string per date to place was most of the index's cost on a wall of dates.
 */
function monthKey(month: number, day: number | undefined): number {
  return month * 100 + (day ?? 99);
}

/** The key of a date's sentence and tense in `YearIndex.sentence`. */
function sentenceKey(raw: RawDate): number {
  return raw.sentence * 2 + (raw.tense === 'future' ? 1 : 0);
}

/** The first position in `sources` (sorted by start) whose start is at or after `start`. */
function firstAtOrAfter(sources: readonly YearSource[], start: number): number {
  return firstStartingAt(sources, start, (source) => source.start);
}

/** The year of a stated date of the document with the same month and a day at most one apart. */
function sameDateYear(
  raw: RawDate,
  raws: readonly RawDate[],
  month: number,
  day: number | undefined,
): YearChoice | undefined {
  const index = yearIndexOf(raws);
  if (index !== undefined) {
    // the nearest before (the first of equals), else the nearest after: as the pass below finds them
    const sources = index.sameDate.get(monthKey(month, day));
    if (sources === undefined) return undefined;
    const at = firstAtOrAfter(sources, raw.span.start);
    const nearestBefore = sources[at - 1];
    if (nearestBefore !== undefined) return chosen(sources[firstAtOrAfter(sources, nearestBefore.start)]?.year ?? nearestBefore.year, 'previous-date');
    const nearestAfter = sources[at]?.raw === raw ? sources[at + 1] : sources[at];
    return nearestAfter !== undefined ? chosen(nearestAfter.year, 'same-date') : undefined;
  }
  let before: { year: number; distance: number } | undefined;
  let after: { year: number; distance: number } | undefined;
  for (const other of raws) {
    if (other === raw || other.tense === 'future' || other.isRecurring) continue;
    const year = other.stated.year ?? other.statedEnd?.year;
    if (year === undefined || other.stated.month !== month) continue;
    if (day !== undefined) {
      const low = other.stated.day;
      const high = other.statedEnd?.day ?? low;
      if (low === undefined || high === undefined || day < low - 1 || day > high + 1) continue;
    }
    const distance = Math.abs(other.span.start - raw.span.start);
    if (other.span.start < raw.span.start) {
      if (!before || distance < before.distance) before = { year, distance };
    } else if (!after || distance < after.distance) after = { year, distance };
  }
  if (before) return chosen(before.year, 'previous-date');
  if (after) return chosen(after.year, 'same-date');
  return undefined;
}

/** The year a sentence states alone before a month and day ("In 1990, on January 20, ..."). */
function sentenceYear(raw: RawDate, raws: readonly RawDate[]): YearChoice | undefined {
  const index = yearIndexOf(raws);
  if (index !== undefined) {
    // the last year-only date before this one in its sentence, as the pass below finds it
    const sources = index.sentence.get(sentenceKey(raw));
    const last = sources?.[firstAtOrAfter(sources, raw.span.start) - 1];
    return last !== undefined ? chosen(last.year, 'previous-date') : undefined;
  }
  let found: number | undefined;
  for (const other of raws) {
    if (other.sentence !== raw.sentence || other.span.start >= raw.span.start) continue;
    if (other.stated.year !== undefined && other.stated.month === undefined && other.statedEnd === undefined && other.tense === raw.tense) {
      found = other.stated.year;
    }
  }
  return found !== undefined ? chosen(found, 'previous-date') : undefined;
}

/** Years `closestYear` chose, by `closestYearKey`, a few thousand at most (a document names few month-days, often many times). */
const CLOSEST_YEARS = new Map<number, number>();
const MAX_CLOSEST_YEARS = 4096;

/**
 * A number for a publication day and a month, day and weekday in their ordinary ranges; undefined
 * for any other (then the year is worked out each time).
 */
function closestYearKey(pubDay: Ymd, month: number, day: number | undefined, weekday: number | undefined): number | undefined {
  const { y, m, d } = pubDay;
  if (!(y >= 0 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= 31 && month >= 1 && month <= 12 && Number.isInteger(y + m + d + month))) return undefined;
  if (day !== undefined && !(day >= 0 && day <= 99 && Number.isInteger(day))) return undefined;
  if (weekday !== undefined && !(weekday >= 0 && weekday <= 6 && Number.isInteger(weekday))) return undefined;
  return ((((y * 13 + m) * 32 + d) * 13 + month) * 101 + (day ?? 100)) * 8 + (weekday ?? 7);
}

/**
 * The year (publication year or one either side) that puts month-day closest to the publication day, past first.
 * Note: worked out once per publication day, month, day and weekday: six day objects per date
 * were a good part of the garbage of a wall of "Dec. 5".
 */
function closestYear(pubDay: Ymd, month: number, day: number | undefined, weekday: number | undefined): number {
  const key = closestYearKey(pubDay, month, day, weekday);
  if (key === undefined) return workOutClosestYear(pubDay, month, day, weekday);
  let year = CLOSEST_YEARS.get(key);
  if (year === undefined) {
    if (CLOSEST_YEARS.size >= MAX_CLOSEST_YEARS) CLOSEST_YEARS.clear();
    year = workOutClosestYear(pubDay, month, day, weekday);
    CLOSEST_YEARS.set(key, year);
  }
  return year;
}

function workOutClosestYear(pubDay: Ymd, month: number, day: number | undefined, weekday: number | undefined): number {
  let best = pubDay.y;
  let bestCost = Number.POSITIVE_INFINITY;
  for (let year = pubDay.y - 1; year <= pubDay.y + 1; year++) {
    const last = daysInMonth(year, month);
    if (day !== undefined && day > last) continue;
    const first = { y: year, m: month, d: day ?? 1 };
    const end = { y: year, m: month, d: day ?? last };
    const pubNumber = dayNumber(pubDay);
    let cost: number;
    if (dayNumber(first) <= pubNumber + 1) cost = Math.max(0, pubNumber - dayNumber(end));
    else cost = futureCost(dayNumber(first) - pubNumber, day !== undefined);
    // A weekday that does not fit costs a month: it picks between the years around the reference
    // ("Friday, Jan. 5" in late December is the coming one) but is not worth a year's jump when
    // no year fits ("Monday (6/30)" on a page of July 1, when June 30 was a Tuesday).
    if (weekday !== undefined && day !== undefined && weekdayOf(first) !== weekday) cost += WEEKDAY_MISMATCH_COST;
    if (cost < bestCost) {
      bestCost = cost;
      best = year;
    }
  }
  return best;
}

/** A floating holiday: its year as for a partial date of its month, then its day in that year. */
function placeHoliday(raw: RawDate, holiday: FloatingHoliday, raws: readonly RawDate[], published: Published): Placed | undefined {
  const stated = raw.stated.year;
  if (stated !== undefined) return placedAt(holidayDay(holiday, stated), undefined, 'day', 'absolute', certaintyOf(HOLIDAY_PARTS, 'day', true), undefined);
  const choice = chooseYear(raw, raws, published, holiday === 'easter' ? 4 : holiday.month, undefined);
  if (!choice) return undefined;
  return placedAt(holidayDay(holiday, choice.year), undefined, 'day', 'partial', certaintyOf(HOLIDAY_PARTS, 'day', false), choice.anchor);
}

/** ISO days of floating holidays already worked out, by `holidayKey`, a few thousand at most (see `holidayDay`). */
const HOLIDAY_DAYS = new Map<number, string>();

/**
 * A number for a floating holiday in a year of 0-9999; undefined for any other year (then its day
 * is worked out each time).
 */
function holidayKey(holiday: FloatingHoliday, year: number): number | undefined {
  if (!(Number.isInteger(year) && year >= 0 && year <= 9999)) return undefined;
  if (holiday === 'easter') return year * 1000 + 999;
  const { month, weekday, nth } = holiday;
  if (!(Number.isInteger(month + weekday + nth) && month >= 1 && month <= 12 && weekday >= 0 && weekday <= 6 && nth >= -1 && nth <= 5)) return undefined;
  return year * 1000 + ((month - 1) * 7 + weekday) * 7 + nth + 1;
}

/**
 * The ISO day of a floating holiday in a year, worked out once per holiday and year. Note: a
 * document names few holidays, often many times; Easter's arithmetic and a new ISO string per
 * mention were most of the placing of a wall of "Easter".
 */
function holidayDay(holiday: FloatingHoliday, year: number): string {
  const key = holidayKey(holiday, year);
  let iso = key !== undefined ? HOLIDAY_DAYS.get(key) : undefined;
  if (iso === undefined) {
    iso = isoDay(holiday === 'easter' ? easterOf(year) : nthWeekday(year, holiday.month, holiday.weekday, holiday.nth));
    if (key !== undefined) {
      if (HOLIDAY_DAYS.size >= MAX_ISO_OF_DAY_NUMBER) HOLIDAY_DAYS.clear();
      HOLIDAY_DAYS.set(key, iso);
    }
  }
  return iso;
}

/** A holiday states its month and day (its year is stated or not). */
const HOLIDAY_PARTS: StatedParts = { month: 1, day: 1 };

function placeWeekday(raw: RawDate, weekday: number, published: Published): Placed | undefined {
  const pubDay = published.day;
  if (!pubDay) return undefined;
  const pubNumber = dayNumber(pubDay);
  const day = pubNumber + weekdayDelta(raw, weekday, weekdayOfNumber(pubNumber));
  const end = raw.isWeekend ? isoOfDayNumber(day + 1) : undefined;
  return placedAt(isoOfDayNumber(day), end, 'day', 'relative', ALL_IMPLIED('day'), 'published');
}

/** ISO strings of days already written, by `(y * 100 + m) * 100 + d`, a few thousand at most (see `isoOfDayNumber`). */
const ISO_OF_DAY = new Map<number, string>();

/** `isoOf(y, m, d)`, written once per day. */
function isoOfDay(y: number, m: number, d: number): string {
  // Note: keyed only for days of a real calendar range; anything else is written each time.
  if (!(m >= 1 && m <= 12 && d >= 0 && d <= 99 && y >= 0 && y <= 9999 && Number.isInteger(y + m + d))) return isoOf(y, m, d);
  const key = (y * 100 + m) * 100 + d;
  let iso = ISO_OF_DAY.get(key);
  if (iso === undefined) {
    if (ISO_OF_DAY.size >= MAX_ISO_OF_DAY_NUMBER) ISO_OF_DAY.clear();
    iso = isoOf(y, m, d);
    ISO_OF_DAY.set(key, iso);
  }
  return iso;
}

/** ISO strings of day numbers already written, a few thousand at most (a document names few days, often many times). */
const ISO_OF_DAY_NUMBER = new Map<number, string>();
const MAX_ISO_OF_DAY_NUMBER = 4096;

function isoOfDayNumber(n: number): string {
  let iso = ISO_OF_DAY_NUMBER.get(n);
  if (iso === undefined) {
    if (ISO_OF_DAY_NUMBER.size >= MAX_ISO_OF_DAY_NUMBER) ISO_OF_DAY_NUMBER.clear();
    iso = isoDay(fromDayNumber(n));
    ISO_OF_DAY_NUMBER.set(n, iso);
  }
  return iso;
}

/**
 * Days from the reference day to the weekday a mention names: "last" is the one before, "next" the
 * one after, "Tuesday last week" the one of the week before the reference's; a bare weekday is the
 * latest on or before the reference (past tense) or the first after it (future tense, "will be
 * arraigned Monday").
 */
function weekdayDelta(raw: RawDate, weekday: number, referenceWeekday: number): number {
  const back = (referenceWeekday - weekday + 7) % 7;
  const forward = (weekday - referenceWeekday + 7) % 7;
  switch (raw.weekdayModifier) {
    case 'last':
      return -(back || 7);
    case 'next':
      return forward || 7;
    case 'last-week': {
      // the weekday of the week (Monday to Sunday) before the reference's
      const sinceMonday = (referenceWeekday + 6) % 7;
      return back <= sinceMonday ? -back - 7 : -back;
    }
    default:
      return raw.tense === 'future' ? forward || (raw.weekdayModifier === 'this' ? 0 : 7) : -back;
  }
}

function placeRelative(raw: RawDate, offset: DateOffset, published: Published): Placed | undefined {
  const pub = published.parts;
  if (!pub) return undefined;
  return shift(raw, offset, pub, raw.rule === 'en/date/relative-unit', 'relative', 'published');
}

/** Moves a reference (to any precision) by an offset; a whole week for "last week" when `wholeWeek`. */
function shift(
  raw: RawDate,
  offset: DateOffset,
  base: { y: number; m?: number; d?: number },
  wholeWeek: boolean,
  kind: DateKind,
  anchoredTo: DateAnchor,
): Placed | undefined {
  if (offset.unit === 'year') {
    // "One year ago today", "five years ago this week": the reference's day (week, month) in that year.
    const y = base.y + offset.amount;
    const part = raw.precision;
    if ((part === 'day' || part === 'week') && base.m !== undefined && base.d !== undefined && isValidDay(y, base.m, base.d)) return placedAt(isoOf(y, base.m, base.d), undefined, part, kind, ALL_IMPLIED(part), anchoredTo);
    if (part === 'month' && base.m !== undefined) return placedAt(isoOf(y, base.m), undefined, 'month', kind, ALL_IMPLIED('month'), anchoredTo);
    return placedAt(isoOf(y), undefined, 'year', kind, ALL_IMPLIED('year'), anchoredTo);
  }
  if (base.m === undefined) return undefined;
  if (offset.unit === 'month') {
    const moved = addMonths({ y: base.y, m: base.m, d: 1 }, offset.amount);
    return placedAt(isoOf(moved.y, moved.m), undefined, 'month', kind, ALL_IMPLIED('month'), anchoredTo);
  }
  if (base.d === undefined) return undefined;
  const day = dayNumber({ y: base.y, m: base.m, d: base.d });
  if (offset.unit === 'week') {
    const moved = day + offset.amount * 7;
    if (!wholeWeek) return placedAt(isoOfDayNumber(moved), undefined, 'week', kind, ALL_IMPLIED('week'), anchoredTo);
    const monday = moved - ((weekdayOfNumber(moved) + 6) % 7);
    return placedAt(isoOfDayNumber(monday), isoOfDayNumber(monday + 6), 'week', kind, ALL_IMPLIED('week'), anchoredTo);
  }
  const precision = raw.precision === 'week' ? 'week' : 'day';
  return placedAt(isoOfDayNumber(day + offset.amount), undefined, precision, kind, ALL_IMPLIED(precision), anchoredTo);
}

function placeAnaphora(
  raw: RawDate,
  offset: DateOffset,
  anchor: { readonly start?: string; readonly end?: string } | undefined,
  anchoredTo: DateAnchor = 'previous-date',
): Placed | undefined {
  if (!anchor?.start) return undefined;
  const base = offset.amount > 0 && anchor.end !== undefined ? anchor.end : anchor.start;
  const parts = parseIso(base);
  if (!parts) return undefined;
  return shift(raw, offset, parts, false, 'anaphoric', anchoredTo);
}

/** The last placed day that times a clause, at most `ANAPHORA_REACH` sentences back. */
function findAnchor(raw: RawDate, previous: readonly DateMention[]): DateMention | undefined {
  for (let i = previous.length - 1; i >= 0; i--) {
    const candidate = previous[i];
    if (!candidate) continue;
    if (raw.sentence - candidate.sentence > ANAPHORA_REACH) return undefined;
    if (!isAnchor(candidate)) continue;
    if (candidate.tense !== raw.tense) continue;
    return candidate;
  }
  return undefined;
}

/**
 * `findAnchor` for mentions in sentence order: the last anchor of the tense, when it is in reach
 * (every mention after it is then in reach too, so the walk back would have found it).
 */
function lastAnchor(raw: RawDate, anchors: Anchors): DateMention | undefined {
  const candidate = anchors[raw.tense];
  return candidate !== undefined && raw.sentence - candidate.sentence <= ANAPHORA_REACH ? candidate : undefined;
}

/** A placed month, season or year that times a clause: what an anaphora after it in its sentence refers to (see `Anchors.coarseSentence`). */
function isCoarseAnchor(candidate: DateMention): boolean {
  if (candidate.start === undefined || candidate.isRecurring || candidate.isStamp || candidate.precision === 'day') return false;
  return candidate.attachment !== 'noun';
}

/** Whether an anaphora may count from a mention: a placed day that times a clause (or an anaphora itself). */
function isAnchor(candidate: DateMention): boolean {
  if (candidate.start === undefined || candidate.isRecurring || candidate.isStamp || candidate.precision !== 'day') return false;
  return candidate.attachment !== 'noun' || candidate.kind === 'anaphoric' || candidate.isHappeningDay === true;
}
