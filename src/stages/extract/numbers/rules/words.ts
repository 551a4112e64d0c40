import {
  CARDINAL_WORDS,
  FRACTION_WORDS,
  MULTIPLIER_WORDS,
  ONE_PRONOUN_AFTER,
  ONE_PRONOUN_BEFORE,
  ORDINAL_WORDS,
  ORDINALS_ONLY_IN_COMPOUNDS,
} from '../../../../locales/en/numbers.js';
import { CHAR_CLASS, tidy, wordAfter, wordBefore } from '../text.js';
import { trieSource } from '../trie.js';
import { makeReading, type Reading, type ShapeRule } from '../types.js';

/** Every number word, as a trie-shaped alternation (see trieSource). */
const NUMBER_WORD = trieSource([...CARDINAL_WORDS.keys(), ...MULTIPLIER_WORDS.keys(), ...ORDINAL_WORDS.keys()]);

const MULTIPLIER = [...MULTIPLIER_WORDS.keys()].join('|');

/** Between number words: blanks, a hyphen (also " -" from bad line-wrapping), one line break; then maybe "and". */
const SEPARATOR = '(?:[ \\t]*-[ \\t]*|[ \\t]*\\r?\\n[ \\t]*|[ \\t]+)(?:and[ \\t]+)?';

/** "a"/"an"/"half a" only before a multiplier ("a hundred", "half a million", "a half dozen") or a fraction of something. */
const LEAD = `(?:half[ \\t]+an?[ \\t]+|an?[ \\t]+(?:half[ \\t]+)?|half[ \\t]+)(?=(?:${MULTIPLIER})\\b)`;

/** "a pair of", "a third of", "a quarter of", "a half of". */
const ARTICLE_FORMS = 'an?[ \\t]+(?:pair|half|third|quarter)(?=[ \\t]+of\\b)';

/** "and a half" after a number: "two and a half", "one and a half million". */
const AND_A_HALF = /[ \t]+and[ \t]+a[ \t]+half\b/iy;

/** A multiplier after "and a half": "one and a half million". */
const MULTIPLIER_AFTER = new RegExp(`[ \\t]+(${MULTIPLIER})\\b`, 'iy');

const ARTICLE_WORD = /^an?[ \t]+(pair|half|third|quarter)$/i;

/**
 * Most number words matched after the first. The longest number `parseWords` reads has 24 words
 * after the lead ("nine hundred ninety nine trillion nine hundred ninety nine billion ... nine
 * hundred ninety ninth"): each multiplier is smaller than the one before, so 40 never cuts one.
 */
const MAX_FOLLOWING_WORDS = 40;

type WordClass = 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'big' | 'dozen' | 'ordinal';

interface Parsed {
  value: number;
  /** The multiplier word that ends the number ("three thousand" -> 1000), else 1. */
  scale: number;
  /** Some multiplier word was read ("one hundred and forty-seven"). */
  hasMultiplier: boolean;
  end: number;
  tokens: number;
  isOrdinal: boolean;
  lastWord: string;
}

/**
 * Parses number words: "twenty six thousand" -> 26000, "one hundred and forty-seven" -> 147,
 * "a dozen" -> 12, "half a million" -> 500000, "thirtieth" -> 30 (ordinal). Stops at the first
 * word that cannot continue the number ("two three" reads "two").
 */
