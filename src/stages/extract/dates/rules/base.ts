import type { Parser, ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import type { DateCueName } from '../../../../locales/en/dates.js';
import type { RuleId } from '../../../../model/span.js';
import type { DatePrecision, PartOfDay } from '../../../../model/time.js';
import type { MatchReader } from '../calendar-parsers.js';
import { tagsOf } from '../runner.js';

/**
 * Shared machinery for date rules. A rule is a chrono-node `Parser` with a stable `id`; a refiner
 * is a chrono-node `Refiner` with one. What chrono's components cannot carry (the rule, a precision
 * coarser than a day, a part of the day, an offset from a reference) travels as result tags:
 * `rule:<id>`, `precision:<p>`, `pod:<part>`, `offset:<n>:<unit>` (from the publication date),
 * `anaphora:<n>:<unit>` (from an earlier date), `recurring`, `list`.
 */
export interface DateRule extends Parser {
  readonly id: RuleId;
  /** The cue (of `DATE_CUES`) without which the rule cannot match a sentence. */
  readonly cue: DateCueName;
  /**
   * A pattern every match of `pattern` contains, cheap to test on a whole sentence: without it
   * the rule is not run there. For a long pattern that needs a short word its cue does not test
   * ("and" in a list of days).
   */
  readonly needs?: RegExp;
  pattern(context: ParsingContext): RegExp;
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null;
}

/** A refiner with a stable id. */
export interface DateRefiner extends Refiner {
  readonly id: RuleId;
}

/** Known calendar components, as chrono takes them. */
export type Known = { year?: number; month?: number; day?: number; weekday?: number };

const TAG_RULE = 'rule:';

/**
 * Creates a result covering `text` at `index` of the context's text, tagged with the rule.
 * @example makeResult(context, 'en/date/bare-year', 3, '1918', { year: 1918 }, undefined, ['precision:year'])
 */
export function makeResult(
  context: ParsingContext,
  rule: RuleId,
  index: number,
  text: string,
  start: Known,
  end?: Known,
  tags: readonly string[] = [],
): ParsingResult {
  const result = context.createParsingResult(index, text, start, end);
  result.addTag(ruleTag(rule));
  for (const tag of tags) result.addTag(tag);
  return result;
}

/** The rule id a result carries, or `fallback`. @example ruleOf(result, 'en/date/chrono') */
export function ruleOf(result: ParsingResult, fallback: RuleId): RuleId {
  // Note: the rule tags `ruleTag` made are looked up before any tag is compared by its text.
  const tags = tagsOf(result);
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i] as string;
    const rule = RULE_OF_TAG.get(tag);
    if (rule !== undefined) return rule;
    if (tag.startsWith(TAG_RULE)) return tag.slice(TAG_RULE.length);
  }
  return fallback;
}

/** The value of a `name:value` tag, if present. @example tagValue(result, 'pod') === 'night' */
export function tagValue(result: ParsingResult, name: string): string | undefined {
  const prefix = name + ':';
  // Note: our tags are on the start components; chrono-node's `tags()` copies start and end.
  const tags = tagsOf(result);
  for (let i = 0; i < tags.length; i++) if ((tags[i] as string).startsWith(prefix)) return (tags[i] as string).slice(prefix.length);
  return undefined;
}

/** The `rule:<id>` tags, made once per rule (a result of each match carries one). */
const RULE_TAGS = new Map<RuleId, string>();
/** The other way round: the rule of a `rule:<id>` tag, so that reading it makes no string. */
const RULE_OF_TAG = new Map<string, RuleId>();

function ruleTag(rule: RuleId): string {
  let tag = RULE_TAGS.get(rule);
  if (tag === undefined) {
    tag = TAG_RULE + rule;
    RULE_TAGS.set(rule, tag);
    RULE_OF_TAG.set(tag, rule);
  }
  return tag;
}

/** Tag for a precision. @example precisionTag('decade') === 'precision:decade' */
export function precisionTag(precision: DatePrecision): string {
  return PRECISION_TAGS[precision];
}

const PRECISION_TAGS: Readonly<Record<DatePrecision, string>> = {
  day: 'precision:day', week: 'precision:week', month: 'precision:month', season: 'precision:season',
  year: 'precision:year', decade: 'precision:decade', century: 'precision:century',
};
const PART_OF_DAY_TAGS: Readonly<Record<PartOfDay, string>> = { morning: 'pod:morning', afternoon: 'pod:afternoon', evening: 'pod:evening', night: 'pod:night' };

/** Tag for a part of the day. @example partOfDayTag('night') === 'pod:night' */
export function partOfDayTag(part: PartOfDay): string {
  return PART_OF_DAY_TAGS[part] ?? `pod:${part}`;
}

/**
 * A copy of a result whose text is widened (or narrowed) to `[start, end)` of the context's text,
 * with extra tags. The original is untouched.
 * @example respan(context, result, result.index - 9, result.index + result.text.length, ['pod:night'])
 */
