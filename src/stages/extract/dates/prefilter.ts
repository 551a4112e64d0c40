import { CUE_TRIGGERS, DATE_CUES, NUMBER_TRIGGER_SOURCE, type DateCueName } from '../../../locales/en/dates.js';
import type { Sentence } from '../../../model/document.js';
import { escapeRegExp } from './rules/base.js';

/** A sentence and the cues found in it. */
export interface CuedSentence {
  readonly sentence: Sentence;
  /** Never empty. */
  readonly cues: ReadonlySet<DateCueName>;
}

/** The cue names of `DATE_CUES`, in order: cue `k` is bit `1 << k` of a cue mask. */
const CUE_NAMES = Object.keys(DATE_CUES) as DateCueName[];

function maskOf(cues: readonly DateCueName[]): number {
  let mask = 0;
  for (const cue of cues) mask |= 1 << CUE_NAMES.indexOf(cue);
  return mask;
}

const YEAR_CUES = maskOf(['year', 'numericDate']);
const SLASH_CUES = maskOf(['numericDate']);
const DECADE_CUES = maskOf(['decade']);
const CLOCK_CUES = maskOf(['clock']);

/**
 * For each trigger word as written (`CUE_TRIGGERS`): the cues worth testing on its sentence, and
 * those the word satisfies by itself ("Saturday" is a `weekday` cue; "Day" needs "Memorial" before
 * it), as masks. Note: a word's own match stands for a match in its sentence, since the trigger
 * scan found it between word boundaries; those cues are not tested again on the sentence.
 */
const TRIGGER_MASKS: ReadonlyMap<string, { readonly test: number; readonly sure: number }> = new Map(
  [...CUE_TRIGGERS].map(([word, cues]) => {
    let sure = 0;
    for (const cue of cues) {
      const pattern = DATE_CUES[cue];
      if (new RegExp(`^(?:${pattern.source})$`, pattern.flags).test(word)) sure |= 1 << CUE_NAMES.indexOf(cue);
    }
    return [word, { test: maskOf(cues), sure }] as const;
  }),
);

/** The cue sets of masks, made once each (few combinations occur). */
const CUE_SETS = new Map<number, ReadonlySet<DateCueName>>();

function cueSetOf(mask: number): ReadonlySet<DateCueName> {
  let set = CUE_SETS.get(mask);
  if (set === undefined) {
    set = new Set(CUE_NAMES.filter((_, index) => (mask & (1 << index)) !== 0));
    CUE_SETS.set(mask, set);
  }
  return set;
}

/**
 * Every trigger word (`CUE_TRIGGERS`, in its exact forms), grouped by first letter. Note: matching
 * only real triggers, not every capitalized word, spares a lookup and an allocation for each of
 * the many other words; the scan itself costs the same.
 */
const TRIGGER_WORD: RegExp = (() => {
  const byFirst = new Map<string, string[]>();
  for (const word of [...CUE_TRIGGERS.keys()].sort((a, b) => b.length - a.length)) {
    const rest = byFirst.get(word.charAt(0)) ?? [];
    rest.push(escapeRegExp(word.slice(1)));
    byFirst.set(word.charAt(0), rest);
  }
  const words = [...byFirst].map(([first, rest]) => `${first}(?:${rest.join('|')})`).join('|');
  return new RegExp(`\\b(?:${words})\\b`, 'g');
})();

/**
 * The number shapes of `CUE_TRIGGER`. Note: scanned apart from the words: one pattern of both cost
 * more than the two (each position was tried against both); a word match is letters only and a
 * number match starts with a digit and takes no word of three letters, so the two find what one
 * pattern of both would.
 */
const TRIGGER_NUMBER = new RegExp(NUMBER_TRIGGER_SOURCE, 'g');

/**
 * The cues a number trigger may be by itself ("1990" a year, "6/14" a numeric date, "80s" a decade,
 * "9 p.m" a clock time), each with its pattern (`DATE_CUES`) made to match at one offset.
 * Note: a cue that matches at the trigger, within its sentence, matches in the sentence, which is
 * then not tested for it.
 */
const NUMBER_CUES_AT: readonly (readonly [bit: number, pattern: RegExp])[] = (['year', 'numericDate', 'decade', 'clock'] as const).map(
  (cue) => [1 << CUE_NAMES.indexOf(cue), new RegExp(DATE_CUES[cue].source, `${DATE_CUES[cue].flags}y`)] as const,
);

