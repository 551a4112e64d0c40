import type { ParsingContext, ParsingResult } from 'chrono-node';
import { makeResult, precisionTag, type DateRule } from './base.js';

/**
 * "the 1980s", "the late 1980s", "the mid-1990s", "the end of the 1980s", "the late 80s",
 * "the '80s", "the 80s of the last century". Groups: 1 early/mid/late, 2 end/beginning/...,
 * 3 four-digit decade, 4 two-digit decade (with apostrophe 5), 6 century suffix.
 */
const DECADE = new RegExp(
  '\\b(?:the\\s+)?(?:(early|mid|late)[\\s-]+|(end|beginning|start|middle)\\s+of\\s+the\\s+)?' +
    "(?:((?:1\\d|20)\\d0)'?s|(['\u2019])?(\\d0)'?s)\\b" +
    '(\\s+of\\s+the\\s+(?:last|previous|past|20th|twentieth)\\s+century)?',
  'i',
);
/** Sentences about temperatures or ages use "the mid-80s" for other things. */
const NOT_YEARS = /\b(?:degrees?|temperatures?|temps|highs?|lows?|weather|fahrenheit|celsius|aged?|years? old)\b/i;

/**
 * Whether a sentence (a rule's context) is about temperatures or ages, tested once per sentence.
 * Note: tested again for each decade of a sentence, a sentence of thousands of decades took quadratic time.
 */
const IS_NOT_YEARS = new WeakMap<ParsingContext, boolean>();

function isAboutOtherThings(context: ParsingContext): boolean {
  let isNot = IS_NOT_YEARS.get(context);
  if (isNot === undefined) {
    isNot = NOT_YEARS.test(context.text);
    IS_NOT_YEARS.set(context, isNot);
  }
  return isNot;
}

const PART_BOUNDS: Readonly<Record<string, readonly [number, number]>> = {
  early: [0, 3], mid: [4, 6], late: [7, 9], end: [8, 9], beginning: [0, 1], start: [0, 1], middle: [4, 6],
};

/**
 * `en/date/decade`: a decade, whole or in part. Two-digit decades need a modifier ("the late 80s"),
 * an apostrophe ("the '80s") or "of the last century", and are read as 1930s-1990s, or 2000s-2020s
 * for 00-20. Never in sentences about temperatures or ages ("highs in the mid-80s").
 *
 * @example "In the late 80s of the last century" -> "the late 80s of the last century" (1987 to 1989)
 */
export const decade: DateRule = {
  id: 'en/date/decade',
  cue: 'decade',
  pattern: () => DECADE,
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const part = (match[1] ?? match[2] ?? '').toLowerCase();
    let first: number;
    if (match[3] !== undefined) first = Number(match[3]);
    else {
      const hasApostrophe = match[4] !== undefined;
      const hasCentury = match[6] !== undefined;
      if (part === '' && !hasApostrophe && !hasCentury) return null;
      if (!/^the\b/i.test(match[0]) && !hasApostrophe) return null;
      const short = Number(match[5]);
      first = (short <= 20 && !hasCentury ? 2000 : 1900) + short;
    }
    if (isAboutOtherThings(context)) return null;
    const bounds = PART_BOUNDS[part] ?? [0, 9];
    return makeResult(
      context,
      decade.id,
      match.index ?? 0,
      match[0],
      { year: first + bounds[0] },
      { year: first + bounds[1] },
      [precisionTag('decade')],
    );
  },
};
