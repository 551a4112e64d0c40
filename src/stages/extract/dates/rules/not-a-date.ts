import type { ParsingContext, ParsingResult } from 'chrono-node';
import {
  AFTERMATH_SOURCE,
  DEATH_SOURCE,
  EVENT_NOUNS,
  HAPPENING_NOUN_SOURCE,
  MONTH_ALONE_PRECEDERS,
  MONTHS,
  ONE_DAY_NOUN_SOURCE,
  SLASH_NAME_FOLLOWERS,
  SLASH_NAME_PRECEDERS,
  VERSION_SOURCE,
  VIOLENCE_SOURCE,
  WEEKDAY_DETERMINERS,
  WEEKDAY_NAME_PRECEDERS,
  WEEKDAY_NOUN_EXCEPTIONS,
  WEEKDAYS,
} from '../../../../locales/en/dates.js';
import { isApostrophe, isAsciiLetter, isDigit, isLowerAsciiLetter, isSameWord, isWhiteSpace, isWordCode, ruleOf, type DateRefiner } from './base.js';
import { closestYear } from '../calendar-parsers.js';

/** Rules that wrap chrono-node's own parsers. */
const CHRONO_RULES: ReadonlySet<string> = new Set([
  'en/date/year-month-day', 'en/date/iso', 'en/date/slash', 'en/date/day-month-name', 'en/date/month-name-day',
  'en/date/slash-month', 'en/date/year-month-name', 'en/date/month-name',
]);
const ON_OR_WEEKDAY_BEFORE = /\b(?:on|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\s*[,(]?\s*$/i;
/**
 * Whether the last word of `text[low, at)` before trailing spaces and hyphens (its ASCII letters,
 * "Black " -> "black") is one of `words` (lower case), whatever its case. Note: each word is
 * compared in place where it would start; a lower-case copy of the word before each weekday was a
 * good part of the time of a wall of them.
 */
function isLastWordIn(text: string, low: number, at: number, words: readonly string[]): boolean {
  let end = at;
  while (end > low && (text.charCodeAt(end - 1) <= 32 || text.charCodeAt(end - 1) === 45)) end--;
  if (end === low || !isAsciiLetter(text.charCodeAt(end - 1))) return false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const start = end - word.length;
    if (start >= low && isSameWord(text, start, end, word) && (start === low || !isAsciiLetter(text.charCodeAt(start - 1)))) return true;
  }
  return false;
}

/** The word sets `isLastWordIn` reads, as lists. */
const WEEKDAY_NAME_PRECEDER_LIST: readonly string[] = [...WEEKDAY_NAME_PRECEDERS];
const MONTH_ALONE_PRECEDER_LIST: readonly string[] = [...MONTH_ALONE_PRECEDERS];
const SLASH_NAME_PRECEDER_LIST: readonly string[] = [...SLASH_NAME_PRECEDERS];

const VERSION_BEFORE = new RegExp(`\\b${VERSION_SOURCE}\\.?\\s*$`, 'i');
const CAPITALIZED_WORD_BEFORE = /[A-Z][\w'’]*\s+$/;

/**
 * `en/date/not-a-date`: drops what chrono-node reads as a date but is not one in news text:
 * "24/7", "the 9/11 attacks", "since 9/11", a slash pair with no "on" before it ("3/4 of"),
 * version numbers ("version 2.10.3"), weekday names ("Black Friday"), a month word alone without a preposition ("protest march"), "USA Today",
 * bare digits, and invalid dates.
 *
 * @example "24/7 coverage" -> nothing; "after the 9/11 attacks" -> nothing
 */
export const notADate: DateRefiner = {
  id: 'en/date/not-a-date',
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (const result of results) {
      const kept = withoutCountAfterComma(context, result);
      if (kept && isDate(context, kept)) out.push(kept);
    }
    return out;
  },
};

/** A month, a comma and one or two digits: "February, 79" of "in February, 79 prisoners died". */
const MONTH_COMMA_NUMBER = /^([A-Za-z]+)\.?\s*,\s*\d{1,2}$/;
/** A word right after the number ("79 prisoners", "12 people"): the number counts something. */
const WORD_AFTER = /^\s+[A-Za-z]/;

/**
 * "In March, 12 people were arrested", "in February, 79 prisoners died": the number after the
 * month's comma counts what follows it, and is no day or two-digit year ("March 12" has no comma).
 * The month alone is kept where a preposition puts it (`MONTH_ALONE_PRECEDERS`: "in March"),
 * with its year closest to the reference, as a month alone is read; otherwise nothing.
 */
function withoutCountAfterComma(context: ParsingContext, result: ParsingResult): ParsingResult | undefined {
  const rule = ruleOf(result, '');
  if (rule !== 'en/date/month-name-day' && rule !== 'en/date/month-name') return result;
  const m = MONTH_COMMA_NUMBER.exec(result.text);
  const month = m === null ? undefined : MONTHS[m[1]!.toLowerCase()];
  const end = result.index + result.text.length;
  if (m === null || month === undefined || !WORD_AFTER.test(context.text.slice(end, end + 3))) return result;
  if (!isLastWordIn(context.text, Math.max(0, result.index - 30), result.index, MONTH_ALONE_PRECEDER_LIST)) return undefined;
  result.text = m[1]!;
  result.start.delete(['day', 'year']);
  result.start.imply('day', 1);
  result.start.imply('year', closestYear(context, 1, month));
  return result;
}

function isDate(context: ParsingContext, result: ParsingResult): boolean {
  const rule = ruleOf(result, '');
  const text = result.text;
  if (!rule.startsWith('en/date/')) return false;
  if (isDigitsOnly(text) && rule !== 'en/date/bare-year') return false;
  // Note: our rules build valid components; only chrono-node's own parsers need the (costly) check.
  if (CHRONO_RULES.has(rule) && (!result.start.isValidDate() || (result.end && !result.end.isValidDate()))) return false;
  // Note: the text around is sliced only for the checks that read it (a weekday or a casual day
  // needs no text after; most dates no version check, see `mayEndWith`).
  const low = Math.max(0, result.index - 14);
  if (hasDigit(text) && mayEndWith(context.text, low, result.index, VERSION_LAST) && VERSION_BEFORE.test(context.text.slice(low, result.index))) return false;
  if (rule === 'en/date/slash') return isSlashDate(context, result);
  if (rule === 'en/date/weekday' && isLastWordIn(context.text, Math.max(0, result.index - 30), result.index, WEEKDAY_NAME_PRECEDER_LIST)) return false;
  if (rule === 'en/date/weekday' && isNounModifier(context.text, result)) return false;
  if (rule === 'en/date/month-name' && !result.start.isCertain('year') && !result.start.isCertain('day')) {
    if (!/^[A-Z]/.test(text)) return false;
    if (!isLastWordIn(context.text, Math.max(0, result.index - 30), result.index, MONTH_ALONE_PRECEDER_LIST)) return false;
  }
  if (rule === 'en/date/casual-day' && /^[A-Z]/.test(text) && CAPITALIZED_WORD_BEFORE.test(textBefore(context, result))) return false;
  return true;
}

const WEEKDAY_DETERMINER_LIST: readonly string[] = [...WEEKDAY_DETERMINERS];
/**
 * A happening of one day after a weekday, maybe past one word: "the Sunday attack", "the Tuesday
 * slaying", "his Saturday arraignment", "the Wednesday meeting".
 */
const ONE_DAY_AFTER = new RegExp(
  // Note: the stems of proceedings, violence and deaths ("arraign", "slay", "death") go on into their nouns; the other nouns end there.
  `^\\s+(?:[\\w'’-]+\\s+)?(?:(?:${HAPPENING_NOUN_SOURCE}|${ONE_DAY_NOUN_SOURCE}|${[...EVENT_NOUNS].join('|')})\\b|${AFTERMATH_SOURCE}|${VIOLENCE_SOURCE}|${DEATH_SOURCE})`,
  'i',
);

/**
 * Whether a weekday is a kind of the noun after it, not a day: after a determiner or a
 * possessive and before a lower-case noun ("stormed the Sunday cattle market", "the town's Sunday
 * market", "the Saturday edition", "their Friday prayers"). A word after it that goes on with the
 * day ("the Sunday before", "a Friday afternoon", `WEEKDAY_NOUN_EXCEPTIONS`), an adverb in -ly, or
 * a happening of one day (violence, a death, a proceeding: "the Sunday attack", "the Tuesday
 * slaying", "his Saturday arraignment", "the Wednesday meeting") keeps it a day. Only a weekday named alone: "last Sunday" is a day.
 *
 * @example isNounModifier('Gunmen stormed the Sunday cattle market.', <"Sunday">) === true
 */
function isNounModifier(text: string, result: ParsingResult): boolean {
  if (WEEKDAYS[result.text.toLowerCase()] === undefined) return false;
  const at = result.index;
  let before = at;
  while (before > 0 && isWhiteSpace(text.charCodeAt(before - 1))) before--;
  if (before === at) return false;
  const isPossessive = before >= 2 && (text.charCodeAt(before - 1) | 32) === 115 && isApostrophe(text.charCodeAt(before - 2));
  if (!isPossessive && !isLastWordIn(text, Math.max(0, before - 6), before, WEEKDAY_DETERMINER_LIST)) return false;
  const end = at + result.text.length;
  let start = end;
  while (start < text.length && isWhiteSpace(text.charCodeAt(start))) start++;
  let wordEnd = start;
  while (wordEnd < text.length && isLowerAsciiLetter(text.charCodeAt(wordEnd))) wordEnd++;
  if (start === end || wordEnd === start || isWordCode(text.charCodeAt(wordEnd))) return false;
  const word = text.slice(start, wordEnd);
  if (WEEKDAY_NOUN_EXCEPTIONS.has(word) || word.endsWith('ly')) return false;
  return !ONE_DAY_AFTER.test(text.slice(end, end + 60));
}



/** The 30 characters before a result, which the checks of some rules read. */
function textBefore(context: ParsingContext, result: ParsingResult): string {
  return context.text.slice(Math.max(0, result.index - 30), result.index);
}

/**
 * The checks of a slash pair, all of which must pass. Note: the one that refuses most pairs (no
 * year, weekday or "on": "3/4 of") comes first, and the text around is read in place, not copied.
 */
function isSlashDate(context: ParsingContext, result: ParsingResult): boolean {
  const text = context.text;
  const low = Math.max(0, result.index - 30);
  const end = result.index + result.text.length;
  // A year, or a weekday joined to it ("Monday (6/30)"), makes a slash pair a date; so does "on" or a weekday before it.
  const isMarked =
    result.start.isCertain('year') ||
    result.start.isCertain('weekday') ||
    (mayEndWith(text, low, result.index, ON_OR_WEEKDAY_LAST) && ON_OR_WEEKDAY_BEFORE.test(text.slice(low, result.index)));
  if (!isMarked) return false;
  const first = leadingNumberOfPair(result.text);
  // A first number above 12 is a day, the order most of the world writes ("16/10/2023"): a date with its
  // year; without one, more often a score or a ratio ("21/14").
  if (first !== undefined && first > 12 && !result.start.isCertain('year')) return false;
  const next = wordAfter(text, end, Math.min(text.length, end + 30));
  if (next !== undefined && SLASH_NAME_FOLLOWERS.has(next)) return false;
  return !isLastWordIn(text, low, result.index, SLASH_NAME_PRECEDER_LIST);
}

/** The first number of a text opening with a slash pair (`^(\d{1,2})\/\d`), or undefined. */
function leadingNumberOfPair(text: string): number | undefined {
  let digits = 0;
  while (digits < text.length && isDigit(text.charCodeAt(digits))) digits++;
  if (digits < 1 || digits > 2 || text.charCodeAt(digits) !== 47 || !isDigit(text.charCodeAt(digits + 1))) return undefined;
  return Number(text.slice(0, digits));
}

/** The ASCII word after the spaces at `at` in `text[at, limit)` (`^\s*([A-Za-z]+)`), lower case. */
function wordAfter(text: string, at: number, limit: number): string | undefined {
  let start = at;
  while (start < limit && isWhiteSpace(text.charCodeAt(start))) start++;
  let end = start;
  while (end < limit && isAsciiLetter(text.charCodeAt(end))) end++;
  return end > start ? text.slice(start, end).toLowerCase() : undefined;
}

/**
 * `/^\d*(?:\.\d*)?$/.test(text.replace(' ', ''))`: digits with at most one dot, once the first
 * space is taken out. Note: read character by character, without a copy of the text per result.
 */
function isDigitsOnly(text: string): boolean {
  let hasSpace = false;
  let hasDot = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isDigit(code)) continue;
    if (code === 32 && !hasSpace) hasSpace = true;
    else if (code === 46 && !hasDot) hasDot = true;
    else return false;
  }
  return true;
}