/** The cues of `mask` whose pattern (`NUMBER_CUES_AT`) matches at offset `at` of `text` and ends by `limit`. */
function numberCuesAt(text: string, at: number, mask: number, limit: number): number {
  let sure = 0;
  for (const [bit, pattern] of NUMBER_CUES_AT) {
    if ((mask & bit) === 0) continue;
    pattern.lastIndex = at;
    if (pattern.test(text) && pattern.lastIndex <= limit) sure |= bit;
  }
  return sure;
}

/** The cues worth testing for a number trigger ("1990", "6/14", "80s", "9 p.m"). */
function numberCues(token: string): number {
  const last = token.charCodeAt(token.length - 1);
  if (last === 109 || last === 77) return CLOCK_CUES; // "1 a.m", "12:30 PM"
  if (token.endsWith('s')) return DECADE_CUES;
  return token.includes('/') ? SLASH_CUES : YEAR_CUES;
}

/**
 * The sentences of a document that may hold a date, each with the cues (`DATE_CUES`) found in it.
 * The document is scanned once for trigger words (`CUE_TRIGGERS`: month and weekday names, "ago",
 * "night"... in their exact forms) and number shapes (a year, a numeric date, a decade, a clock
 * time); only the cues a trigger names are then tested on its sentence (`DATE_CUES`), unless the
 * trigger word itself is one ("Saturday"). Sentences must be sorted by `start`.
 *
 * @example cueSentences(text, sentences)[0] -> { sentence, cues: Set { 'weekday', 'casualDay' } }
 */
export function cueSentences(text: string, sentences: readonly Sentence[]): CuedSentence[] {
  const out: CuedSentence[] = [];
  let index = 0;
  // Note: cue sets as bit masks (see `CUE_NAMES`): one sentence may see many triggers.
  let pending = 0;
  let sure = 0;
  let current: Sentence | undefined;
  const flush = (): void => {
    if (!current || pending === 0) return;
    let cues = sure;
    const unsure = pending & ~sure;
    if (unsure !== 0) {
      const sentenceText = text.slice(current.start, current.end);
      for (let bit = 0; bit < CUE_NAMES.length; bit++) {
        if ((unsure & (1 << bit)) !== 0 && DATE_CUES[CUE_NAMES[bit] as DateCueName].test(sentenceText)) cues |= 1 << bit;
      }
    }
    if (cues !== 0) out.push({ sentence: current, cues: cueSetOf(cues) });
    pending = 0;
    sure = 0;
  };
  // The word and number matches, merged in text order.
  const words = TRIGGER_WORD;
  const numbers = TRIGGER_NUMBER;
  words.lastIndex = 0;
  numbers.lastIndex = 0;
  let word = words.exec(text);
  let number = numbers.exec(text);
  while (word !== null || number !== null) {
    const isNumber = word === null || (number !== null && number.index < word.index);
    const match = (isNumber ? number : word) as RegExpExecArray;
    const token = match[0];
    const at = match.index;
    if (isNumber) number = numbers.exec(text);
    else word = words.exec(text);
    let test: number;
    let isSure = 0;
    if (isNumber) test = numberCues(token);
    else {
      const masks = TRIGGER_MASKS.get(token);
      if (masks === undefined) continue;
      test = masks.test;
      isSure = masks.sure;
    }
    while (index < sentences.length && (sentences[index] as Sentence).end <= at) index++;
    const sentence = sentences[index];
    if (!sentence || sentence.start > at) continue;
    if (sentence !== current) {
      flush();
      current = sentence;
    }
    pending |= test;
    sure |= isNumber ? numberCuesAt(text, at, test & ~sure, sentence.end) : isSure;
  }
  flush();
  return out;
}

/**
 * The cues (`DATE_CUES`) found in a piece of text; empty when no date can be in it.
 * @example dateCuesOf('Police said the shooting happened Saturday night.') -> Set { 'weekday' }
 */
export function dateCuesOf(text: string): ReadonlySet<DateCueName> {
  const whole: Sentence = { doc: '', index: 0, start: 0, end: text.length, text };
  return cueSentences(text, [whole])[0]?.cues ?? new Set();
}

/**
 * Whether a piece of text may hold a date: a month or weekday name, a year-like number, "ago",
 * "yesterday", "that night", "later"... Sentences without a cue skip chrono-node.
 *
 * @example hasDateCue('Police said the shooting happened Saturday night.') === true
 * @example hasDateCue('The 19-year-old was taken to a hospital.') === false
 */
export function hasDateCue(text: string): boolean {
  return dateCuesOf(text).size > 0;
}
