/**
 * The number extractor: finds every quantity in a text, with its qualifier, the interval the
 * wording allows, and what it measures (its role), so that the claim layer can keep counts
 * and skip years, dates, ages, money, codes and the rest.
 *
 * How it works, in four passes over plain data:
 * 1. **Shapes.** A global regex finds where digits and candidate number words start; there
 *    two module-level sticky regexes, joined from the shape rules' `source`s, find number
 *    cores: phone numbers, ISO and slashed dates, clock times, dotted and hyphenated
 *    codes, digits ("26,000", "200.000", "2.5 million"), vague amounts ("hundreds of
 *    thousands") and number words ("twenty six thousand"). URLs and e-mail addresses are
 *    skipped. A rule's `read` turns its match into a reading, taking in what is glued to it.
 * 2. **Joins.** Neighbouring readings become one: scores ("3-1"), "between 10 and 12",
 *    ranges ("131-300", "two to three", "10 or 12").
 * 3. **Roles.** The first role rule that answers decides what a reading measures (order in
 *    `DEFAULT_ROLE_RULES`); with no answer it is a `count`.
 * 4. **Qualifiers.** For quantities (count, money, percent, measure, age) that are neither a
 *    range nor vague, the words before ("more than") or after ("or more") set the qualifier,
 *    and the span grows over them; `core` stays on the number.
 *
 * ### Qualifiers and intervals (v = the stated number)
 *
 * | wording | qualifier | interval |
 * |---|---|---|
 * | "130" | exact | [v, v] |
 * | about, around, some, roughly, approximately, approx., circa, ca., (an) estimated, close to, ~, "or so" | about | [ceil(0.9v), floor(1.1v)], widened to [v-1, v+1] for small whole v (fractional v: [0.9v, 1.1v]) |
 * | nearly, almost | about | [ceil(0.9v), v] ("nearly 100" -> [90, 100]) |
 * | more than, over, upwards of, in excess of, greater than, just/well over, north of | more-than | [v+1, null] (fractional v: [v, null]) |
 * | at least, no fewer/less than, not fewer/less than, a minimum of, "or more", "and over", "and up", "and older", "+", "-plus" | at-least | [v, null] |
 * | fewer than, less than, under, below, just/well under | fewer-than | [0, v-1] (fractional v: [0, v]) |
 * | at most, up to, as many as, as much as, no/not more than, a maximum of, "or fewer", "or less" | at-most | [0, v] |
 * | "131-300", "131 to 300", "between 10 and 12", "10 or 12", "two to three", "1988-89" | range | [low, high], value = low |
 * | hundreds (of) [200, 999]; thousands [2000, 9999]; tens of thousands [20000, 99999]; hundreds of thousands [200000, 999999]; millions [2e6, 9999999]; dozens [24, 99]; scores of [40, 99]; several [3, 9]; a few [2, 5]; a handful of [2, 5]; a couple of [2, 3]; a multiplier scales them ("several hundred" [300, 999]) | vague | value = low |
 * | exactly, precisely | exact | [v, v] (the word joins the span) |
 *
 * "more than a hundred" -> value 100, [101, null]. Qualifiers before a range or a vague
 * amount are not read. "many", "numerous" and "a number of" are not numbers.
 * Note: for more-than the interval starts above the value ([131, null] for 130), as the
 * dossier contract asks; `interval[0] <= value` holds for every other qualifier.
 *
 * ### Roles (first rule that answers wins)
 *
 * | role | examples |
 * |---|---|
 * | code | "COVID-19", "I-95", "H1N1", "v2.3.1", "24/7", "9/11", "3-1" (score), "9-1-1", "Route 66", "No. 5", "#5", "Channel 9", "14 News", "Image 17 of 111", "N.C. 42", "911", five or more plain digits (ZIP "27893", "486561279"; "12000 people" stays a count), "007", "2200 block of", "1234 Main Street" |
 * | phone | "555-1234", "(212) 555-1234", "212-555-1234", "831 758-7276", "601-355-TIPS", "1-888-Lock-U-Up" |
 * | percent | "12%", "12 percent", "12 per cent" |
 * | money | "$5,000", "US$5", "€20", "$2.5m", "5 million dollars" |
 * | time | "9 p.m.", "9pm", "10:30", "5 o'clock" |
 * | age | "48-year-old", "seven year-old", "48 years old", "aged 48", "age 16", "ages 13, 17 and 19", "ranged in age from 20 to 22", "Smith, 48,", "the boy, 11,", "Smith (48)", "in his 40s"; "the 70-year-old empire" too |
 * | date | "January 20", "Jan. 5", "January 19-20", "20 January", "20th of January", "January 18, 19 and 20", "1/20/1990", "2021-01-20", "20.01.1990" |
 * | ordinal | "30th", "31st", "15ᵗʰ", "15™" (a mangled superscript "th"), "thirtieth", "twenty-first", "first" |
 * | year | "1956", "in 1990", "1988-1989", "the 1980s", "the late 80s" (1800-2100, four digits, no count noun after: "1990 people" and "1,990 people" are counts) |
 * | measure | durations "35 years", "three days", "a 10-minute"; units "5 miles", "10 km", "40-caliber", ".45 caliber", "9mm"; any non-whole number without a multiplier ("1.5", "two-thirds") |
 * | count | everything else, e.g. "more than 130", "26 thousand", "three consecutive non-working days" (a word between the number and "days" keeps it a count: the claim layer rejects it by its noun), "five directions" |
 *
 * ### Other decisions
 * - Spans cover qualifier words, the number and what is glued to it ("$", "%", "th", "s");
 *   unit words after a blank are not in the span. An identifier glued to letters spans the
 *   whole token ("COVID-19"). `core` covers the digits or number words only ("a hundred",
 *   "twenty six thousand", "131-300", "10 and 12").
 * - "one" as a pronoun ("one of", "no one", "the one who", "one another", "loved ones") is not
 *   a number; "a"/"an" is a number only in "a dozen", "a hundred", "a thousand", "a million",
 *   "a couple of" (vague [2, 3]), "a pair of" (exact 2), "a few", "a handful of", "a third of".
 * - "200.000" and "2.500" are thousands (one to three digits, a dot, three digits) unless a
 *   multiplier or a percent sign follows ("1.234 million"); "1.5" stays 1.5.
 * - `rule` is the role rule when the role is not `count`; otherwise the qualifier rule when a
 *   qualifier was read; otherwise the join rule; otherwise the shape rule.
 */
