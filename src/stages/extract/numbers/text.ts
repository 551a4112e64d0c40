import type { Reading, Word } from './types.js';

/**
 * Small character-level helpers shared by the number rules: finding the word next to a
 * number without running a regex over the neighbourhood (cores are many; these run per core).
 */

/**
 * The match of a sticky pattern (flag `y`) that starts at `at`, or null: how the number readers and
 * the date rules read the words right after a match.
 * @example stickyMatch(/[ \t]+week/y, 'last week', 4)?.[0] === ' week'
 */
export function stickyMatch(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/**
 * Character classes by UTF-16 code: 1 digit, 2 letter (ASCII, Latin-1 and Latin Extended-A/B:
 * "Ákos", "Guliyev"), 0 anything else. A table, because the scanner asks for every character.
 *
 * @example
 * CHAR_CLASS['7'.charCodeAt(0)] === 1; CHAR_CLASS['Á'.charCodeAt(0)] === 2;
 */
export const CHAR_CLASS: Uint8Array = (() => {
  const table = new Uint8Array(65536);
  for (let c = 48; c <= 57; c++) table[c] = 1;
  for (let c = 65; c <= 90; c++) table[c] = 2;
  for (let c = 97; c <= 122; c++) table[c] = 2;
  for (let c = 0xc0; c <= 0x24f; c++) if (c !== 0xd7 && c !== 0xf7) table[c] = 2;
  return table;
})();

/**
 * True for a letter (see `CHAR_CLASS`). NaN (past the end) is not a letter.
 *
 * @example
 * isLetterCode('é'.charCodeAt(0)) === true;
 */
export function isLetterCode(c: number): boolean {
  return CHAR_CLASS[c] === 2;
}

/**
 * True for an ASCII digit.
 *
 * @example
 * isDigitCode('7'.charCodeAt(0)) === true;
 */
export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * True for a letter or digit.
 *
 * @example
 * isWordCode('_'.charCodeAt(0)) === false;
 */
export function isWordCode(c: number): boolean {
  return (CHAR_CLASS[c] ?? 0) !== 0;
}

/** True for blanks within a line (space, tab, no-break space). */
function isBlankCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

/**
 * True when the character at `index` is an uppercase ASCII letter or an uppercase Latin letter.
 *
 * @example
 * isUpperAt('the Ákos', 4) === true;
 */
export function isUpperAt(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  const ch = text[index] ?? '';
  return ch !== ch.toLowerCase();
}

/**
 * The word ending just before `position`, skipping blanks and at most one line break, and a
 * dot right after the word ("No. 5" -> "No" with `dot`). Never looks before `floor`.
 *
 * @example
 * wordBefore('more than 130', 10)?.lower === 'than';
 */
export function wordBefore(text: string, position: number, floor = 0): Word | undefined {
  let i = position;
  let gap: Word['gap'] = '';
  let breaks = 0;
  while (i > floor) {
    const c = text.charCodeAt(i - 1);
    if (isBlankCode(c)) {
      if (gap === '') gap = ' ';
      i--;
    } else if (c === 10 || c === 13) {
      if (c === 10 && ++breaks > 1) return undefined; // a blank line ends the neighbourhood
      gap = '\n';
      i--;
    } else break;
  }
  let dot = false;
  if (i > floor && text.charCodeAt(i - 1) === 46) {
    dot = true;
    i--;
  }
  const end = i;
  let isLower = true;
  for (let c = text.charCodeAt(i - 1); i > floor && CHAR_CLASS[c] === 2; c = text.charCodeAt(--i - 1)) {
    if (c < 97 || c > 122) isLower = false; // uppercase ASCII, or any non-ASCII letter
  }
  if (i === end) return undefined;
  const word = text.slice(i, end);
  return { start: i, end, text: word, lower: isLower ? word : word.toLowerCase(), gap, dot };
}

/**
 * The word starting after `position`, skipping blanks, one hyphen or dash, and at most one
 * line break ("48-year-old" -> "year" with gap '-'). Never looks at or past `ceiling`.
 *
 * @example
 * wordAfter('35 years', 2)?.lower === 'years';
 */
export function wordAfter(text: string, position: number, ceiling = text.length): Word | undefined {
  let i = position;
  let gap: Word['gap'] = '';
  let breaks = 0;
  let hyphens = 0;
  while (i < ceiling) {
    const c = text.charCodeAt(i);
    if (isBlankCode(c)) {
      if (gap === '') gap = ' ';
      i++;
    } else if (c === 10 || c === 13) {
      if (c === 10 && ++breaks > 1) return undefined;
      if (gap !== '-') gap = '\n';
      i++;
    } else if ((c === 45 || c === 0x2010 || c === 0x2011) && hyphens === 0) {
      hyphens++;
      gap = '-';
      i++;
    } else break;
  }
  const start = i;
  let isLower = true;
  for (let c = text.charCodeAt(i); i < ceiling && CHAR_CLASS[c] === 2; c = text.charCodeAt(++i)) {
    if (c < 97 || c > 122) isLower = false; // uppercase ASCII, or any non-ASCII letter
  }
  if (i === start) return undefined;
  const word = text.slice(start, i);
  return { start, end: i, text: word, lower: isLower ? word : word.toLowerCase(), gap, dot: false };
}

/**
 * The word after a reading's span, cached on the reading.
 *
 * @example
 * afterOf('35 years', reading35)?.lower === 'years';
 */
export function afterOf(text: string, reading: Reading): Word | undefined {
  if (reading.wordAfterCache === undefined) reading.wordAfterCache = wordAfter(text, reading.spanEnd) ?? null;
  return reading.wordAfterCache ?? undefined;
}

/**
 * The word before a reading's span, cached on the reading.
 *
 * @example
 * beforeOf('aged 48', reading48)?.lower === 'aged';
 */
export function beforeOf(text: string, reading: Reading): Word | undefined {
  if (reading.wordBeforeCache === undefined) reading.wordBeforeCache = wordBefore(text, reading.spanStart) ?? null;
  return reading.wordBeforeCache ?? undefined;
}

/**
 * The noun a quantity counts: the word after it, or after "of" ("dozens of miles" -> "miles").
 *
 * @example
 * headNounAfter('hundreds of thousands of people', reading)?.lower === 'people';
 */
export function headNounAfter(text: string, reading: Reading): Word | undefined {
  const next = afterOf(text, reading);
  if (next !== undefined && next.lower === 'of' && next.gap !== '') return wordAfter(text, next.end);
  return next;
}

/**
 * Index of the first non-blank character at or after `position` (within the line).
 *
 * @example
 * skipBlanks('a  b', 1) === 3;
 */
export function skipBlanks(text: string, position: number): number {
  let i = position;
  while (i < text.length && isBlankCode(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Index just after the last non-blank character before `position` (within the line).
 *
 * @example
 * skipBlanksBack('a  b', 3) === 1;
 */
export function skipBlanksBack(text: string, position: number, floor = 0): number {
  let i = position;
  while (i > floor && isBlankCode(text.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * Rounds away binary noise.
 *
 * @example
 * tidy(2.5 * 0.9) === 2.25;
 */
export function tidy(value: number): number {
  return Number.isInteger(value) ? value : Math.round(value * 1e9) / 1e9;
}
