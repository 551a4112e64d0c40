import type { ParsingResult } from 'chrono-node';
import { EVENT_NOUNS, FUTURE_SOURCE, STAMP_SOURCE } from '../../../locales/en/dates.js';
import type { Sentence } from '../../../model/document.js';
import type { DocId, RuleId, Span } from '../../../model/span.js';
import type { DateOffset, DatePrecision, PartOfDay, StatedParts } from '../../../model/time.js';
import { createDateParser, type DateParser } from './config.js';
import { cueSentences } from './prefilter.js';

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
  readonly partOfDay?: PartOfDay;
  /** A holiday whose day depends on the year: the nth weekday of a month, or Easter. */
  readonly holiday?: FloatingHoliday;
  /** "last Saturday", "next Monday", "this Friday". */
  readonly weekdayModifier?: 'last' | 'next' | 'this';
  readonly isList: boolean;
  /** "the weekend", "last weekend": Saturday to Sunday. */
  readonly isWeekend: boolean;
  readonly isRecurring: boolean;
  /** A page stamp ("Posted: ...", "(Published ...)", "date 2021-01-20"). */
  readonly isStamp: boolean;
  readonly tense: 'past' | 'future';
  readonly attachment: 'clause' | 'noun';
}

/** A floating holiday: the nth (-1: last) weekday of a month, or Easter. */
export type FloatingHoliday = { readonly month: number; readonly weekday: number; readonly nth: number } | 'easter';