import type { Interval, NumberMention, NumberRole } from '../../../model/mention.js';
import type { DocId, RuleId } from '../../../model/span.js';
import type { ReadingBudget, ReadingCut } from '../../reading-cut.js';
import { intervalOf, qualifierOf } from './interval.js';
import { addressRule } from './rules/address.js';
import { ageAppositionRule } from './rules/age-apposition.js';
import { ageRule } from './rules/age.js';
import { alphanumericRule } from './rules/alphanumeric.js';
import { betweenRule } from './rules/between.js';
import { clockRule } from './rules/clock.js';
import { codeNounRule } from './rules/code-noun.js';
import { decadeRule } from './rules/decade.js';
import { decimalRule } from './rules/decimal.js';
import { digitsRule } from './rules/digits.js';
import { dottedRule } from './rules/dotted.js';
import { durationRule } from './rules/duration.js';
import { hyphenChainRule } from './rules/hyphen-chain.js';
import { identifierRule } from './rules/identifier.js';
import { isoDateRule } from './rules/iso-date.js';
import { measureRule } from './rules/measure.js';
import { moneyRule } from './rules/money.js';
import { monthDayRule } from './rules/month-day.js';
import { ordinalRule } from './rules/ordinal.js';
import { percentRule } from './rules/percent.js';
import { phoneRule } from './rules/phone.js';
import { postfixQualifierRule } from './rules/qualifier-postfix.js';
import { prefixQualifierRule } from './rules/qualifier-prefix.js';
import { rangeRule } from './rules/range.js';
import { scoreRule } from './rules/score.js';
import { slashRule } from './rules/slash.js';
import { timeRule } from './rules/time.js';
import { vagueRule } from './rules/vague.js';
import { wordsRule } from './rules/words.js';
import { yearRule } from './rules/year.js';
import { findSkipSpans } from './skip.js';
import { CHAR_CLASS, isLetterCode } from './text.js';
import { trieSource } from './trie.js';
import { AFTER_ARTICLE_WORDS, ORDINALS_ONLY_IN_COMPOUNDS } from '../../../locales/en/numbers.js';
import { PipelineError } from '../../../errors.js';
import type { JoinRule, QualifierRule, Reading, RoleRule, ShapeRule } from './types.js';

