import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { isAsciiLetter, isDigit, isSameWord } from './rules/base.js';

/**
 * Our readings of the matches of chrono-node's month-name and slash parsers: the same patterns
 * (chrono-node's own), the same results, without chrono-node's per-match costs.
 * Note: chrono-node works out the implied year of "January 5" (the one closest to the reference)
 * with three `Date` objects and a duration object per match, and checks the text before a slash
 * date with an end-anchored pattern over the whole sentence; in a sentence of thousands of dates
 * ("May 5 to 7" over 100 KB) that was most of the time. Here the closest year is worked out once
 * per month and day, and the text before is read character by character. A match with a day or
 * year written in words or with an era ("the fifth", "2016 AD") is left to chrono-node's parser:
 * a reader returns `undefined` for it. Results are the same (checked on every sentence of the GVA
 * development set and on random date text, and in runner.test.ts against chrono-node itself).
 */
export type MatchReader = (context: ParsingContext, match: RegExpMatchArray) => ParsingResult | null | undefined;

/**
 * The reader of one of chrono-node's parsers, when we have one (by class name).
 * @example readerOf(new ENMonthNameParser()) // reads "January 2016", leaves "January 2016 AD" to chrono-node
 */
export function readerOf(parser: Parser): MatchReader | undefined {
  switch (parser.constructor.name) {
    case 'ENMonthNameParser':
      return readMonthName;
    case 'ENMonthNameLittleEndianParser':
      return readDayMonthName;
    case 'ENMonthNameMiddleEndianParser': {
      const shouldSkipYearLikeDate = (parser as { shouldSkipYearLikeDate?: boolean }).shouldSkipYearLikeDate === true;
      return (context, match) => readMonthNameDay(context, match, shouldSkipYearLikeDate);
    }
    case 'SlashDateFormatParser': {
      const groups = parser as { groupNumberMonth?: number; groupNumberDay?: number };
      const monthGroup = groups.groupNumberMonth;
      const dayGroup = groups.groupNumberDay;
      if (monthGroup === undefined || dayGroup === undefined) return undefined;
      return (context, match) => readSlashDate(context, match, monthGroup, dayGroup);
    }
    case 'ENSlashMonthFormatParser':
      return readSlashMonth;
    default:
      return undefined;
  }
}

/** The month of a name chrono-node's month pattern matched ("jan", "Jan.", "sept", "September"): its first three letters. */
const MONTH_OF_PREFIX: ReadonlyMap<string, number> = new Map(
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((prefix, index) => [prefix, index + 1] as const),
);
/** Full month names of three letters or fewer (chrono-node's `FULL_MONTH_NAME_DICTIONARY`): a match that short must be one. */
const SHORT_FULL_MONTH_NAMES: readonly string[] = ['may'];

/** Whether `name` is one of `SHORT_FULL_MONTH_NAMES`, whatever its case (compared in place). */
function isShortFullMonthName(name: string): boolean {
  for (let i = 0; i < SHORT_FULL_MONTH_NAMES.length; i++) if (isSameWord(name, 0, name.length, SHORT_FULL_MONTH_NAMES[i] as string)) return true;
  return false;
}
/** A year in digits alone (chrono-node's `YEAR_PATTERN` without an era). */
const DIGIT_YEAR = /^\d+$/;
const ONE_DIGIT_DOT_ONE_DIGIT = /^\d\.\d$/;
const DOTTED_TRIPLE = /^\d\.\d{1,2}\.\d{1,2}\s*$/;
const DOTTED_WITH_YEAR = /^\d{1,2}\.\d{1,2}\.\d{4}$/;

/** The month of each month prefix, by `prefixKey` of its three lower-case letters. */
const MONTH_OF_KEY: ReadonlyMap<number, number> = new Map([...MONTH_OF_PREFIX].map(([prefix, month]) => [prefixKey(prefix) as number, month] as const));

/** The three first characters of `name` lowered, as one number, when they are ASCII letters; otherwise undefined. */
function prefixKey(name: string): number | undefined {
  if (name.length < 3) return undefined;
  let key = 0;
  for (let i = 0; i < 3; i++) {
    const code = name.charCodeAt(i);
    if (!isAsciiLetter(code)) return undefined;
    key = (key << 8) | (code | 32);
  }
  return key;
}

/**
 * The month of a name, by its first three letters. Note: read from the character codes, without a
 * copy and a lower-case copy of the name per match (thousands in a wall of dates).
 */
function monthOf(name: string): number | undefined {
  const key = prefixKey(name);
  if (key === undefined) return MONTH_OF_PREFIX.get(name.slice(0, 3).toLowerCase());
  return MONTH_OF_KEY.get(key);
}

/** chrono-node's `parseYear` for digits: two-digit years are 1951-2050. */
function yearOf(digits: string): number {
  return mostLikelyYear(parseInt(digits, 10));
}

