import type { NumberRole, Qualifier } from '../../../model/mention.js';
import type { RuleId } from '../../../model/span.js';
import type { QualifierKind } from '../../../locales/en/numbers.js';

/** How a reading was written. */
export type ReadingForm = 'digits' | 'words' | 'vague' | 'shape';

/** A word next to a number, as found by `wordBefore` / `wordAfter`. */
export interface Word {
  /** Offsets of the letters (without a trailing dot). */
  readonly start: number;
  readonly end: number;
  /** The letters as written. */
  readonly text: string;
  readonly lower: string;
  /** What separates the word from the anchor: '' glued, ' ' blanks, '-' a hyphen, '\n' a line break. */
  readonly gap: '' | ' ' | '-' | '\n';
  /** The word is followed by a dot ("No.", "Jan."): only set by `wordBefore`. */
  readonly dot: boolean;
}

/**
 * A number being read: made by a shape rule, then refined in place by the join, role and
 * qualifier rules (in that order). Internal to the extractor; `extractNumbers` turns it into
 * a `NumberMention`. Offsets are into the text the extractor scans.
 * Invariant: `spanStart <= coreStart < coreEnd <= spanEnd`.
 * Note: every field is always present (some may be undefined), so that all readings share one
 * object shape and the engine keeps property access fast.
 */
export interface Reading {
  /** Whole mention: qualifier words, glued symbols ("$", "%", "th"), the number. */
  spanStart: number;
  spanEnd: number;
  /** The digits or number words alone (for a range: from the first number to the last). */
  coreStart: number;
  coreEnd: number;
  /** The number as stated (for a range its low end, for a vague amount its interval's low end). */
  value: number;
  /** High end for a range or vague amount; equal to `value` otherwise. */
  high: number;
  qualifier: Qualifier;
  /** What the qualifier words said, before it becomes an interval (set by qualifier rules). */
  qualifierKind: QualifierKind | undefined;
  /** Set by a shape rule (phone, clock, ...) or a role rule; undefined until decided. */
  role: NumberRole | undefined;
  form: ReadingForm;
  /** The digits as written ("1,990"), '' for number words. */
  digits: string;
  /** Length of `digits` when they are digits only ("1990" -> 4, "1,990" -> 0, "2.5" -> 0). */
  plainLength: number;
  isOrdinal: boolean;
  /** Scaled by a multiplier word ("2.5 million", "twenty six thousand"). */
  hasMultiplier: boolean;
  /** The multiplier that ends the number ("3 million" -> 1e6, "three thousand" -> 1000), else 1. */
  scale: number;
  /** Glued characters before the digits, as written: "$", "US$", "#", "'", "XR", "COVID-", "mid-". */
  prefix: string;
  /** Glued letters after the digits, lowercase: "th", "s", "mm", "pm", "x4". */
  suffix: string;
  /** A percent sign follows ("12%", "12 %"). */
  hasPercentSign: boolean;
  /** Rule ids in the order they applied; see `ruleOf` in index.ts. */
  shapeRule: RuleId;
  joinRule: RuleId | undefined;
  roleRule: RuleId | undefined;
  qualifierRule: RuleId | undefined;
  /** Cached neighbours (null: none, undefined: not looked up); filled by `afterOf` / `beforeOf`. */
  wordAfterCache: Word | null | undefined;
  wordBeforeCache: Word | null | undefined;
}

/**
 * Reads one shape of number. Every shape rule contributes `source`, a regular expression
 * source without capturing groups; the extractor joins the sources of the digit rules into
 * one module-level sticky regex and those of the word rules into another (case-insensitive),
 * tries them where a match can start, and calls `read` for the rule whose alternative matched.
 */
export interface ShapeRule {
  readonly id: RuleId;
  /**
   * Where a match can start: at a digit (or a "(", "+" or "." right before one), or at a
   * word listed in `firstWords`. The scanner only tries the rule there.
   */
  readonly startsAt: 'digit' | 'word';
  /** For word rules: lowercase words one of which begins every match ("twenty", "a", "hundreds"). */
  readonly firstWords?: readonly string[];
  readonly source: string;
  /**
   * Reads the match `text.slice(start, end)`; may consume more (a multiplier word, a glued
   * suffix) or less (a partial number-word phrase). Returns undefined for "not a number"
   * (the scan resumes after the match). `floor` is where the previous reading ended: a
   * reading must not start before it.
   */
  read(text: string, start: number, end: number, floor: number): Reading | undefined;
}

/** Joins two neighbouring readings into one ("131-300", "between 10 and 12"), or returns undefined. */
export interface JoinRule {
  readonly id: RuleId;
  join(text: string, first: Reading, second: Reading, floor: number): Reading | undefined;
}

/**
 * Decides what a reading measures. Returns a role, or undefined for "not mine". May adjust
 * the reading's value or span when the role explains them ("$5m": value times a million).
 * `previous` is the reading before, already decided.
 */
export interface RoleRule {
  readonly id: RuleId;
  apply(text: string, reading: Reading, previous: Reading | undefined): NumberRole | undefined;
}

/**
 * Finds qualifier words around a quantity. Returns what they say and the new span bounds,
 * never beyond `floor` (end of the previous mention) or `ceiling` (start of the next).
 */
export interface QualifierRule {
  readonly id: RuleId;
  apply(
    text: string,
    reading: Reading,
    floor: number,
    ceiling: number,
  ): { readonly kind: QualifierKind; readonly spanStart: number; readonly spanEnd: number } | undefined;
}

/** Length of a string of ASCII digits only, else 0. */
function plainLengthOf(digits: string): number {
  for (let i = 0; i < digits.length; i++) {
    const c = digits.charCodeAt(i);
    if (c < 48 || c > 57) return 0;
  }
  return digits.length;
}

/**
 * Makes a reading with defaults: exact, no role, not ordinal, nothing glued.
 *
 * @example
 * makeReading({ start: 4, end: 7, value: 130, form: 'digits', digits: '130', rule: 'en/number/digits' });
 */
export function makeReading(init: {
  start: number;
  end: number;
  value: number;
  form: ReadingForm;
  digits: string;
  rule: RuleId;
}): Reading {
  return {
    spanStart: init.start,
    spanEnd: init.end,
    coreStart: init.start,
    coreEnd: init.end,
    value: init.value,
    high: init.value,
    qualifier: 'exact',
    qualifierKind: undefined,
    role: undefined,
    form: init.form,
    digits: init.digits,
    plainLength: plainLengthOf(init.digits),
    isOrdinal: false,
    hasMultiplier: false,
    scale: 1,
    prefix: '',
    suffix: '',
    hasPercentSign: false,
    shapeRule: init.rule,
    joinRule: undefined,
    roleRule: undefined,
    qualifierRule: undefined,
    wordAfterCache: undefined,
    wordBeforeCache: undefined,
  };
}