/**
 * Shape rules. The digit rules are joined into one regex and the word rules into another, in
 * this order: at a given position the first alternative that matches wins, so longer shapes
 * come before the plain digits.
 *
 * @example
 * DEFAULT_SHAPE_RULES.map((rule) => rule.id)[0] === 'en/number/phone';
 */
export const DEFAULT_SHAPE_RULES: readonly ShapeRule[] = [
  phoneRule, // "555-1234" before digits would read it as a range
  isoDateRule, // "2021-01-20" before the hyphen chain
  slashRule,
  clockRule,
  dottedRule, // "1.234.567", "2.3.1" before digits would stop at the second dot
  hyphenChainRule, // "9-1-1"
  digitsRule,
  vagueRule,
  wordsRule,
];

/**
 * Join rules, tried in order on each pair of neighbouring readings.
 *
 * @example
 * DEFAULT_JOIN_RULES.map((rule) => rule.id); // ['en/number/score', 'en/number/between', 'en/number/range']
 */
export const DEFAULT_JOIN_RULES: readonly JoinRule[] = [
  scoreRule, // "3-1" (second not above the first) before range
  betweenRule, // "between 10 and 12" before range, which does not take "and"
  rangeRule,
];

/**
 * Role rules; the first that answers decides. Readings whose shape fixed a role (phone,
 * clock, ...) skip them. With no answer the role is `count`.
 *
 * @example
 * DEFAULT_ROLE_RULES[0]?.id === 'en/number/alphanumeric';
 */
export const DEFAULT_ROLE_RULES: readonly RoleRule[] = [
  alphanumericRule, // "XR12.5%" is a product code before it is a percentage
  percentRule,
  moneyRule,
  timeRule,
  ageRule, // "48 years old" before duration reads "48 years"
  ageAppositionRule,
  monthDayRule, // "January 20th" is a date before it is an ordinal
  ordinalRule,
  decadeRule,
  codeNounRule, // "Route 66", before year ("Highway 1990") and measure
  identifierRule,
  addressRule, // "1900 block of" before year
  durationRule,
  measureRule,
  yearRule,
  decimalRule, // last: a non-whole number no other rule explained
];

/**
 * Qualifier rules, tried in order; the first that finds words wins.
 *
 * @example
 * DEFAULT_QUALIFIER_RULES.map((rule) => rule.id); // ['en/number/qualifier-prefix', 'en/number/qualifier-postfix']
 */
export const DEFAULT_QUALIFIER_RULES: readonly QualifierRule[] = [prefixQualifierRule, postfixQualifierRule];

/** Roles that are amounts of something, and so can be qualified ("more than $5,000"). */
const QUANTITY_ROLES: ReadonlySet<NumberRole> = new Set(['count', 'money', 'percent', 'measure', 'age']);

/** The shape rules of one kind, with one sticky regex whose group k + 1 is rule k. */
interface ShapeGroup {
  readonly rules: readonly ShapeRule[];
  readonly regex: RegExp;
}