const LEADING_NOISE = /^[\s,(（]*(?:on\s+)?/i;
const TRAILING_NOISE = /[\s,)）]+$/;
/** "Posted: ", "(Published ", "Updated ", "date " right before a date. */
const STAMP_BEFORE = new RegExp(`\\b${STAMP_SOURCE}\\s*[:\\-\u2013]?\\s*(?:on\\s+)?$`, 'i');
const FUTURE = new RegExp(`\\b${FUTURE_SOURCE}\\b`, 'i');
const NOUN_BEFORE = /(?:\bof|['’]s)\s*$/i;
const THE_BEFORE = /\bthe\s*$/i;
const PREPOSITION_THE_BEFORE = /\b(?:on|in|during|at|by|since|until|after|before|from)\s+the\s*$/i;
const RELATIVE_CLAUSE = /,\s*(?:where|which|who|whom|whose)\b/i;
const NEXT_WORD = /^\s*([A-Za-z]+)/;
const SENTENCE_OPENING = /^[\s"“'‘(]*(?:(?:first|then|later|and|but|so)\s*,?\s*)?(?:on|in|at|during|by|since|from)?\s*$/i;

let sharedParser: DateParser | undefined;

/** The date parser, built on first use. */
function dateParser(): DateParser {
  sharedParser ??= createDateParser();
  return sharedParser;
}

/**
 * Reads the date expressions of a document's sentences with chrono-node and our rules. Only
 * sentences with a date cue are parsed, each with the rules of its cues (see `cueSentences`).
 * Sentences must be sorted by `start`. Results are in text order.
 *
 * @example parseDates('d1', text, sentences)[0] -> { text: 'January 20, 1990', stated: { year: 1990, month: 1, day: 20 }, ... }
 */
export function parseDates(docId: DocId, text: string, sentences: readonly Sentence[]): RawDate[] {
  const out: RawDate[] = [];
  const parser = dateParser();
  for (const { sentence, cues } of cueSentences(text, sentences)) {
    const sentenceText = text.slice(sentence.start, sentence.end);
    const results = parser.parse(sentenceText, cues);
    if (results.length === 0) continue;
    const facts = sentenceFacts(sentenceText);
    for (const result of results) {
      const raw = toRawDate(docId, text, sentence, sentenceText, facts, result);
      if (raw) out.push(raw);
    }
  }
  return out;
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
  const lead = LEADING_NOISE.exec(result.text)?.[0].length ?? 0;
  const trimmed = result.text.slice(lead).replace(TRAILING_NOISE, '');
  if (trimmed.length === 0) return undefined;
  const localStart = result.index + lead;
  const localEnd = localStart + trimmed.length;
  const start = sentence.start + localStart;
  const end = sentence.start + localEnd;
  const tags = readTags(result);
  const stated = statedParts(result.start);
  const statedEnd = result.end ? statedParts(result.end) : undefined;
  const modifier = /^\W*(?:on\s+)?(last|past|next|this)\b/i.exec(result.text)?.[1]?.toLowerCase();
  const raw: RawDate = {
    span: { doc: docId, start, end },
    text: text.slice(start, end),
    rule: tags.rule,
    sentence: sentence.index,
    stated,
    ...(statedEnd ? { statedEnd } : {}),
    ...(tags.precision ? { precision: tags.precision } : {}),
    ...(tags.offset ? { offset: tags.offset } : {}),
    ...(tags.anaphora ? { anaphora: tags.anaphora } : {}),
    ...(tags.partOfDay ? { partOfDay: tags.partOfDay } : {}),
    ...(tags.holiday ? { holiday: tags.holiday } : {}),
    ...(modifier && stated.weekday !== undefined ? { weekdayModifier: modifier === 'past' ? 'last' : (modifier as 'last') } : {}),
    isList: tags.isList,
    isWeekend: tags.isWeekend,
    isRecurring: tags.isRecurring,
    isStamp: STAMP_BEFORE.test(sentenceText.slice(Math.max(0, localStart - 25), localStart)),
    tense: facts.hasFuture ? tenseOf(sentenceText, localStart, localEnd) : 'past',
    attachment: attachmentOf(sentenceText, localStart, localEnd, facts),
  };
  return raw;
}

/** Everything the rules put in tags, read in one pass (chrono-node copies the tag set on every read). */
function readTags(result: ParsingResult): {
  rule: RuleId;
  precision?: DatePrecision;
  offset?: DateOffset;
  anaphora?: DateOffset;
  partOfDay?: PartOfDay;
  holiday?: FloatingHoliday;
  isList: boolean;
  isWeekend: boolean;
  isRecurring: boolean;
} {
  const out: ReturnType<typeof readTags> = { rule: 'en/date/chrono', isList: false, isWeekend: false, isRecurring: false };
  // Note: our tags are on the start components (`addTag` puts them there); reading those alone
  // spares chrono-node's copy of the start and end sets.
  for (const tag of result.start.tags()) {
    const colon = tag.indexOf(':');
    const name = colon < 0 ? tag : tag.slice(0, colon);
    const value = tag.slice(colon + 1);
    if (name === 'rule' && out.rule === 'en/date/chrono') out.rule = value;
    else if (name === 'precision') out.precision = value as DatePrecision;
    else if (name === 'offset') out.offset = parseOffset(value);
    else if (name === 'anaphora') out.anaphora = parseOffset(value);
    else if (name === 'pod') out.partOfDay = value as PartOfDay;
    else if (name === 'holiday') out.holiday = parseHoliday(value);
    else if (tag === 'list') out.isList = true;
    else if (tag === 'weekend') out.isWeekend = true;
    else if (tag === 'recurring') out.isRecurring = true;
  }
  return out;
}

function statedParts(components: ParsingResult['start']): StatedParts {
  const parts: { year?: number; month?: number; day?: number; weekday?: number } = {};
  for (const key of ['year', 'month', 'day', 'weekday'] as const) {
    if (components.isCertain(key)) {
      const value = components.get(key);
      if (value !== null) parts[key] = value;
    }
  }
  return parts;
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
 */
function tenseOf(sentence: string, start: number, end: number): 'past' | 'future' {
  const before = sentence.slice(Math.max(0, start - 60), start);
  const clauseBefore = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('.') + 1, 0));
  let after = sentence.slice(end, end + 40);
  if (!SENTENCE_OPENING.test(sentence.slice(0, start))) {
    const comma = after.indexOf(',');
    if (comma >= 0) after = after.slice(0, comma);
  }
  return FUTURE.test(clauseBefore) || FUTURE.test(after) ? 'future' : 'past';
}

/** `noun` when the date names or modifies a noun ("the tragedy of January 20", "the January 20 massacre"). */
function attachmentOf(sentence: string, start: number, end: number, facts: SentenceFacts): 'clause' | 'noun' {
  const before = sentence.slice(Math.max(0, start - 40), start);
  if (NOUN_BEFORE.test(before)) return 'noun';
  if (THE_BEFORE.test(before) && !PREPOSITION_THE_BEFORE.test(before)) return 'noun';
  if (facts.relativeClause >= 0 && facts.relativeClause < start) return 'noun';
  const next = NEXT_WORD.exec(sentence.slice(end, end + 30))?.[1]?.toLowerCase();
  if (next !== undefined && EVENT_NOUNS.has(next)) return 'noun';
  return 'clause';
}
