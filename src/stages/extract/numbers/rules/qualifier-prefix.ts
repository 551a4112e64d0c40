import { PREFIX_QUALIFIERS, type QualifierKind } from '../../../../locales/en/numbers.js';
import { skipBlanksBack, wordBefore } from '../text.js';
import type { QualifierRule, Word } from '../types.js';

interface Phrase {
  /** Words in reading order, lowercase, without dots. */
  readonly words: readonly string[];
  /** The last word is an abbreviation written with its dot ("approx."). */
  readonly lastHasDot: boolean;
  readonly kind: QualifierKind;
}

/** Phrases by their last word, longest first: "than" -> ["no fewer than", "more than", ...]. */
const PHRASES_BY_LAST_WORD: ReadonlyMap<string, readonly Phrase[]> = (() => {
  const map = new Map<string, Phrase[]>();
  for (const [phrase, kind] of PREFIX_QUALIFIERS) {
    if (!/^[a-z. ]+$/.test(phrase)) continue;
    const lastHasDot = phrase.endsWith('.');
    const words = (lastHasDot ? phrase.slice(0, -1) : phrase).split(' ');
    const last = words[words.length - 1] ?? '';
    const list = map.get(last) ?? [];
    list.push({ words, lastHasDot, kind });
    map.set(last, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

/** Qualifier symbols written before a number: "~500". */
const SYMBOL_QUALIFIERS: ReadonlyMap<string, QualifierKind> = new Map(
  PREFIX_QUALIFIERS.filter(([phrase]) => !/^[a-z. ]+$/.test(phrase)).map(([phrase, kind]) => [phrase, kind]),
);

/** The first word of `phrase` when the words before `last` spell it, else undefined. */
function matchPhrase(text: string, last: Word, phrase: Phrase, floor: number): Word | undefined {
  if (last.dot !== phrase.lastHasDot) return undefined;
  let word = last;
  for (let k = phrase.words.length - 2; k >= 0; k--) {
    const previous = wordBefore(text, word.start, floor);
    if (previous === undefined || previous.dot || previous.gap === '' || previous.lower !== phrase.words[k]) return undefined;
    word = previous;
  }
  return word;
}

/**
 * Qualifier words before a quantity (see the table in index.ts): "more than 130",
 * "About one million", "Some 744", "nearly 100", "at least 5", "up to 10", "~500".
 * The span grows to cover them; the core stays on the number.
 *
 * @example
 * // "more than 130 civilians" -> { text: 'more than 130', qualifier: 'more-than', interval: [131, null] }
 */
export const prefixQualifierRule: QualifierRule = {
  id: 'en/number/qualifier-prefix',
  apply(text, reading, floor) {
    // the word before the span was usually looked up by a role rule already
    const cached = reading.wordBeforeCache;
    const last = cached !== undefined && (cached === null || cached.start >= floor) ? (cached ?? undefined) : wordBefore(text, reading.spanStart, floor);
    if (last !== undefined && last.gap !== '') {
      const phrases = PHRASES_BY_LAST_WORD.get(last.lower);
      if (phrases !== undefined) {
        for (const phrase of phrases) {
          const first = matchPhrase(text, last, phrase, floor);
          // "WHEN IT WAS ALL OVER ONE PERSON WAS KILLED": "all over" ends a happening, it qualifies no number.
          if (first !== undefined && phrase.words.length === 1 && first.lower === 'over' && wordBefore(text, first.start, floor)?.lower === 'all') return undefined;
          if (first !== undefined) return { kind: phrase.kind, spanStart: first.start, spanEnd: reading.spanEnd };
        }
      }
      return undefined;
    }
    const symbolEnd = skipBlanksBack(text, reading.spanStart, floor);
    const kind = symbolEnd > floor ? SYMBOL_QUALIFIERS.get(text[symbolEnd - 1] ?? '') : undefined;
    return kind === undefined ? undefined : { kind, spanStart: symbolEnd - 1, spanEnd: reading.spanEnd };
  },
};