function shapeGroup(startsAt: ShapeRule['startsAt'], flags: string): ShapeGroup {
  const rules = DEFAULT_SHAPE_RULES.filter((rule) => rule.startsAt === startsAt);
  const source = rules.map((rule) => `(${rule.source})`).join('|');
  // Note: a capturing group inside a source would shift the group numbers; fail at load, not later.
  if (new RegExp(`${source}|`).exec('')?.length !== rules.length + 1) {
    throw new PipelineError(`numbers: a ${startsAt} shape rule source has a capturing group; use (?:...) in rule sources.`);
  }
  return { rules, regex: new RegExp(source, flags) };
}

const DIGIT_SHAPES = shapeGroup('digit', 'y');
const WORD_SHAPES = shapeGroup('word', 'iy');

/** Characters after a digit run that may continue a digit shape: "-", "/", ":", ".", ",". */
const JOINERS: ReadonlySet<number> = new Set([45, 47, 58, 46, 44]);

/** Words that begin a number only before another number word: "a dozen", "half a million". */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'half']);

/**
 * Where a shape may start: a digit, a word that begins a word shape ("twenty", "hundreds"),
 * or "a"/"an"/"half" before a word of `AFTER_ARTICLE_WORDS`. One global regex, its words
 * factored as a trie, so the engine skips the rest of the text quickly.
 */
const CANDIDATES = (() => {
  const firstWords = new Set(WORD_SHAPES.rules.flatMap((rule) => rule.firstWords ?? []));
  for (const word of ORDINALS_ONLY_IN_COMPOUNDS) firstWords.delete(word);
  const words = [...firstWords].filter((word) => !ARTICLES.has(word));
  const articles = trieSource(ARTICLES);
  const followers = trieSource(AFTER_ARTICLE_WORDS);
  return new RegExp(`\\d+|\\b(?:${trieSource(words)}|${articles}(?=[ \\t]+${followers}\\b))\\b`, 'gi');
})();

/** Tries a group's regex at `start`; the reading of the rule whose alternative matched. */
function tryShapes(group: ShapeGroup, text: string, start: number, floor: number): Reading | undefined {
  group.regex.lastIndex = start;
  const match = group.regex.exec(text);
  if (match === null) return undefined;
  let ruleIndex = 0;
  while (match[ruleIndex + 1] === undefined && ruleIndex < group.rules.length - 1) ruleIndex++;
  const reading = group.rules[ruleIndex]?.read(text, start, start + match[0].length, floor);
  return reading === undefined || reading.spanStart < floor || reading.spanEnd <= start ? undefined : reading;
}

/** Number candidates every text may read, whatever its length (see `numberBudget`). */
const BASE_CANDIDATES = 1_000;
/** One more number candidate per so many characters of a text (see `numberBudget`). */
const CHARS_PER_CANDIDATE = 40;

/**
 * How many number candidates (a digit run or a number word where a shape is tried) a text of
 * `length` characters may read: 1,000, and one more per 40 characters (3,500 in 100 KB). Reports
 * hold far fewer numbers: in the GVA development set at most 784 (in 36 KB, whose budget is
 * 1,900), the densest one per 13 characters over half a kilobyte; a list of 1,500 victims with
 * their ages in 25 KB is read whole. Every number costs a few microseconds here and 8-15 more in
 * the claim rules around it, so a 100 KB wall of numbers ("1 1 1 ...", 50,000 of them) took
 * 120-190 ms here alone; bounded, any 100 KB costs at most 3,500 candidates. A table of figures
 * denser than that over its whole length is read in part.
 *
 * @example numberBudget(100_000) === 3_500
 */
export function numberBudget(length: number): number {
  return BASE_CANDIDATES + Math.floor(length / CHARS_PER_CANDIDATE);
}

