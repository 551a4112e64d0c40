import {
  COUNT_NOUNS,
  CURRENCY_SYMBOLS,
  GLUED_MONEY_MULTIPLIERS,
  MULTIPLIER_WORDS,
  NUMBER_PREFIXES,
} from '../../../locales/en/numbers.js';
import type { RuleId } from '../../../model/span.js';
import { isDigitCode, isLetterCode, isUpperAt, isWordCode, stickyMatch } from './text.js';
import { makeReading, type Reading } from './types.js';

/** "26 thousand", "2.5 million", "3 dozen", "100-thousand". */
const MULTIPLIER_AFTER = new RegExp(`(?:[ \\t]+|[ \\t]*-[ \\t]*)(${[...MULTIPLIER_WORDS.keys()].join('|')})(?![A-Za-z])`, 'iy');

/** Letters glued after digits: "30th", "9mm", "1980s", "H1N1" (the whole alphanumeric run). */
const GLUED_AFTER = /[A-Za-z][A-Za-z0-9]*/y;

/** A possessive or plural "'s" after digits: "1980's". */
const APOSTROPHE_S = /['’]s(?![A-Za-z])/y;

/** Superscript ordinal endings, and "™", a common mangling of a superscript "th" ("15™ Anniversary"). */
const SUPERSCRIPT_ORDINAL = /(?:ˢᵗ|ⁿᵈ|ʳᵈ|ᵗʰ|™)/y;

const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/;

/** A decade as written: "1980", "80", "1900" (before an "s"). */
const DECADE_DIGITS = /^(?:\d{3}0|\d0)$/;

/** First letters of the multiplier words, lowercase: a cheap test before the regex. */
const MULTIPLIER_INITIALS = new Set([...MULTIPLIER_WORDS.keys()].map((word) => word.charCodeAt(0)));

/** Blanks or a hyphen, then a letter that can begin a multiplier word. */
function mayBeMultiplier(text: string, position: number): boolean {
  let i = position;
  let c = text.charCodeAt(i);
  while (c === 32 || c === 9 || c === 45) c = text.charCodeAt(++i);
  return i > position && MULTIPLIER_INITIALS.has(c | 32);
}

/**
 * Start of the letters glued before `start` ("v" in "v2.3.1", "ID" in "ID12-3-4"), or
 * `start` when there are none. Never before `floor`.
 *
 * @example
 * gluedLettersStart('see v2.3.1', 5, 0) === 4;
 */
export function gluedLettersStart(text: string, start: number, floor: number): number {
  let i = start;
  while (i > floor && isLetterCode(text.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * Finishes a reading of digits: looks at what is glued to them (currency symbols, "#",
 * letters, a percent sign, an ordinal or unit suffix) and at a multiplier word after them.
 * Shared by the digit shape rules. `floor` bounds how far left the prefix may reach.
 *
 * @example
 * finishDigits('$2.5m', 1, 4, 2.5, '2.5', 'en/number/digits', 0); // value 2500000, span [0, 5)
 */
export function finishDigits(
  text: string,
  coreStart: number,
  coreEnd: number,
  value: number,
  digits: string,
  rule: RuleId,
  floor: number,
): Reading {
  const reading = makeReading({ start: coreStart, end: coreEnd, value, form: 'digits', digits, rule });
  readPrefix(text, reading, floor);
  readSuffix(text, reading);
  // "26 thousand", "1 hundred thousand": each multiplier must be larger than the one before
  let last = 1;
  while (reading.suffix === '' && mayBeMultiplier(text, reading.coreEnd)) {
    const multiplier = stickyMatch(MULTIPLIER_AFTER, text, reading.coreEnd);
    if (multiplier === null) break;
    const factor = MULTIPLIER_WORDS.get((multiplier[1] ?? '').toLowerCase()) ?? 1;
    if (factor <= last || (last === 12)) break;
    last = factor;
    reading.value = reading.high = reading.value * factor;
    reading.hasMultiplier = true;
    reading.scale *= factor;
    reading.coreEnd = reading.spanEnd = MULTIPLIER_AFTER.lastIndex;
  }
  readPercentSign(text, reading);
  return reading;
}

/** Currency symbols ("$", "US$", "€ "), "#", glued letters ("XR12", "v2") or "LETTERS-" ("COVID-19"). */
function readPrefix(text: string, reading: Reading, floor: number): void {
  const start = reading.coreStart;
  let i = start;
  // "$ 5" is still money; a single blank may separate the symbol.
  if (i - 2 >= floor && text.charCodeAt(i - 1) === 32 && CURRENCY_SYMBOLS.has(text[i - 2] ?? '')) i--;
  const before = text[i - 1] ?? '';
  if (i - 1 >= floor && CURRENCY_SYMBOLS.has(before)) {
    i--;
    // "US$5", "A$20": uppercase letters glued to the symbol
    let j = i;
    while (j > floor && j > i - 3 && isUpperAt(text, j - 1) && isLetterCode(text.charCodeAt(j - 1))) j--;
    if (j < i && (j === floor || !isWordCode(text.charCodeAt(j - 1)))) i = j;
    reading.prefix = text.slice(i, start);
    reading.spanStart = i;
    return;
  }
  if (i - 1 >= floor && before === '#') {
    reading.prefix = '#';
    reading.spanStart = i - 1;
    return;
  }
  if (i - 1 >= floor && (before === "'" || before === '’')) {
    reading.prefix = before; // kept in the span only for a decade ("'80s"), see readSuffix
    return;
  }
  if (i - 1 >= floor && isLetterCode(text.charCodeAt(i - 1))) {
    let j = i - 1;
    while (j > floor && isLetterCode(text.charCodeAt(j - 1))) j--;
    reading.prefix = text.slice(j, start);
    reading.spanStart = j;
    return;
  }
  if (i - 2 >= floor && before === '-' && isLetterCode(text.charCodeAt(i - 2))) {
    let j = i - 2;
    while (j > floor && isLetterCode(text.charCodeAt(j - 1))) j--;
    const word = text.slice(j, i - 1);
    reading.prefix = `${word}-`;
    if (!NUMBER_PREFIXES.has(word.toLowerCase())) reading.spanStart = j;
  }
}

/** The word right after a number's suffix ("1.2m people"). */
const WORD_AFTER = /[ \t]+([A-Za-z]+)/y;

/** Ordinal endings, decade "s", units, "am/pm", money multipliers ("$5m"), or any alphanumeric run. */
function readSuffix(text: string, reading: Reading): void {
  const end = reading.coreEnd;
  const c = text.charCodeAt(end);
  if (isLetterCode(c)) {
    const glued = stickyMatch(GLUED_AFTER, text, end);
    if (glued === null) return;
    const suffix = glued[0].toLowerCase();
    reading.suffix = suffix;
    reading.spanEnd = end + glued[0].length;
    if (ORDINAL_SUFFIX.test(suffix)) reading.isOrdinal = true;
    const factor = GLUED_MONEY_MULTIPLIERS.get(suffix);
    // "$5m", and a count of people or things the short way: "1.2m people", "3k protesters" (not "a 1.5m wall")
    if (factor !== undefined && ((reading.prefix !== '' && CURRENCY_SYMBOLS.has(reading.prefix.slice(-1))) || COUNT_NOUNS.has(stickyMatch(WORD_AFTER, text, reading.spanEnd)?.[1]?.toLowerCase() ?? ''))) {
      reading.value = reading.high = reading.value * factor;
      reading.hasMultiplier = true;
      reading.scale = factor;
    }
    if (suffix === 's' && (reading.prefix === "'" || reading.prefix === '’')) reading.spanStart = reading.coreStart - 1;
    return;
  }
  if (c === 39 || c === 0x2019) {
    // "1980's" is a decade; "Baku's 130" never reaches here (the digits come first)
    if (DECADE_DIGITS.test(reading.digits) && stickyMatch(APOSTROPHE_S, text, end) !== null) {
      reading.suffix = 's';
      reading.spanEnd = APOSTROPHE_S.lastIndex;
    }
    return;
  }
  if (c > 127 && stickyMatch(SUPERSCRIPT_ORDINAL, text, end) !== null) {
    reading.suffix = 'th';
    reading.isOrdinal = true;
    reading.spanEnd = SUPERSCRIPT_ORDINAL.lastIndex;
  }
}

/** "12%" or "12 %". */
function readPercentSign(text: string, reading: Reading): void {
  let i = reading.spanEnd;
  if (text.charCodeAt(i) === 32 && text.charCodeAt(i + 1) === 37) i++;
  if (text.charCodeAt(i) === 37 && !isDigitCode(text.charCodeAt(i + 1))) {
    reading.hasPercentSign = true;
    reading.spanEnd = i + 1;
  }
}