export function respan(
  context: ParsingContext,
  result: ParsingResult,
  start: number,
  end: number,
  tags: readonly string[] = [],
): ParsingResult {
  // Note: made by the context, so a light result (see `runner.ts`) stays light.
  const copy = context.createParsingResult(start, context.text.slice(start, end));
  copy.start = result.start.clone();
  if (result.end) copy.end = result.end.clone();
  copy.start.addTags(result.start.tags());
  for (const tag of tags) copy.addTag(tag);
  return copy;
}

/**
 * Wraps one of chrono-node's own parsers so that its results carry our rule id. With a `reader`
 * (see `calendar-parsers.ts`), matches are read by it, and only those it leaves are read by chrono-node's parser.
 * @example wrapParser(new ENMonthNameParser(), 'en/date/month-name', 'monthName')
 */
export function wrapParser(parser: Parser, id: RuleId, cue: DateCueName, reader?: MatchReader): DateRule {
  return {
    id,
    cue,
    pattern: (context) => parser.pattern(context),
    extract(context, match) {
      if (reader) {
        const read = reader(context, match);
        if (read === null) return null;
        if (read !== undefined) return read.addTag(ruleTag(id));
      }
      const index = match.index ?? 0;
      const extracted = parser.extract(context, match);
      if (!extracted) return null;
      let result: ParsingResult;
      if (isResult(extracted)) result = extracted;
      else {
        result = context.createParsingResult(match.index ?? index, match[0]);
        result.start = isComponents(extracted) ? extracted : context.createParsingComponents(extracted);
      }
      result.addTag(ruleTag(id));
      return result;
    },
  };
}

/**
 * Whether a parser returned a result (not components, nor known parts): the runner's light results
 * are not chrono-node's class, so this reads the shape.
 */
function isResult(value: object): value is ParsingResult {
  return typeof (value as { index?: unknown }).index === 'number' && typeof (value as { start?: unknown }).start === 'object';
}

function isComponents(value: object): value is ParsingComponents {
  return typeof (value as { isCertain?: unknown }).isCertain === 'function';
}

/** Whether a code unit is an ASCII letter (`[A-Za-z]`). */
export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Whether a code unit is a lowercase ASCII letter (`[a-z]`). */
export function isLowerAsciiLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** Whether a code unit is an uppercase ASCII letter (`[A-Z]`). */
export function isUpperAsciiLetter(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** Whether a code unit is an ASCII digit (`[0-9]`). */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Whether a code unit is an apostrophe, straight or curly (`'`, `’`). */
export function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/**
 * Text written into a pattern's source as itself, its special characters escaped.
 * @example new RegExp(escapeRegExp('St. Louis')).test('St. Louis') === true
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether a code unit is a word character as `\w` reads it (`[A-Za-z0-9_]`). */
export function isWordCode(code: number): boolean {
  return isAsciiLetter(code) || isDigit(code) || code === 95;
}

/**
 * Whether `text[start, end)`, ASCII letters, is `word` (lower case) in any case, compared in place.
 * @example isSameWord('Late Monday', 0, 4, 'late') === true
 */
export function isSameWord(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) if ((text.charCodeAt(start + i) | 32) !== word.charCodeAt(i)) return false;
  return true;
}

/**
 * Whether a code unit is white space as `\s` reads it, which is also what `String.prototype.trim`
 * takes off (white space and line ends).
 * @example isWhiteSpace(0xa0) === true
 */
export function isWhiteSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Text of the context just before `index`, at most `width` characters. @example textBefore(context, 10, 3) // the 3 characters before offset 10 */
export function textBefore(context: ParsingContext, index: number, width = 40): string {
  return context.text.slice(Math.max(0, index - width), index);
}

/** Text of the context from `index`, at most `width` characters. @example textAfter(context, 10, 3) // the 3 characters from offset 10 */
export function textAfter(context: ParsingContext, index: number, width = 40): string {
  return context.text.slice(index, index + width);
}

/**
 * Value of a number written in digits or words ("30", "thirty-five", "thirty -five", "a").
 * @example numberValue('thirty -five', words) === 35
 */
export function numberValue(text: string, words: Readonly<Record<string, number>>): number | undefined {
  const clean = text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d+$/.test(clean)) return Number(clean);
  const direct = words[clean];
  if (direct !== undefined) return direct;
  if (clean === 'a few') return words['few'];
  if (clean === 'a couple of') return words['couple'];
  const parts = clean.split(/\s?[-\u2010\u2011\u2013]\s?|\s/).filter((part) => part.length > 0);
  if (parts.length !== 2) return undefined;
  const tens = words[parts[0] ?? ''];
  const units = words[parts[1] ?? ''];
  if (tens === undefined || units === undefined || tens % 10 !== 0 || units >= 10) return undefined;
  return tens + units;
}