/**
 * Pass 1: shape readings in text order, not overlapping; nothing inside a URL or e-mail
 * address. Digit shapes are tried where a digit run starts, word shapes where a candidate
 * word starts; at most `budget` candidates, then `stoppedAt` says where reading stopped.
 */
function readShapes(text: string, budget: ReadingBudget): Reading[] {
  const skips = findSkipSpans(text);
  let skipIndex = 0;
  const readings: Reading[] = [];
  let floor = 0;
  CANDIDATES.lastIndex = 0;
  for (let match = CANDIDATES.exec(text); match !== null; match = CANDIDATES.exec(text)) {
    const i = match.index;
    if (budget.left-- <= 0) {
      budget.stoppedAt = i;
      break;
    }
    while (skipIndex < skips.length && (skips[skipIndex]?.[1] ?? 0) <= i) skipIndex++;
    const skip = skips[skipIndex];
    if (skip !== undefined && skip[0] <= i) {
      CANDIDATES.lastIndex = skip[1];
      continue;
    }
    let reading: Reading | undefined;
    if (CHAR_CLASS[text.charCodeAt(i)] === 1) {
      const runEnd = i + match[0].length;
      // "(212) 555-1234", "+1 555", ".45 caliber" start one character early
      const opener = i > floor ? text.charCodeAt(i - 1) : 0;
      if (opener === 40 || opener === 43 || opener === 46) reading = tryShapes(DIGIT_SHAPES, text, i - 1, floor);
      else if (!JOINERS.has(text.charCodeAt(runEnd)) && !(runEnd - i === 3 && text.charCodeAt(runEnd) === 32)) {
        // Note: a run not followed by "-/:.," (or, for three digits, a blank: "831 758-7276")
        // can only be plain digits; skip the shape regex.
        reading = digitsRule.read(text, i, runEnd, floor);
      }
      reading ??= tryShapes(DIGIT_SHAPES, text, i, floor);
    } else if (!isLetterCode(text.charCodeAt(i - 1)) && !isLetterCode(text.charCodeAt(i + match[0].length))) {
      // Note: `\b` sees only ASCII letters; "two" in "ßtwoß" is part of a word, not a number (and
      // read as one, every number of "ßtwoßtwoß..." made the word rules read to the end of the run)
      reading = tryShapes(WORD_SHAPES, text, i, floor);
    }
    if (reading === undefined) continue;
    readings.push(reading);
    floor = reading.spanEnd;
    CANDIDATES.lastIndex = reading.spanEnd;
  }
  return readings;
}

/** Pass 2: neighbouring readings joined into scores and ranges. */
function joinReadings(text: string, readings: readonly Reading[]): Reading[] {
  const joined: Reading[] = [];
  for (let i = 0; i < readings.length; i++) {
    const first = readings[i];
    if (first === undefined) continue;
    const second = readings[i + 1];
    let result: Reading | undefined;
    if (second !== undefined && second.spanStart - first.spanEnd <= 12) {
      const floor = joined[joined.length - 1]?.spanEnd ?? 0;
      for (const rule of DEFAULT_JOIN_RULES) {
        result = rule.join(text, first, second, floor);
        if (result !== undefined) break;
      }
    }
    if (result === undefined) joined.push(first);
    else {
      joined.push(result);
      i++;
    }
  }
  return joined;
}

/** Pass 3: the role of each reading. */
function assignRoles(text: string, readings: readonly Reading[]): void {
  let previous: Reading | undefined;
  for (const reading of readings) {
    if (reading.role === undefined) {
      for (const rule of DEFAULT_ROLE_RULES) {
        const role = rule.apply(text, reading, previous);
        if (role !== undefined) {
          reading.role = role;
          reading.roleRule = rule.id;
          break;
        }
      }
      reading.role ??= 'count';
    }
    previous = reading;
  }
}

