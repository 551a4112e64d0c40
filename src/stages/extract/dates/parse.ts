import type { ParsingResult } from 'chrono-node';
import { EVENT_NOUNS, FUTURE_SOURCE, HAPPENING_NOUN_SOURCE, type DateCueName } from '../../../locales/en/dates.js';
import type { Sentence } from '../../../model/document.js';
import type { DocId, RuleId, Span } from '../../../model/span.js';
import type { DateOffset, DatePrecision, PartOfDay, StatedParts } from '../../../model/time.js';
import { createDateParser, type DateParser } from './config.js';
import { cueSentences } from './prefilter.js';
import { isApostrophe, isAsciiLetter, isSameWord, isWhiteSpace, isWordCode } from './rules/base.js';
import { tagsOf } from './runner.js';
import { LAST_WEEK_END } from './rules/weekday.js';
import type { ReadingBudget, ReadingCut } from '../../reading-cut.js';

/**
 * A date expression as read, before it is placed on the calendar: what the text states, plus the
 * offsets and parts of day the rules found. Placing it needs the publication date and the other
 * dates of the document (see `resolveDates`).
 */
export interface RawDate {
  readonly span: Span;
  readonly text: string;
  readonly rule: RuleId;
  readonly sentence: number;
  readonly stated: StatedParts;
  readonly statedEnd?: StatedParts;
  /** Precision a rule set explicitly (decade, season, week...); otherwise it follows the stated parts. */
  readonly precision?: DatePrecision;
  /** Distance from the publication date ("30 years ago"). */
  readonly offset?: DateOffset;
  /** Distance from an earlier date of the document ("the next day"). */
  readonly anaphora?: DateOffset;
  /** The anaphora counts from the happening the report is about ("two days after the shooting"), not from the last date. */
  readonly isFromHappening?: boolean;
  readonly partOfDay?: PartOfDay;
  /** A holiday whose day depends on the year: the nth weekday of a month, or Easter. */
  readonly holiday?: FloatingHoliday;
  /** "last Saturday", "next Monday", "this Friday". */
  readonly weekdayModifier?: 'last' | 'next' | 'this' | 'last-week';
  readonly isList: boolean;
  /** "the weekend", "last weekend": Saturday to Sunday. */
  readonly isWeekend: boolean;
  readonly isRecurring: boolean;
  /** A page stamp ("Posted: ...", "(Published ...)", "date 2021-01-20"). */
  readonly isStamp: boolean;
  readonly tense: 'past' | 'future';
  readonly attachment: 'clause' | 'noun';
  /** See `DateMention.isHappeningDay`. */
  readonly isHappeningDay?: true;
  /**
   * A month without a day or a year that times a happening told in the past ("In January, a suicide
   * bomber killed 80 people"): that month is past, never the coming one (see `chooseYear`).
   */
  readonly isPastAct?: true;
}

/** A verb of a violent happening in the past tense, in a month's clause (`RawDate.isPastAct`). */
const PAST_ACT = /\b(?:killed|died|exploded|detonated|stormed|attacked|murdered|massacred|bombed|ambushed|abducted|kidnapped|wounded|injured|shot|opened fire|blew up|set fire|burned|torched|raided|clashed)\b/;
/** How far after a month its clause's verb is looked for. */
const PAST_ACT_REACH = 100;

/** A floating holiday: the nth (-1: last) weekday of a month, or Easter. */
export type FloatingHoliday = { readonly month: number; readonly weekday: number; readonly nth: number } | 'easter';