function parseWords(text: string, start: number, end: number): Parsed | undefined {
  // Note: words are split off as the parse reaches them (one ahead, for "and"), not all at
  // once: in a run of number words ("one one one ...") only the first of the match is read.
  const tokens: { word: string; start: number; end: number }[] = [];
  let scanned = start;
  const tokenAt = (index: number): { word: string; start: number; end: number } | undefined => {
    while (tokens.length <= index && scanned < end) {
      let from = scanned;
      while (from < end && CHAR_CLASS[text.charCodeAt(from)] !== 2) from++;
      if (from >= end) {
        scanned = end;
        break;
      }
      let to = from + 1;
      while (to < end && CHAR_CLASS[text.charCodeAt(to)] === 2) to++;
      tokens.push({ word: text.slice(from, to).toLowerCase(), start: from, end: to });
      scanned = to;
    }
    return tokens[index];
  };
  let total = 0;
  let group = 0;
  let last: WordClass = 'none';
  let lastBig = Infinity;
  let consumed = 0;
  let endOffset = -1;
  let isOrdinal = false;
  let hasMultiplier = false;
  let i = 0;
  const first = tokenAt(0)?.word;
  const second = tokenAt(1)?.word;
  // "a hundred", "an eighth of", "half a million", "a half dozen"
  if ((first === 'a' || first === 'an') && second === 'half') {
    group = 0.5;
    i = 2;
    last = 'unit';
  } else if (first === 'half') {
    group = 0.5;
    i = second === 'a' || second === 'an' ? 2 : 1;
    last = 'unit';
  } else if (first === 'a' || first === 'an') {
    group = 1;
    i = 1;
    last = 'unit';
  }
  for (; ; i++) {
    const token = tokenAt(i);
    if (token === undefined) break;
    const word = token.word;
    if (word === 'and') {
      const next = tokenAt(i + 1)?.word ?? '';
      const continues = CARDINAL_WORDS.has(next) || (ORDINAL_WORDS.get(next) ?? 100) < 100;
      if ((last === 'hundred' || last === 'big') && continues) continue;
      break;
    }
    const cardinal = CARDINAL_WORDS.get(word);
    const multiplier = MULTIPLIER_WORDS.get(word);
    const ordinal = ORDINAL_WORDS.get(word);
    if (cardinal !== undefined) {
      const wordClass: WordClass = cardinal < 10 ? 'unit' : cardinal < 20 ? 'teen' : 'tens';
      const fits =
        (last === 'none' || last === 'hundred' || last === 'big' || (last === 'tens' && wordClass === 'unit')) &&
        !(cardinal === 0 && last !== 'none');
      if (!fits) break;
      group += cardinal;
      last = wordClass;
    } else if (multiplier !== undefined) {
      hasMultiplier = true;
      if (last !== 'unit' && last !== 'teen' && last !== 'tens' && !(last === 'hundred' && multiplier > 100)) break;
      if (multiplier === 12) {
        group *= 12;
        last = 'dozen';
      } else if (multiplier === 100) {
        if (last === 'hundred') break;
        group *= 100;
        last = 'hundred';
      } else {
        if (multiplier >= lastBig) break;
        total += group * multiplier;
        group = 0;
        lastBig = multiplier;
        last = 'big';
      }
    } else if (ordinal !== undefined) {
      if (last === 'none') {
        if (ORDINALS_ONLY_IN_COMPOUNDS.has(word)) break;
        group = ordinal;
      } else if (ordinal >= 100) {
        if (ordinal === 100) group *= 100;
        else {
          total += group * ordinal;
          group = 0;
        }
      } else if ((last === 'tens' && ordinal < 10) || ((last === 'hundred' || last === 'big') && ordinal < 100)) {
        group += ordinal;
      } else break;
      last = 'ordinal';
      isOrdinal = true;
    } else break;
    consumed = i + 1;
    endOffset = token.end;
    if (last === 'dozen' || last === 'ordinal') break;
  }
  if (endOffset < 0 || last === 'none') return undefined;
  const lastWord = tokens[consumed - 1]?.word ?? '';
  const scale = isOrdinal ? 1 : (MULTIPLIER_WORDS.get(lastWord) ?? 1);
  return { value: total + group, scale, hasMultiplier, end: endOffset, tokens: consumed, isOrdinal, lastWord };
}

/** "one" as a pronoun: "no one", "the one who", "one of the victims", "one another", "one's". */
function isPronounOne(text: string, start: number, end: number): boolean {
  const beforeAt = text.charCodeAt(start - 1) === 45 ? start - 1 : start; // "no-one"
  const before = wordBefore(text, beforeAt);
  if (before !== undefined && !before.dot && ONE_PRONOUN_BEFORE.has(before.lower)) return true;
  const c = text.charCodeAt(end);
  if ((c === 39 || c === 0x2019) && (text[end + 1] === 's' || text[end + 1] === 'S')) return true;
  const after = wordAfter(text, end);
  return after !== undefined && ONE_PRONOUN_AFTER.has(after.lower);
}

