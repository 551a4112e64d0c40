import type { Interval, Qualifier } from '../../../model/mention.js';
import type { QualifierKind } from '../../../locales/en/numbers.js';
import { tidy } from './text.js';

/**
 * The qualifier a qualifier word becomes in a mention ("nearly" is a one-sided "about").
 *
 * @example
 * qualifierOf('nearly') === 'about';
 */
export function qualifierOf(kind: QualifierKind): Qualifier {
  return kind === 'nearly' ? 'about' : kind;
}

/** Low end of "about v": 10% below, at least one below for whole numbers ("about 5" -> 4). */
function aboutLow(value: number): number {
  if (!Number.isInteger(value)) return tidy(value * 0.9);
  const low = Math.ceil(tidy(value * 0.9));
  return Math.max(0, Math.min(low, value - 1));
}

/** High end of "about v": 10% above, at least one above for whole numbers ("about 5" -> 6). */
function aboutHigh(value: number): number {
  if (!Number.isInteger(value)) return tidy(value * 1.1);
  return Math.max(Math.floor(tidy(value * 1.1)), value + 1);
}

/**
 * The interval a qualified number allows. Strict bounds ("more than", "fewer than") move by
 * one only for whole numbers; a fractional bound is kept as is (intervals are closed).
 *
 * @example
 * intervalOf('more-than', 130);   // [131, null]
 * intervalOf('about', 744);       // [670, 818]
 * intervalOf('nearly', 100);      // [90, 100]
 * intervalOf('fewer-than', 10);   // [0, 9]
 */
export function intervalOf(kind: QualifierKind, value: number): Interval {
  const isWhole = Number.isInteger(value);
  switch (kind) {
    case 'exact':
      return [value, value];
    case 'about':
      return [aboutLow(value), aboutHigh(value)];
    case 'nearly':
      return [aboutLow(value), value];
    case 'more-than':
      return [isWhole ? value + 1 : value, null];
    case 'at-least':
      return [value, null];
    case 'fewer-than':
      return [0, isWhole ? Math.max(0, value - 1) : value];
    case 'at-most':
      return [0, value];
  }
}

/**
 * Scales a vague interval by a multiplier: each unit of the head becomes `multiplier` units,
 * so the high end fills up to just below the next unit.
 *
 * @example
 * scaleVague([200, 999], 1000); // [200000, 999999]  "hundreds of thousands"
 * scaleVague([3, 9], 100);      // [300, 999]        "several hundred"
 */
export function scaleVague(interval: readonly [number, number], multiplier: number): [number, number] {
  return [interval[0] * multiplier, (interval[1] + 1) * multiplier - 1];
}