/** chrono-node's `findMostLikelyADYear`. */
function mostLikelyYear(year: number): number {
  if (year >= 100) return year;
  return year > 50 ? year + 1900 : year + 2000;
}

/** Whether the groups of a match are ones we read: days in digits, a year in digits (or absent). */
function isPlain(day: string | undefined, dayTo: string | undefined, year: string | undefined): boolean {
  return (day === undefined || isDigitOrdinal(day)) && (dayTo === undefined || isDigitOrdinal(dayTo)) && (year === undefined || DIGIT_YEAR.test(year));
}

/**
 * Whether a day chrono-node's `ORDINAL_NUMBER_PATTERN` matched is in digits ("5", "21st": one or
 * two digits, then "st", "nd", "rd" or "th" in any case); words are left to chrono-node.
 * Note: read character by character, not with a pattern: it runs twice per match in a wall of dates.
 */
function isDigitOrdinal(text: string): boolean {
  let digits = 0;
  while (digits < text.length && isDigit(text.charCodeAt(digits))) digits++;
  if (digits < 1 || digits > 2) return false;
  if (digits === text.length) return true;
  if (text.length !== digits + 2 || !isAsciiLetter(text.charCodeAt(digits)) || !isAsciiLetter(text.charCodeAt(digits + 1))) return false;
  return ORDINAL_SUFFIXES.has(((text.charCodeAt(digits) | 32) << 8) | (text.charCodeAt(digits + 1) | 32));
}

/** "st", "nd", "rd", "th" as two lower-case codes in one number. */
const ORDINAL_SUFFIXES: ReadonlySet<number> = new Set(['st', 'nd', 'rd', 'th'].map((suffix) => (suffix.charCodeAt(0) << 8) | suffix.charCodeAt(1)));

/** Closest years already worked out, by `month * 100 + day`, for the reference at `closestYearsOf`. */
const CLOSEST_YEARS = new Map<number, number>();
let closestYearsOf = Number.NaN;

/**
 * chrono-node's `findYearClosestToRef` for the reference a context carries, once per month and day.
 * Note: as chrono-node's, in the machine's time zone (`setMonth`, `setDate`, `setFullYear`).
 */
export function closestYear(context: ParsingContext, day: number, month: number): number {
  const reference = context.refDate;
  if (reference.getTime() !== closestYearsOf) {
    CLOSEST_YEARS.clear();
    closestYearsOf = reference.getTime();
  }
  const key = month * 100 + day;
  let year = CLOSEST_YEARS.get(key);
  if (year === undefined) {
    const date = new Date(reference);
    date.setMonth(month - 1);
    date.setDate(day);
    const next = new Date(date);
    next.setFullYear(next.getFullYear() + 1);
    const last = new Date(date);
    last.setFullYear(last.getFullYear() - 1);
    const distance = Math.abs(date.getTime() - reference.getTime());
    let closest = date;
    if (Math.abs(next.getTime() - reference.getTime()) < distance) closest = next;
    else if (Math.abs(last.getTime() - reference.getTime()) < distance) closest = last;
    year = closest.getFullYear();
    CLOSEST_YEARS.set(key, year);
  }
  return year;
}