const LEADING_NOISE = /^[\s,(（]*(?:on\s+)?/i;
/** `/[\s,)）]+$/`: white space, commas and closing brackets ending a mention (see `withoutTrailingNoise`). */
function isTrailingNoise(code: number): boolean {
  return code === 44 || code === 41 || code === 0xff09 || isWhiteSpace(code);
}

/**
 * `text` without the white space, commas and closing brackets that end it. Note: read backwards
 * character by character; the end-anchored pattern was tried at every offset of every mention
 * ending with a dot ("Sat.").
 */
function withoutTrailingNoise(text: string): string {
  let end = text.length;
  while (end > 0 && isTrailingNoise(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}
const FUTURE = new RegExp(`\\b${FUTURE_SOURCE}\\b`, 'i');
/** A happening the date times: "a Wednesday night shooting", "Saturday's deadly attack". */
const HAPPENING_AFTER = new RegExp(`^(?:['’]s)?\\s+(?:[\\w-]+\\s+)?${HAPPENING_NOUN_SOURCE}\\b`, 'i');
/** "last", "next", "this" opening a weekday mention ("last Saturday"). */
const MODIFIER = /^\W*(?:on\s+)?(last|past|next|this)\b/i;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };
const RELATIVE_CLAUSE = /,\s*(?:where|which|who|whom|whose)\b/i;
/** Stamp words (`STAMP_SOURCE` without its two-word forms, whose last word is among these). */
const STAMP_WORDS: ReadonlySet<string> = new Set(['date', 'dated', 'published', 'posted', 'updated', 'created', 'modified']);
/** Prepositions after which "the" does not make a date a noun's ("on the night of ..."). */
const PREPOSITIONS_BEFORE_THE: ReadonlySet<string> = new Set(['on', 'in', 'during', 'at', 'by', 'since', 'until', 'after', 'before', 'from']);
/**
 * A list of related videos, each headline after its running time ("1:26 U.S. Rep. John Lewis makes
 * inspiring speech on Martin Luther King Day", "Pause 2:13 Tim Kaine accepts ..."): page furniture
 * that ingest left in, not the report; its dates are not read.
 */
const VIDEO_LIST = /^\W*(?:Pause\s+)?\d{1,2}:\d{2}\s+(?![ap]\.?\s?m\b)[A-Z]/i;
const SENTENCE_OPENING = /^[\s"“'‘(]*(?:(?:first|then|later|and|but|so)\s*,?\s*)?(?:on|in|at|during|by|since|from)?\s*$/i;

let sharedParser: DateParser | undefined;

/** The date parser, built on first use. */
function dateParser(): DateParser {
  sharedParser ??= createDateParser();
  return sharedParser;
}

/** Date candidates every document may read, whatever its length (see `dateBudget`). */
const BASE_CANDIDATES = 500;
/** One more date candidate per so many characters of a document (see `dateBudget`). */
const CHARS_PER_CANDIDATE = 100;

/**
 * How many date candidates (a rule's match it accepted, before overlaps are removed) a document of
 * `length` characters may read: 500, and one more per 100 characters. Reports need far fewer: in
 * the GVA development set the most a document reads is 264 candidates (in 36 KB), the densest one
 * per 31 characters over 2 KB (60 candidates). Every candidate costs a few microseconds (its
 * patterns, its result, the refiners, its placing), so a 100 KB wall of dates in one sentence
 * ("Monday " x 14,000) took 70-160 ms and one of fractions ("1/2 " x 25,000, every candidate
 * refused) 40 ms: a wall or table of dates is no report. Bounded, reading any 100 KB costs at most
 * 1,500 candidates (10-25 ms).
 *
 * @example dateBudget(100_000) === 1_500
 */
export function dateBudget(length: number): number {
  return BASE_CANDIDATES + Math.floor(length / CHARS_PER_CANDIDATE);
}

/**
 * Reads the date expressions of a document's sentences with chrono-node and our rules. Only
 * sentences with a date cue are parsed, each with the rules of its cues (see `cueSentences`).
 * Sentences must be sorted by `start`. Results are in text order. A text with more date
 * candidates than `dateBudget` allows is read up to the first one over it, and `onCut` told where.
 *
 * @example parseDates('d1', text, sentences)[0] -> { text: 'January 20, 1990', stated: { year: 1990, month: 1, day: 20 }, ... }
 */
export function parseDates(docId: DocId, text: string, sentences: readonly Sentence[], onCut?: (cut: ReadingCut) => void): RawDate[] {
  const out: RawDate[] = [];
  const parser = dateParser();
  const limit = dateBudget(text.length);
  const budget: ReadingBudget = { left: limit };
  // Note: a sentence that comes again (a page's repeated line, a wall of "Dec.") is read once: its
  // dates are a function of its text and cues, so a repeat takes the first reading's dates, moved
  // (one candidate each).
  // Note: loops over dates go by index: a `for...of` made an iterator result per date where its
  // function was not optimized (this one and `resolveDates` run once per document).
  const seen = new Map<ReadonlySet<DateCueName>, Map<string, SentenceReading>>();
  for (const { sentence, cues } of cueSentences(text, sentences)) {
    const sentenceText = text.slice(sentence.start, sentence.end);
    let byText = seen.get(cues);
    if (byText === undefined) {
      byText = new Map();
      seen.set(cues, byText);
    }
    const earlier = byText.get(sentenceText);
    if (earlier !== undefined) {
      // Each copied date costs a candidate too: it is placed on the calendar like the others ("Sat." x 25,000).
      if (earlier.raws.length > budget.left) {
        onCut?.({ offset: sentence.start, candidates: limit });
        break;
      }
      budget.left -= earlier.raws.length;
      for (let i = 0; i < earlier.raws.length; i++) out.push(moved(earlier.raws[i] as RawDate, sentence, sentence.start - earlier.start));
      continue;
    }
    const raws = readSentence(docId, text, sentence, sentenceText, cues, parser, budget);
    for (let i = 0; i < raws.length; i++) out.push(raws[i] as RawDate);
    if (budget.stoppedAt !== undefined) {
      onCut?.({ offset: sentence.start + budget.stoppedAt, candidates: limit });
      break;
    }
    byText.set(sentenceText, { start: sentence.start, raws });
  }
  return out;
}

/** The dates read in a sentence, and where that sentence starts. */
interface SentenceReading {
  readonly start: number;
  readonly raws: readonly RawDate[];
}

function readSentence(
  docId: DocId,
  text: string,
  sentence: Sentence,
  sentenceText: string,
  cues: ReadonlySet<DateCueName>,
  parser: DateParser,
  budget: ReadingBudget,
): RawDate[] {
  if (VIDEO_LIST.test(sentenceText)) return [];
  const results = parser.parse(sentenceText, cues, budget);
  if (results.length === 0) return [];
  const out: RawDate[] = [];
  const facts = sentenceFacts(sentenceText);
  // Note: each result is let go once read (the array is ours): in a sentence of thousands of
  // dates, results still held were copied by every collection of young objects while their raw
  // dates were made.
  const pending: (ParsingResult | undefined)[] = results;
  for (let i = 0; i < pending.length; i++) {
    const raw = toRawDate(docId, text, sentence, sentenceText, facts, pending[i] as ParsingResult);
    pending[i] = undefined;
    if (raw) out.push(raw);
  }
  return out;
}

/** A date read in an earlier sentence of the same text, moved by `shift` into `sentence`. */
function moved(raw: RawDate, sentence: Sentence, shift: number): RawDate {
  return { ...raw, span: { doc: raw.span.doc, start: raw.span.start + shift, end: raw.span.end + shift }, sentence: sentence.index };
}

/** What is known of a sentence as a whole, tested once for all its dates. */
interface SentenceFacts {
  readonly hasFuture: boolean;
  /** Offset of the first ", where/which/who" or -1. */
  readonly relativeClause: number;
}

function sentenceFacts(sentence: string): SentenceFacts {
  const relative = RELATIVE_CLAUSE.exec(sentence);
  return { hasFuture: FUTURE.test(sentence), relativeClause: relative ? relative.index : -1 };
}

function toRawDate(
  docId: DocId,
  text: string,
  sentence: Sentence,
  sentenceText: string,
  facts: SentenceFacts,
  result: ParsingResult,
): RawDate | undefined {
  // Note: the noise patterns only for a mention that may have noise: most start with a letter or
  // digit and end with one (a match array and a copy per mention, on a wall of "'90s").
  const lead = isPlainEdge(result.text.charCodeAt(0), true) ? 0 : (LEADING_NOISE.exec(result.text)?.[0].length ?? 0);
  let trimmed = lead === 0 ? result.text : result.text.slice(lead);
  if (!isPlainEdge(trimmed.charCodeAt(trimmed.length - 1), false)) trimmed = withoutTrailingNoise(trimmed);
  // "Tuesday (January 3)": a bracket the mention opens, it also closes.
  if (trimmed.includes('(') && !trimmed.includes(')') && result.text.slice(lead + trimmed.length).startsWith(')')) trimmed += ')';
  if (trimmed.length === 0) return undefined;
  const localStart = result.index + lead;
  const localEnd = localStart + trimmed.length;
  // A date of birth names a person; it dates no happening of the report.
  if (isBirthDate(sentenceText, localStart, localEnd)) return undefined;
  const start = sentence.start + localStart;
  const end = sentence.start + localEnd;
  const tags = readTags(result);
  const stated = statedParts(result.start);
  const statedEnd = result.end ? statedParts(result.end) : undefined;
  const raw: Mutable<RawDate> = {
    span: { doc: docId, start, end },
    // Note: the mention's own text when it is the document's there (nearly always): no copy.
    text: trimmed.length === end - start && text.startsWith(trimmed, start) ? trimmed : text.slice(start, end),
    rule: tags.rule,
    sentence: sentence.index,
    stated,
    isList: tags.isList,
    isWeekend: tags.isWeekend,
    isRecurring: tags.isRecurring,
    isStamp: isStampBefore(sentenceText, localStart),
    tense: facts.hasFuture ? tenseOf(sentenceText, localStart, localEnd) : 'past',
    attachment: attachmentOf(sentenceText, localStart, localEnd, facts),
  };
  // Note: optional fields are set one by one, not spread in: spreading makes a temporary object each.
  if (statedEnd) raw.statedEnd = statedEnd;
  if (tags.precision) raw.precision = tags.precision;
  if (raw.attachment === 'noun' && !(facts.relativeClause >= 0 && facts.relativeClause < localStart) && !isWordBefore(sentenceText, skipSpacesBack(sentenceText, localStart), OF) && isEventNounAfter(sentenceText, afterPossessive(sentenceText, localEnd))) raw.isHappeningDay = true;
  if (raw.tense === 'past' && stated.month !== undefined && stated.day === undefined && stated.year === undefined && statedEnd === undefined && PAST_ACT.test(sentenceText.slice(localEnd, localEnd + PAST_ACT_REACH))) raw.isPastAct = true;
  if (tags.offset) raw.offset = tags.offset;
  if (tags.anaphora) raw.anaphora = tags.anaphora;
  if (tags.isFromHappening) raw.isFromHappening = true;
  if (tags.partOfDay) raw.partOfDay = tags.partOfDay;
  if (tags.holiday) raw.holiday = tags.holiday;
  if (stated.weekday !== undefined && mayOpenWithModifier(result.text.charCodeAt(0))) {
    const modifier = MODIFIER.exec(result.text)?.[1]?.toLowerCase();
    if (modifier) raw.weekdayModifier = modifier === 'past' ? 'last' : (modifier as 'last');
  }
  if (stated.weekday !== undefined && raw.weekdayModifier === undefined && LAST_WEEK_END.test(result.text)) raw.weekdayModifier = 'last-week';
  return raw;
}

/** Everything the rules put in tags, read in one pass. */
interface TagFacts {
  readonly rule: RuleId;
  readonly precision?: DatePrecision;
  readonly offset?: DateOffset;
  readonly anaphora?: DateOffset;
  readonly partOfDay?: PartOfDay;
  readonly holiday?: FloatingHoliday;
  readonly isList: boolean;
  readonly isWeekend: boolean;
  readonly isRecurring: boolean;
  readonly isFromHappening?: boolean;
}

/** A node of the tree `readTags` keeps: the facts of the tags on the way to it, and the nodes after it by next tag. */
interface TagNode {
  facts: TagFacts | undefined;
  readonly next: Map<string, TagNode>;
}

/**
 * The root of the facts of the tag lists already read, as a tree by tag (the same tags in the
 * same order read the same), a few thousand lists at most. Note: a document's dates carry few
 * distinct tag lists; reading each once spares an object per date (the facts are frozen and shared).
 */
let tagFactsRoot: TagNode = { facts: undefined, next: new Map() };
let tagNodes = 0;
const MAX_TAG_NODES = 4096;

/** The facts of a result's tags (chrono-node copies the tag set on every read). */
function readTags(result: ParsingResult): TagFacts {
  // Note: our tags are on the start components (`addTag` puts them there); reading those alone
  // spares chrono-node's copy of the start and end sets (and light results need no copy at all).
  const tags = tagsOf(result);
  if (tagNodes >= MAX_TAG_NODES) {
    tagFactsRoot = { facts: undefined, next: new Map() };
    tagNodes = 0;
  }
  let node = tagFactsRoot;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i] as string;
    let next = node.next.get(tag);
    if (next === undefined) {
      next = { facts: undefined, next: new Map() };
      node.next.set(tag, next);
      tagNodes++;
    }
    node = next;
  }
  node.facts ??= Object.freeze(factsOf(tags));
  return node.facts;
}

function factsOf(tags: Iterable<string>): TagFacts {
  const out: { -readonly [K in keyof TagFacts]: TagFacts[K] } = { rule: 'en/date/chrono', isList: false, isWeekend: false, isRecurring: false };
  for (const tag of tags) {
    const reading = readingOf(tag);
    const name = reading.name;
    if (name === 'rule' && out.rule === 'en/date/chrono') out.rule = reading.value;
    else if (name === 'precision') out.precision = reading.value as DatePrecision;
    else if (name === 'offset' && reading.offset) out.offset = reading.offset;
    else if (name === 'anaphora' && reading.offset) out.anaphora = reading.offset;
    else if (name === 'pod') out.partOfDay = reading.value as PartOfDay;
    else if (name === 'holiday' && reading.holiday) out.holiday = reading.holiday;
    else if (tag === 'list') out.isList = true;
    else if (tag === 'weekend') out.isWeekend = true;
    else if (tag === 'recurring') out.isRecurring = true;
    else if (tag === 'happening') out.isFromHappening = true;
  }
  return out;
}

/**
 * Whether a text starting with `code` may match `MODIFIER`: it starts with a sign or space (`\W`),
 * or with the first letter of "on" or of a modifier. Note: most weekdays ("Saturday") do not, and
 * are not matched against it.
 */
function mayOpenWithModifier(code: number): boolean {
  if (!(isAsciiLetter(code) || (code >= 48 && code <= 57) || code === 95)) return true;
  const lower = code | 32;
  return lower === 111 || lower === 108 || lower === 112 || lower === 110 || lower === 116; // o, l, p, n, t
}

/**
 * Whether a mention's first (`isStart`) or last character is a letter or digit that no noise
 * pattern takes: an ASCII letter or digit ("o" may start "on ") or an apostrophe ("'90s").
 */
function isPlainEdge(code: number, isStart: boolean): boolean {
  if (code >= 48 && code <= 57) return true;
  if (code === 39 || code === 0x2019) return true;
  if (isStart && (code === 111 || code === 79)) return false;
  return isAsciiLetter(code);
}

function statedParts(components: ParsingResult['start']): StatedParts {
  const year = certainPart(components, 'year');
  const month = certainPart(components, 'month');
  const day = certainPart(components, 'day');
  const weekday = certainPart(components, 'weekday');
  // Note: the shared parts are looked up before an object is made (see `SHARED_PARTS`).
  const key = partsKey(year, month, day, weekday);
  const shared = key !== undefined ? SHARED_PARTS.get(key) : undefined;
  if (shared !== undefined) return shared;
  const parts: { year?: number; month?: number; day?: number; weekday?: number } = {};
  if (year !== undefined) parts.year = year;
  if (month !== undefined) parts.month = month;
  if (day !== undefined) parts.day = day;
  if (weekday !== undefined) parts.weekday = weekday;
  return key !== undefined ? sharedParts(key, parts) : parts;
}

/** A component the text states, or undefined. */
function certainPart(components: ParsingResult['start'], key: 'year' | 'month' | 'day' | 'weekday'): number | undefined {
  if (!components.isCertain(key)) return undefined;
  return components.get(key) ?? undefined;
}

/**
 * Stated parts already made, frozen and shared by the mentions that state them, by `partsKey`.
 * Note: a document states few distinct dates, often many times; an object per mention was a good
 * part of the garbage of a wall of dates.
 */
const SHARED_PARTS = new Map<number, StatedParts>();
const MAX_SHARED_PARTS = 4096;

function sharedParts(key: number, parts: StatedParts): StatedParts {
  if (SHARED_PARTS.size >= MAX_SHARED_PARTS) SHARED_PARTS.clear();
  const shared = Object.freeze(parts);
  SHARED_PARTS.set(key, shared);
  return shared;
}

/**
 * A number for parts in ordinary ranges (years 0-9999), each part or its absence; undefined for
 * any other ("1 BC" is the year -1).
 */
function partsKey(yearPart: number | undefined, monthPart: number | undefined, dayPart: number | undefined, weekdayPart: number | undefined): number | undefined {
  const year = partKey(yearPart, 9999);
  const month = partKey(monthPart, 12);
  const day = partKey(dayPart, 31);
  const weekday = partKey(weekdayPart, 6);
  if (year === undefined || month === undefined || day === undefined || weekday === undefined) return undefined;
  return ((year * 14 + month) * 33 + day) * 8 + weekday;
}

/** 0 for an absent part, the part plus one for a whole number from 0 to `max`, undefined otherwise. */
function partKey(value: number | undefined, max: number): number | undefined {
  if (value === undefined) return 0;
  return Number.isInteger(value) && value >= 0 && value <= max ? value + 1 : undefined;
}

/** A tag read: its name, its value, and the offset or holiday the value names. */
interface TagReading {
  readonly name: string;
  readonly value: string;
  readonly offset?: DateOffset;
  readonly holiday?: FloatingHoliday;
}

/**
 * Tags already read, a few thousand at most. Note: a document's dates carry few distinct tags
 * ("precision:day", "offset:-1:day"); reading each once spares slices and an offset object per
 * date (offsets and holidays are frozen and shared by the mentions that carry them).
 */
const TAG_READINGS = new Map<string, TagReading>();
const MAX_TAG_READINGS = 4096;

function readingOf(tag: string): TagReading {
  let reading = TAG_READINGS.get(tag);
  if (reading === undefined) {
    const colon = tag.indexOf(':');
    const name = colon < 0 ? tag : tag.slice(0, colon);
    const value = tag.slice(colon + 1);
    const made: { -readonly [K in keyof TagReading]: TagReading[K] } = { name, value };
    if (name === 'offset' || name === 'anaphora') made.offset = Object.freeze(parseOffset(value));
    else if (name === 'holiday') {
      const holiday = parseHoliday(value);
      made.holiday = typeof holiday === 'string' ? holiday : Object.freeze(holiday);
    }
    reading = made;
    if (TAG_READINGS.size >= MAX_TAG_READINGS) TAG_READINGS.clear();
    TAG_READINGS.set(tag, reading);
  }
  return reading;
}

function parseHoliday(value: string): FloatingHoliday {
  if (value === 'easter') return 'easter';
  const [month, weekday, nth] = value.split(':').map(Number);
  return { month: month ?? 1, weekday: weekday ?? 0, nth: nth ?? 1 };
}

function parseOffset(tag: string): DateOffset {
  const [amount, unit] = tag.split(':');
  return { amount: Number(amount), unit: unit as DateOffset['unit'] };
}

/**
 * `future` when the clause around the date announces something. The window after the date stops at
 * a comma unless the date opens the sentence ("On January 20, 2025, Britain will mark ...").
 * A date that times a happening noun stays past ("victims of a Wednesday night shooting are expected to survive").
 */
function tenseOf(sentence: string, start: number, end: number): 'past' | 'future' {
  if (HAPPENING_AFTER.test(sentence.slice(end, end + 40))) return 'past';
  const before = sentence.slice(Math.max(0, start - 60), start);
  const clauseBefore = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('.') + 1, 0));
  let after = sentence.slice(end, end + 40);
  if (!SENTENCE_OPENING.test(sentence.slice(0, start))) {
    const comma = after.indexOf(',');
    if (comma >= 0) after = after.slice(0, comma);
  }
  return FUTURE.test(clauseBefore) || FUTURE.test(after) ? 'future' : 'past';
}

