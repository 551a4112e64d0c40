import { POSTFIX_QUALIFIERS, type QualifierKind } from '../../../../locales/en/numbers.js';
import { afterOf, skipBlanks, wordAfter } from '../text.js';
import type { QualifierRule, Word } from '../types.js';

/** Phrases by their first word, longest first: "or" -> ["or more", "or fewer", ...]. */
const PHRASES_BY_FIRST_WORD: ReadonlyMap<string, readonly (readonly [words: readonly string[], kind: QualifierKind])[]> =
  (() => {
    const map = new Map<string, [string[], QualifierKind][]>();
    for (const [phrase, kind] of POSTFIX_QUALIFIERS) {
      const words = phrase.split(' ');
      const list = map.get(words[0] ?? '') ?? [];
      list.push([words, kind]);
      map.set(words[0] ?? '', list);
    }
    for (const list of map.values()) list.sort((a, b) => b[0].length - a[0].length);
    return map;
  })();

/**
 * Qualifier words after a quantity: "10 or more", "a dozen or so", "65 and over", "100+",
 * "100-plus". Not when a number follows the phrase ("5 and over 20 injured" is two numbers).
 *
 * @example
 * // "10 or more people" -> { text: '10 or more', qualifier: 'at-least', interval: [10, null] }
 */
export const postfixQualifierRule: QualifierRule = {
  id: 'en/number/qualifier-postfix',
  apply(text, reading, _floor, ceiling) {
    const end = reading.spanEnd;
    if (text.charCodeAt(end) === 43 && end + 1 <= ceiling) {
      return { kind: 'at-least', spanStart: reading.spanStart, spanEnd: end + 1 };
    }
    const first = afterOf(text, reading);
    if (first === undefined || first.gap === '' || first.gap === '\n' || first.end > ceiling) return undefined;
    const phrases = PHRASES_BY_FIRST_WORD.get(first.lower);
    if (phrases === undefined) return undefined;
    for (const [words, kind] of phrases) {
      if (first.gap === '-' && words.length > 1) continue;
      let word: Word | undefined = first;
      for (let k = 1; k < words.length && word !== undefined; k++) {
        const next: Word | undefined = wordAfter(text, word.end, ceiling);
        word = next !== undefined && next.gap === ' ' && next.lower === words[k] ? next : undefined;
      }
      if (word === undefined) continue;
      // "5 and over 20 injured": a number right after the phrase is not qualified by it
      const afterPhrase = skipBlanks(text, word.end);
      if (afterPhrase < text.length && afterPhrase >= ceiling) return undefined;
      return { kind, spanStart: reading.spanStart, spanEnd: word.end };
    }
    return undefined;
  },
};
