import type { ParsingContext, ParsingResult } from 'chrono-node';
import {
  MONTH_ALONE_PRECEDERS,
  SLASH_NAME_FOLLOWERS,
  SLASH_NAME_PRECEDERS,
  VERSION_SOURCE,
  WEEKDAY_NAME_PRECEDERS,
} from '../../../../locales/en/dates.js';
import { ruleOf, type DateRefiner } from './base.js';

/** Rules that wrap chrono-node's own parsers. */
const CHRONO_RULES: ReadonlySet<string> = new Set([
  'en/date/year-month-day', 'en/date/iso', 'en/date/slash', 'en/date/day-month-name', 'en/date/month-name-day',
  'en/date/slash-month', 'en/date/year-month-name', 'en/date/month-name',
]);
const HAS_DIGIT = /\d/;
const DIGITS_ONLY = /^\d*(?:\.\d*)?$/;
const SLASH_PARTS = /^(\d{1,2})\/(\d{1,2})/;
const ON_OR_WEEKDAY_BEFORE = /\b(?:on|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\s*[,(]?\s*$/i;
/** The last word of `text` before trailing spaces and hyphens, lower case ("Black " -> "black"). */
function lastWord(text: string): string | undefined {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) <= 32 || text.charCodeAt(end - 1) === 45)) end--;
  let start = end;
  while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  return start < end ? text.slice(start, end).toLowerCase() : undefined;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
const WORD_AFTER = /^\s*([A-Za-z]+)/;
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
    return results.filter((result) => isDate(context, result));
  },
};

function isDate(context: ParsingContext, result: ParsingResult): boolean {
  const rule = ruleOf(result, '');
  const text = result.text;
  if (!rule.startsWith('en/date/')) return false;
  if (DIGITS_ONLY.test(text.replace(' ', '')) && rule !== 'en/date/bare-year') return false;
  // Note: our rules build valid components; only chrono-node's own parsers need the (costly) check.
  if (CHRONO_RULES.has(rule) && (!result.start.isValidDate() || (result.end && !result.end.isValidDate()))) return false;
  // Note: the text around is sliced only for the checks that read it (a weekday or a casual day
  // needs no text after; most dates no version check).
  if (HAS_DIGIT.test(text) && VERSION_BEFORE.test(context.text.slice(Math.max(0, result.index - 14), result.index))) return false;
  const before = context.text.slice(Math.max(0, result.index - 30), result.index);
  if (rule === 'en/date/slash') return isSlashDate(result, before, context.text.slice(result.index + text.length, result.index + text.length + 30));
  if (rule === 'en/date/weekday') {
    const previous = lastWord(before);
    if (previous !== undefined && WEEKDAY_NAME_PRECEDERS.has(previous)) return false;
  }
  if (rule === 'en/date/month-name' && !result.start.isCertain('year') && !result.start.isCertain('day')) {
    if (!/^[A-Z]/.test(text)) return false;
    const previous = lastWord(before);
    if (previous === undefined || !MONTH_ALONE_PRECEDERS.has(previous)) return false;
  }
  if (rule === 'en/date/casual-day' && /^[A-Z]/.test(text) && CAPITALIZED_WORD_BEFORE.test(before)) return false;
  return true;
}

function isSlashDate(result: ParsingResult, before: string, after: string): boolean {
  const parts = SLASH_PARTS.exec(result.text);
  if (parts && Number(parts[1]) > 12) return false;
  const next = WORD_AFTER.exec(after)?.[1]?.toLowerCase();
  if (next !== undefined && SLASH_NAME_FOLLOWERS.has(next)) return false;
  const previous = lastWord(before);
  if (previous !== undefined && SLASH_NAME_PRECEDERS.has(previous)) return false;
  // A year, or a weekday joined to it ("Monday (6/30)"), makes a slash pair a date.
  if (result.start.isCertain('year') || result.start.isCertain('weekday')) return true;
  return ON_OR_WEEKDAY_BEFORE.test(before);
}
