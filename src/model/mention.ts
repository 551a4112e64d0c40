import type { RuleId, Span } from './span.js';

/**
 * How a number is qualified in the text, and so which interval it allows:
 * exact `130` -> [130, 130]; about `some 744` -> [670, 818]; more-than `over 130` -> [131, null];
 * at-least `at least 5` -> [5, null]; fewer-than `under 10` -> [0, 9]; at-most `up to 10` -> [0, 10];
 * range `131-300` -> [131, 300]; vague `hundreds of` -> [200, 999].
 */
export type Qualifier = 'exact' | 'about' | 'more-than' | 'at-least' | 'fewer-than' | 'at-most' | 'range' | 'vague';

/** What a number measures, as far as the words right around it tell. Only `count` can become a claim. */
export type NumberRole =
  | 'count'
  | 'year'
  | 'date'
  | 'time'
  | 'ordinal'
  | 'money'
  | 'percent'
  | 'measure'
  | 'age'
  | 'phone'
  | 'code';

/** Interval a quantity allows; `null` high means unbounded. */
export type Interval = readonly [low: number, high: number | null];

/**
 * A number found in the text, with its qualifier.
 * Invariant: `text === doc.text.slice(span.start, span.end)`; `interval[0] <= value`.
 *
 * @example
 * // "more than 130 civilians"
 * { text: 'more than 130', value: 130, qualifier: 'more-than', interval: [131, null], role: 'count' }
 */
export interface NumberMention {
  readonly span: Span;
  readonly text: string;
  /** The number as stated; for ranges the low end, for vague amounts the interval's low end. */
  readonly value: number;
  readonly qualifier: Qualifier;
  readonly interval: Interval;
  readonly role: NumberRole;
  readonly rule: RuleId;
  /** Span of the digits or number words alone, without the qualifier words. */
  readonly core: Span;
}