/** `ENMonthNameParser`: "January", "in March 2016". Groups: 1 boundary, 2 "in", 3 month, 4 year. */
function readMonthName(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null | undefined {
  const boundary = (match[1] ?? '').length;
  const length = match[0].length - boundary;
  // Note: a match this short is the month name alone (no year, no "in"), tested before it is
  // copied in lower case: in a wall of "Dec. 5" every "Dec" before its dot is one, and refused.
  if (length <= 3 && !isShortFullMonthName(match[3] ?? '')) return null;
  const year = match[4];
  if (!isPlain(undefined, undefined, year)) return undefined;
  const index = (match.index ?? 0) + boundary;
  const name = (match[3] ?? '').toLowerCase();
  const month = monthOf(name);
  if (month === undefined) return undefined;
  const result = context.createParsingResult(index + (match[2] ?? '').length, index + length);
  result.start.imply('day', 1);
  result.start.addTag('parser/ENMonthNameParser');
  result.start.assign('month', month);
  if (year) result.start.assign('year', yearOf(year));
  else result.start.imply('year', closestYear(context, 1, month));
  return result;
}

/** `ENMonthNameLittleEndianParser`: "5 January", "5-7 January 2016". Groups: 1 boundary, 2 day, 3 day to, 4 month, 5 year. */
function readDayMonthName(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null | undefined {
  const dayText = match[2];
  const dayToText = match[3];
  const year = match[5];
  if (dayText === undefined || !isPlain(dayText, dayToText, year)) return undefined;
  const month = monthOf(match[4] ?? '');
  if (month === undefined) return undefined;
  const day = parseInt(dayText, 10);
  if (day > 31) return null;
  const boundary = (match[1] ?? '').length;
  const result = context.createParsingResult((match.index ?? 0) + boundary, match[0].slice(boundary));
  result.start.assign('month', month);
  result.start.assign('day', day);
  if (year) result.start.assign('year', yearOf(year));
  else result.start.imply('year', closestYear(context, day, month));
  if (dayToText) {
    result.end = result.start.clone();
    result.end.assign('day', parseInt(dayToText, 10));
  }
  return result;
}

/** `ENMonthNameMiddleEndianParser`: "January 5", "Jan. 5-7, 2016". Groups: 1 boundary, 2 month, 3 day, 4 day to, 5 year. */
function readMonthNameDay(context: ParsingContext, match: RegExpMatchArray, shouldSkipYearLikeDate: boolean): ParsingResult | null | undefined {
  const dayText = match[3];
  const dayToText = match[4];
  const year = match[5];
  if (dayText === undefined || !isPlain(dayText, dayToText, year)) return undefined;
  const month = monthOf(match[2] ?? '');
  if (month === undefined) return undefined;
  const day = parseInt(dayText, 10);
  if (day > 31) return null;
  if (shouldSkipYearLikeDate && !dayToText && !year && /^\d{2}$/.test(dayText)) return null;
  const boundary = (match[1] ?? '').length;
  // Note: assigned one by one, not from an object of known parts: that object and the loop over its keys were per match.
  const start = context.createParsingComponents().assign('day', day).assign('month', month).addTag('parser/ENMonthNameMiddleEndianParser');
  if (year) start.assign('year', yearOf(year));
  else start.imply('year', closestYear(context, day, month));
  const result = context.createParsingResult((match.index ?? 0) + boundary, match[0].slice(boundary), start);
  if (dayToText) {
    result.end = start.clone();
    result.end.assign('day', parseInt(dayToText, 10));
  }
  return result;
}

/** Whether `text[0, at)` ends with a digit, or a digit and a slash (chrono-node's `/\d\/?$/`). */
function endsWithDigit(text: string, at: number): boolean {
  if (at > 0 && isDigit(text.charCodeAt(at - 1))) return true;
  return at > 1 && text.charCodeAt(at - 1) === 47 && isDigit(text.charCodeAt(at - 2));
}

/** Whether `text` from `at` starts with a digit, or a slash and a digit (chrono-node's `/^\/?\d/`). */
function startsWithDigit(text: string, at: number): boolean {
  if (at < text.length && isDigit(text.charCodeAt(at))) return true;
  return at + 1 < text.length && text.charCodeAt(at) === 47 && isDigit(text.charCodeAt(at + 1));
}

/** `SlashDateFormatParser`: "6/14", "6/14/2016", "07-21-15". Groups: 1 opening, 2 first, 3 second, 4 year, 5 ending. */
function readSlashDate(context: ParsingContext, match: RegExpMatchArray, monthGroup: number, dayGroup: number): ParsingResult | null {
  const text = context.text;
  const index = (match.index ?? 0) + (match[1] ?? '').length;
  const indexEnd = (match.index ?? 0) + match[0].length - (match[5] ?? '').length;
  if (index > 0 && endsWithDigit(text, index)) return null;
  if (indexEnd < text.length && startsWithDigit(text, indexEnd)) return null;
  const dateText = text.substring(index, indexEnd);
  // Note: both patterns need a dot; most slash and dash dates have none and are not tested.
  if (dateText.includes('.') && (ONE_DIGIT_DOT_ONE_DIGIT.test(dateText) || DOTTED_TRIPLE.test(dateText))) return null;
  // Note: unlike chrono-node, a dotted date with a four-digit year is left to `en/date/dotted`,
  // which reads it day first ("03.04.2025" is 3 April), as those who write dots do.
  if (DOTTED_WITH_YEAR.test(dateText)) return null;
  if (!match[4] && dateText.indexOf('/') < 0) return null;
  let month = parseInt(match[monthGroup] ?? '', 10);
  let day = parseInt(match[dayGroup] ?? '', 10);
  if (month > 12) {
    if (day >= 1 && day <= 12 && month <= 31) [day, month] = [month, day];
    else return null;
  }
  if (day < 1 || day > 31) return null;
  const result = context.createParsingResult(index, dateText);
  result.start.assign('day', day);
  result.start.assign('month', month);
  const year = match[4];
  if (year) result.start.assign('year', mostLikelyYear(parseInt(year, 10)));
  else result.start.imply('year', closestYear(context, day, month));
  return result.addTag('parser/SlashDateFormatParser');
}

/** `ENSlashMonthFormatParser`: "3/2016". Groups: 1 boundary, 2 month, 3 year. */
function readSlashMonth(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
  const boundary = (match[1] ?? '').length;
  const index = (match.index ?? 0) + boundary;
  if (endsWithDigit(context.text, index)) return null;
  const result = context.createParsingResult(index, match[0].slice(boundary));
  result.start.imply('day', 1);
  result.start.assign('month', parseInt(match[2] ?? '', 10));
  result.start.assign('year', parseInt(match[3] ?? '', 10));
  return result;
}