/**
 * Number words: "two", "twenty six thousand", "twenty-six thousand", "one hundred and
 * forty-seven", "a dozen", "a hundred", "one million", "half a dozen", "a pair of",
 * "thirty -five" (a bad line-wrap), "two and a half", ordinals ("thirtieth", "twenty-first"),
 * fractions ("two-thirds" -> 0.667, "a third of"). "one" as a pronoun is not a number (see
 * `ONE_PRONOUN_BEFORE` / `ONE_PRONOUN_AFTER`); "a" alone never is; "second" alone is not read.
 *
 * @example
 * // "twenty six thousand strong" -> { text: 'twenty six thousand', value: 26000 }
 * // "one of the victims" -> nothing
 */
export const wordsRule: ShapeRule = {
  id: 'en/number/words',
  startsAt: 'word',
  firstWords: ['a', 'an', 'half', ...CARDINAL_WORDS.keys(), ...MULTIPLIER_WORDS.keys(), ...ORDINAL_WORDS.keys()],
  // Note: at most MAX_FOLLOWING_WORDS words after the first are matched, more than the longest
  // number has; unbounded, a run of number words ("one one one ...") was matched to its end from
  // each of its words, quadratically
  source: `\\b(?:${ARTICLE_FORMS}|(?:${LEAD})?(?:${NUMBER_WORD})(?:${SEPARATOR}(?:${NUMBER_WORD})){0,${MAX_FOLLOWING_WORDS}})\\b`,
  read(text, start, end) {
    const c = text.charCodeAt(start) | 32;
    const article = c === 97 ? ARTICLE_WORD.exec(text.slice(start, end)) : null;
    if (article !== null) {
      // "a pair of" is exactly two; "a third of" is a fraction
      const word = (article[1] ?? '').toLowerCase();
      const denominator = FRACTION_WORDS.get(word);
      const value = denominator === undefined ? 2 : tidy(1 / denominator);
      return makeReading({ start, end, value, form: 'words', digits: '', rule: denominator === undefined ? this.id : 'en/number/fraction' });
    }
    const parsed = parseWords(text, start, end);
    if (parsed === undefined) return undefined;
    let value = parsed.value;
    let scale = parsed.scale;
    let coreEnd = parsed.end;
    if (!parsed.isOrdinal) {
      AND_A_HALF.lastIndex = coreEnd;
      if (AND_A_HALF.test(text)) {
        value += 0.5;
        coreEnd = AND_A_HALF.lastIndex;
        MULTIPLIER_AFTER.lastIndex = coreEnd;
        const multiplier = MULTIPLIER_AFTER.exec(text);
        const factor = MULTIPLIER_WORDS.get((multiplier?.[1] ?? '').toLowerCase());
        if (factor !== undefined && factor > 12) {
          value *= factor;
          scale = factor;
          coreEnd = MULTIPLIER_AFTER.lastIndex;
        }
      }
    }
    // "two-thirds", "one quarter", "a third of": a fraction, not a count
    const isSmall = !parsed.isOrdinal && value >= 1 && value < 20 && Number.isInteger(value) && parsed.tokens <= 2;
    const isOneOrA = parsed.lastWord === 'one' || parsed.lastWord === 'a' || parsed.lastWord === 'an';
    if (isSmall) {
      const next = wordAfter(text, coreEnd);
      const fractionWord = next !== undefined && next.gap !== '\n' ? next.lower : '';
      const denominator = FRACTION_WORDS.get(fractionWord);
      const isPlural = fractionWord.endsWith('s');
      if (next !== undefined && denominator !== undefined && isOneOrA !== isPlural) {
        return makeReading({
          start,
          end: next.end,
          value: tidy(value / denominator),
          form: 'words',
          digits: '',
          rule: 'en/number/fraction',
        });
      }
    }
    if (parsed.tokens === 1 && parsed.lastWord === 'one' && coreEnd === parsed.end && isPronounOne(text, start, coreEnd)) {
      return undefined;
    }
    const reading: Reading = makeReading({ start, end: coreEnd, value, form: 'words', digits: '', rule: this.id });
    reading.isOrdinal = parsed.isOrdinal;
    reading.scale = scale;
    reading.hasMultiplier = scale > 1 || parsed.hasMultiplier;
    return reading;
  },
};