/**
 * `noun` when the date names or modifies a noun ("the tragedy of January 20", "Saturday's shooting",
 * "the January 20 massacre", "a July 30 court date"), not after "on the", "in the"...
 * Note: read word by word backwards and forwards: end-anchored patterns were tried at every offset.
 */
function attachmentOf(sentence: string, start: number, end: number, facts: SentenceFacts): 'clause' | 'noun' {
  const at = skipSpacesBack(sentence, start);
  // "a July 30 court date", "an Oct. 5 hearing": a date after an article is a noun's
  // ("as of June 15" times the clause: a count up to that day)
  if ((isWordBefore(sentence, at, OF) && !isWordBefore(sentence, skipSpacesBack(sentence, at - 2), AS)) || isWordBefore(sentence, at, INDEFINITE)) return 'noun';
  if (at >= 2 && (sentence.charCodeAt(at - 1) | 32) === 115 && isApostrophe(sentence.charCodeAt(at - 2))) return 'noun';
  if (isWordBefore(sentence, at, THE)) {
    if (!isWordBefore(sentence, skipSpacesBack(sentence, at - 3), PREPOSITION_BEFORE_THE_LIST)) return 'noun';
  }
  if (facts.relativeClause >= 0 && facts.relativeClause < start) return 'noun';
  return isEventNounAfter(sentence, end) ? 'noun' : 'clause';
}