/** `/\d/.test(text)`, without a pattern. */
function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isDigit(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Whether `text[low, at)` may match an end-anchored pattern of words followed by signs and spaces
 * only (`VERSION_BEFORE`, `ON_OR_WEEKDAY_BEFORE`): its last word character (or `#`), past any
 * others, is one of `lastCodes`, the codes a word of the pattern ends with. Note: a cheap test
 * that lets through everything the pattern matches; the pattern itself is tried at every offset
 * of its slice, and most dates follow a digit or a word that ends otherwise.
 */
function mayEndWith(text: string, low: number, at: number, lastCodes: ReadonlySet<number>): boolean {
  let end = at;
  while (end > low && !isWordCode(text.charCodeAt(end - 1)) && text.charCodeAt(end - 1) !== 35) end--;
  return end > low && lastCodes.has(text.charCodeAt(end - 1));
}

/** The codes of the last characters of the words of a pattern's alternation, both cases. */
function lastCodesOf(words: readonly string[]): ReadonlySet<number> {
  const codes = new Set<number>();
  for (const word of words) {
    const last = word.charAt(word.length - 1);
    codes.add(last.toLowerCase().charCodeAt(0));
    codes.add(last.toUpperCase().charCodeAt(0));
  }
  return codes;
}

/** `VERSION_SOURCE`'s words ("v", "version", ..., "#"). */
const VERSION_LAST = lastCodesOf(VERSION_SOURCE.replace(/^\(\?:|\)$/g, '').split('|'));
const ON_OR_WEEKDAY_LAST = lastCodesOf(['on', 'day']);