/** Pass 4: qualifier words around quantities; spans grow but never overlap a neighbour. */
function applyQualifiers(text: string, readings: readonly Reading[]): void {
  let floor = 0;
  for (let i = 0; i < readings.length; i++) {
    const reading = readings[i];
    if (reading === undefined) continue;
    const ceiling = readings[i + 1]?.spanStart ?? text.length;
    if (reading.qualifier === 'exact' && reading.role !== undefined && QUANTITY_ROLES.has(reading.role)) {
      for (const rule of DEFAULT_QUALIFIER_RULES) {
        const found = rule.apply(text, reading, floor, ceiling);
        if (found !== undefined && found.spanStart >= floor && found.spanEnd <= ceiling) {
          reading.qualifierKind = found.kind;
          reading.qualifier = qualifierOf(found.kind);
          reading.qualifierRule = rule.id;
          reading.spanStart = found.spanStart;
          reading.spanEnd = found.spanEnd;
          break;
        }
      }
    }
    floor = reading.spanEnd;
  }
}

function ruleOf(reading: Reading): RuleId {
  if (reading.role !== 'count' && reading.roleRule !== undefined) return reading.roleRule;
  return reading.qualifierRule ?? reading.joinRule ?? reading.shapeRule;
}

function intervalOfReading(reading: Reading): Interval {
  if (reading.qualifier === 'range' || reading.qualifier === 'vague') return [reading.value, reading.high];
  return intervalOf(reading.qualifierKind ?? 'exact', reading.value);
}

/**
 * Every quantity in `text` (or in `text.slice(range.start, range.end)`), with its qualifier,
 * interval and role. Mentions are sorted by `span.start` and do not overlap; spans are
 * offsets into `text` (not into the range), and `mention.text === text.slice(span.start,
 * span.end)`. Never throws on any string. See the tables above for what is read how. A text
 * denser in numbers than any report is read only as far as `numberBudget` allows; `onCut` is told where.
 *
 * @example
 * extractNumbers('More than 130 civilians were killed in 1990.', 'doc1');
 * // [{ text: 'More than 130', value: 130, qualifier: 'more-than', interval: [131, null], role: 'count',
 * //    rule: 'en/number/qualifier-prefix', span: { doc: 'doc1', start: 0, end: 13 }, core: { start: 10, end: 13, ... } },
 * //  { text: '1990', value: 1990, qualifier: 'exact', interval: [1990, 1990], role: 'year', rule: 'en/number/year', ... }]
 */
export function extractNumbers(text: string, doc: DocId, range?: { start: number; end: number }, onCut?: (cut: ReadingCut) => void): NumberMention[] {
  const start = Math.max(0, Math.min(range?.start ?? 0, text.length));
  const end = Math.max(start, Math.min(range?.end ?? text.length, text.length));
  const scanned = start === 0 && end === text.length ? text : text.slice(start, end);
  const limit = numberBudget(scanned.length);
  const budget: ReadingBudget = { left: limit };
  const readings = joinReadings(scanned, readShapes(scanned, budget));
  if (budget.stoppedAt !== undefined) onCut?.({ offset: start + budget.stoppedAt, candidates: limit });
  assignRoles(scanned, readings);
  applyQualifiers(scanned, readings);
  const mentions: NumberMention[] = [];
  let lastEnd = 0;
  for (const reading of readings) {
    // Defensive: shape reading and qualifiers already keep spans apart.
    if (reading.spanStart < lastEnd || reading.spanEnd <= reading.spanStart) continue;
    lastEnd = reading.spanEnd;
    mentions.push({
      span: { doc, start: start + reading.spanStart, end: start + reading.spanEnd },
      text: scanned.slice(reading.spanStart, reading.spanEnd),
      value: reading.value,
      qualifier: reading.qualifier,
      interval: intervalOfReading(reading),
      role: reading.role ?? 'count',
      rule: ruleOf(reading),
      core: { doc, start: start + reading.coreStart, end: start + reading.coreEnd },
    });
  }
  return mentions;
}