/** The words of a date of birth right before it: "DOB", "D.O.B.:", "date of birth", "born on", "born in". */
const BIRTH_BEFORE = /\b(?:DOB|D\.O\.B\.?|[Dd]ate of [Bb]irth|[Bb]irth ?date|[Bb]orn(?:\s+(?:on|in))?)\s*[:(–-]?\s*$/;
/**
 * A person's height or weight right after a date, as a wanted or missing person's notice gives them
 * after the date of birth: "09/15/1991  5’9” 155-160 lbs", "5 ft 9", "160 pounds".
 */
const BODY_AFTER = /^[^\S\n]*\|?[^\S\n]*(?:\d[’'′]\s?\d{1,2}\b|\d\s?(?:ft|feet)\b|\d{2,3}(?:\s*-\s*\d{2,3})?\s*(?:lbs?|pounds)\b)/;
/** How far before a date its birth words may stand, and after it a height or weight. */
const BIRTH_REACH = 24;

/**
 * Whether the date at [start, end) of a sentence is a date of birth: "Timothy Caston (DOB
 * 07/19/98)", "born on March 3, 1990", a wanted notice's "09/15/1991 5’9” 160 lbs" (a date in
 * digits followed by a height or weight).
 */
function isBirthDate(sentence: string, start: number, end: number): boolean {
  if (BIRTH_BEFORE.test(sentence.slice(Math.max(0, start - BIRTH_REACH), start))) return true;
  // Note: only a date in digits, as notices write it, and right before the height or weight: "On
  // 09/15/2015, 200 pounds of marijuana were seized" is a day.
  return NUMERIC_DATE.test(sentence.slice(start, end)) && BODY_AFTER.test(sentence.slice(end, end + BIRTH_REACH));
}
/** A date in digits only: "09/15/1991", "7-19-98", "1991-09-15". */
const NUMERIC_DATE = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}$/;

/** Whether the words right before `start` make the date a page stamp ("Posted: ", "(Published ", "Updated on ", "date "). */
function isStampBefore(sentence: string, start: number): boolean {
  let at = skipSpacesBack(sentence, start);
  if (isWordBefore(sentence, at, ON) && at < start) at = skipSpacesBack(sentence, at - 2);
  const code = sentence.charCodeAt(at - 1);
  if (code === 58 || code === 45 || code === 0x2013) at = skipSpacesBack(sentence, at - 1);
  return isWordBefore(sentence, at, STAMP_WORD_LIST);
}

const OF: readonly string[] = ['of'];
const INDEFINITE: readonly string[] = ['a', 'an'];
const AS: readonly string[] = ['as'];
const THE: readonly string[] = ['the'];
const ON: readonly string[] = ['on'];
/** `STAMP_WORDS` and `PREPOSITIONS_BEFORE_THE` as lists, for `isWordBefore`. */
const STAMP_WORD_LIST: readonly string[] = [...STAMP_WORDS];
const PREPOSITION_BEFORE_THE_LIST: readonly string[] = [...PREPOSITIONS_BEFORE_THE];


/** The offset before the spaces that end `text[0, at)`. */
function skipSpacesBack(text: string, at: number): number {
  while (at > 0 && text.charCodeAt(at - 1) <= 32) at--;
  return at;
}

/**
 * Whether the ASCII word that ends right at `at`, when a word boundary comes before it, is one of
 * `words` (lower case), whatever its case. Note: each word is compared in place where it would
 * start, and the character before it must not extend it: a lower-case copy of the word before each
 * date was a good part of the garbage of a wall of dates, and reading that word back letter by
 * letter, once per list, a good part of its time ("Monday Monday ...").
 */
function isWordBefore(text: string, at: number, words: readonly string[]): boolean {
  if (at === 0 || !isAsciiLetter(text.charCodeAt(at - 1))) return false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const start = at - word.length;
    if (start >= 0 && isSameWord(text, start, at, word) && (start === 0 || !isWordCode(text.charCodeAt(start - 1)))) return true;
  }
  return false;
}

/** Whether `text[start, end)`, ASCII letters, is one of `words` (lower case) in any case. */
function isWordIn(text: string, start: number, end: number, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (isSameWord(text, start, end, words[i] as string)) return true;
  return false;
}

/** The ASCII word after the spaces at `at` (lower case). */
/** `at`, or past the "'s" that starts there ("Saturday's shooting"). */
function afterPossessive(text: string, at: number): number {
  return isApostrophe(text.charCodeAt(at)) && (text.charCodeAt(at + 1) | 32) === 115 && !isAsciiLetter(text.charCodeAt(at + 2)) ? at + 2 : at;
}

function isEventNounAfter(text: string, at: number): boolean {
  while (at < text.length && text.charCodeAt(at) <= 32) at++;
  let end = at;
  while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++;
  // Note: compared in place with the nouns of the word's length, without a lower-case copy of it.
  const nouns = end > at ? EVENT_NOUNS_BY_LENGTH.get(end - at) : undefined;
  return nouns !== undefined && isWordIn(text, at, end, nouns);
}

/** `EVENT_NOUNS` by length (lower case; a noun that is not ASCII letters is left out, as `isEventNounAfter` reads only those). */
const EVENT_NOUNS_BY_LENGTH: ReadonlyMap<number, readonly string[]> = (() => {
  const byLength = new Map<number, string[]>();
  for (const noun of EVENT_NOUNS) {
    if (!/^[a-z]+$/.test(noun)) continue;
    const list = byLength.get(noun.length) ?? [];
    list.push(noun);
    byLength.set(noun.length, list);
  }
  return byLength;
})();
