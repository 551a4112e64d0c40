import { MULTIPLIER_WORDS, PLURAL_MULTIPLIERS, VAGUE_HEADS } from '../../../../locales/en/numbers.js';
import { scaleVague } from '../interval.js';
import { trieSource } from '../trie.js';
import { makeReading, type ShapeRule } from '../types.js';

const SINGULAR = trieSource(MULTIPLIER_WORDS.keys());
const PLURAL = trieSource(PLURAL_MULTIPLIERS.keys());

/**
 * Heads that stand alone ("hundreds", "dozens", "several", "a few") or need a following word;
 * "scores" needs "of" or a casualty word on either side ("left 35 dead and scores wounded",
 * "killing 11 and injuring scores"), not the scores of a game or a test.
 */
const HEAD =
  `several|an?[ \\t]+few|an?[ \\t]+handful(?=[ \\t]+of\\b)|an?[ \\t]+couple(?=[ \\t]+(?:of|${SINGULAR})\\b)` +
  `|dozens|scores(?=[ \\t]+(?:of|more|others|wounded|injured|hurt|killed|dead|arrested|detained)\\b)|(?<=\\b(?:killing|wounding|injuring|killed|wounded|injured|arresting|arrested|detaining|detained)[ \\t]+)scores\\b|tens(?=[ \\t]+of[ \\t]+(?:thousands|millions|billions)\\b)|${PLURAL}`;

/** Multipliers after a head: "several hundred", "hundreds of thousands", "a couple of dozen". */
const TAIL = `(?:[ \\t]+(?:of[ \\t]+)?(?:${trieSource([...PLURAL_MULTIPLIERS.keys(), ...MULTIPLIER_WORDS.keys()])})\\b)*`;

const TOKEN = /[A-Za-z]+/g;

/**
 * Vague amounts (qualifier `vague`, value = the interval's low end): "hundreds" [200, 999],
 * "thousands of" [2000, 9999], "tens of thousands" [20000, 99999], "hundreds of thousands"
 * [200000, 999999], "dozens" [24, 99], "scores of" [40, 99] ("scores wounded", "injuring scores" too), "several" [3, 9], "a few" [2, 5],
 * "a handful of" [2, 5], "a couple of" [2, 3]; a multiplier scales them ("several hundred"
 * [300, 999], "a few thousand" [2000, 5999]). The span ends before a final "of".
 * "many", "numerous", "a number of" are not numbers.
 *
 * @example
 * // "tens of thousands of people" -> { text: 'tens of thousands', value: 20000, interval: [20000, 99999] }
 */
export const vagueRule: ShapeRule = {
  id: 'en/number/vague',
  startsAt: 'word',
  firstWords: ['several', 'a', 'an', 'dozens', 'scores', 'tens', ...PLURAL_MULTIPLIERS.keys()],
  source: `\\b(?:${HEAD})${TAIL}\\b`,
  read(text, start, end) {
    let interval: [number, number] | undefined;
    TOKEN.lastIndex = start;
    for (let m = TOKEN.exec(text); m !== null && m.index < end; m = TOKEN.exec(text)) {
      const word = m[0].toLowerCase();
      if (word === 'a' || word === 'an' || word === 'of') continue;
      if (interval === undefined) {
        const head = VAGUE_HEADS.get(word);
        if (head === undefined) return undefined;
        interval = [head[0], head[1]];
      } else {
        const factor = PLURAL_MULTIPLIERS.get(word) ?? MULTIPLIER_WORDS.get(word) ?? 1;
        interval = scaleVague(interval, factor);
      }
    }
    if (interval === undefined) return undefined;
    const reading = makeReading({ start, end, value: interval[0], form: 'vague', digits: '', rule: this.id });
    reading.high = interval[1];
    reading.qualifier = 'vague';
    return reading;
  },
};
