import anyAscii from 'any-ascii';
import { distance } from 'fastest-levenshtein';
import { doubleMetaphone } from 'double-metaphone';
import { TRANSLATED_PREFIXES } from '../../locales/en/entities-places.js';

/**
 * Common romanization alternations, applied in this order to a lowercase ASCII name so that two
 * spellings of one name meet (`foldName` applies them in single passes over the letters):
 * kh -> h (Khazar, Hazar); tch, ch -> c; sh -> s; zh -> j; a consonant's y before a vowel
 * dropped (Lankyaran, Lankaran; -yev, -ev); y -> i (Baky, Baki); doubled letters single.
 */
const K = 107;
const H = 104;
const T = 116;
const C = 99;
const S = 115;
const Z = 122;
const J = 106;
const Y = 121;
const I = 105;
const SPACE = 32;

function isVowel(c: number): boolean {
  return c === 97 || c === 101 || c === I || c === 111 || c === 117;
}

/** The consonants before a dropped y: every letter but the vowels and y. */
function isConsonant(c: number): boolean {
  return c >= 97 && c <= 122 && !isVowel(c) && c !== Y;
}

const VOWELS = /[aeiou]/g;

/** Names folded (and keyed) so far: the same names recur in every document of an event. */
const FOLDED = new Map<string, string>();
const SKELETONS = new Map<string, string>();
/**
 * Entries each memo of names keeps before it starts over. Note: a dump of 5,000 reports names
 * 58,000 distinct spellings (50,000 distinct words); memos of 20,000 started over several times per
 * assembly and folded and keyed most names again: merging its entities took 1.7 s, against 0.9 s now.
 */
export const MEMO_LIMIT = 100_000;
/** Entries each memo of names keeps now (`setMemoLimit`). */
let memoLimit = MEMO_LIMIT;

/** How many entries each memo of names keeps (`MEMO_LIMIT` unless `setMemoLimit` changed it). */
export function memoEntries(): number {
  return memoLimit;
}

/**
 * Sets how many entries each memo of names keeps, in this thread (the memos of `keys.ts`,
 * `canonical.ts` and the gazetteer's lookups). `MEMO_LIMIT` suits a thread that merges the
 * entities of a whole build; a stream's worker analyses reports and builds each event from its
 * few reports, which needs far fewer (see `WORKER_MEMO_ENTRIES`). Memos only save work: the
 * limit changes no result.
 */
export function setMemoLimit(entries: number): void {
  memoLimit = Math.max(1, Math.floor(entries));
}
const ASCII_ONLY = /^[\x20-\x7e]*$/;

/**
 * Folds a name to lowercase ASCII with the romanization alternations applied.
 *
 * @example
 * foldName('Lənkəran') === 'lenkeran'; foldName('Lankyaran') === 'lankaran'
 */
export function foldName(name: string): string {
  let folded = FOLDED.get(name);
  if (folded === undefined) {
    if (FOLDED.size >= memoLimit) FOLDED.clear();
    folded = foldUncached(name);
    FOLDED.set(name, folded);
  }
  return folded;
}

/** Scratch space for `foldUncached`: every pass rewrites it in place (no pass makes a name longer). */
let scratch = new Uint8Array(256);

function foldUncached(name: string): string {
  const ascii = ASCII_ONLY.test(name) ? name : anyAscii(name);
  if (scratch.length < ascii.length) scratch = new Uint8Array(ascii.length * 2);
  const a = scratch;
  // Lowercase letters; hyphens read as spaces; everything else but letters and spaces dropped; spaces single, trimmed.
  let n = 0;
  for (let i = 0; i < ascii.length; i++) {
    let c = ascii.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 45) c = SPACE;
    if (c === SPACE) {
      if (n > 0 && a[n - 1] !== SPACE) a[n++] = SPACE;
    } else if (c >= 97 && c <= 122) {
      a[n++] = c;
    }
  }
  if (n > 0 && a[n - 1] === SPACE) n--;
  // kh -> h; tch, ch -> c; sh -> s; zh -> j: one pass each, in that order, left to right.
  n = pairPass(a, n, K, H, H);
  let w = 0;
  for (let i = 0; i < n; i++) {
    if (a[i] === T && a[i + 1] === C && a[i + 2] === H && i + 2 < n) {
      a[w++] = C;
      i += 2;
    } else if (a[i] === C && a[i + 1] === H && i + 1 < n) {
      a[w++] = C;
      i += 1;
    } else {
      a[w++] = a[i]!;
    }
  }
  n = pairPass(a, w, S, H, S);
  n = pairPass(a, n, Z, H, J);
  // A consonant's y before a vowel is dropped ("kya" -> "ka").
  w = 0;
  for (let i = 0; i < n; i++) {
    const c = a[i]!;
    if (i + 2 < n && isConsonant(c) && a[i + 1] === Y && isVowel(a[i + 2]!)) {
      a[w++] = c;
      a[w++] = a[i + 2]!;
      i += 2;
    } else {
      a[w++] = c;
    }
  }
  // y -> i, then a run of one letter is one letter.
  let out = '';
  let previous = -1;
  for (let i = 0; i < w; i++) {
    let c = a[i]!;
    if (c === Y) c = I;
    if (c === previous && c !== SPACE) continue;
    out += String.fromCharCode(c);
    previous = c;
  }
  return out;
}

/** Replaces every `first second` pair of `a[0, n)` with `replacement`, left to right, in place; the new length. */
function pairPass(a: Uint8Array, n: number, first: number, second: number, replacement: number): number {
  let w = 0;
  for (let i = 0; i < n; i++) {
    if (i + 1 < n && a[i] === first && a[i + 1] === second) {
      a[w++] = replacement;
      i++;
    } else {
      a[w++] = a[i]!;
    }
  }
  return w;
}

/**
 * The consonant skeleton of a name: its first letter, then its consonants. Spellings that
 * differ only in vowels (Baku, Baky; Lenkeran, Lankaran; Gorbachev, Gorbachov) share it.
 * A prefix that translates "Nagorno" ("Upper", "High") is kept as a marker, so
 * "Nagorno-Karabakh" and "Upper Karabakh" share a key and bare "Karabakh" does not.
 *
 * @example
 * skeletonKey('Nagorno-Karabakh') === skeletonKey('Upper Karabakh')
 */
export function skeletonKey(name: string): string {
  let key = SKELETONS.get(name);
  if (key === undefined) {
    if (SKELETONS.size >= memoLimit) SKELETONS.clear();
    key = skeletonUncached(name);
    SKELETONS.set(name, key);
  }
  return key;
}

/** Shortest name whose spellings that differ only in vowels are one name (`spellingKey`): shorter ones are too often two ("Lida", "Lado"). */
const SPELLING_KEY_MIN = 5;

/**
 * A name's key where spellings that differ only in vowels are one name ("Kharkiv" and "Kharkov",
 * "Kirkuk" and "Kerkuk"): its consonant skeleton (marked `~`) from five letters on, else the name
 * itself. Read by grouping (the shared name of a small collection) and by reconciliation (the
 * place of another happening).
 *
 * @example spellingKey('Kharkiv') === spellingKey('Kharkov'); spellingKey('Lida') === 'Lida'
 */
export function spellingKey(name: string): string {
  return name.length >= SPELLING_KEY_MIN ? `~${skeletonKey(name)}` : name;
}

function skeletonUncached(name: string): string {
  const folded = foldName(name);
  const words = folded === '' ? [] : folded.split(' ');
  let translated = false;
  if (words.length >= 2) {
    const plain = (ASCII_ONLY.test(name) ? name : anyAscii(name)).toLowerCase().replace(/-/g, ' ').trim().split(/\s+/);
    translated = plain.length === words.length && TRANSLATED_PREFIXES.has(plain[0]!);
  }
  let skeleton = '';
  for (let w = translated ? 1 : 0; w < words.length; w++) {
    const word = words[w]!;
    if (w > (translated ? 1 : 0)) skeleton += ' ';
    skeleton += word[0]!;
    for (let i = 1; i < word.length; i++) if (!isVowel(word.charCodeAt(i))) skeleton += word[i];
  }
  return translated ? `^${skeleton}` : skeleton;
}

/**
 * Similarity of two names in [0, 1]: 1 - Levenshtein distance / longer length, over the folded
 * names with every vowel read alike (romanizations differ most in vowels).
 *
 * @example
 * nameSimilarity('Gorbachev', 'Gorbachov') === 1
 */
export function nameSimilarity(a: string, b: string): number {
  const x = vowelsAlike(a);
  const y = vowelsAlike(b);
  const longest = Math.max(x.length, y.length);
  return longest === 0 ? 1 : 1 - distance(x, y) / longest;
}

/**
 * Whether two single-word name forms are spellings of one name: same skeleton and similar, or
 * same double-metaphone code and very similar. Short words (3 letters or fewer) must be equal.
 *
 * @example
 * isSpellingVariant('Baku', 'Baky') === true; isSpellingVariant('Baku', 'Bako') === true; isSpellingVariant('Smith', 'Smyth') === true
 */
export function isSpellingVariant(a: string, b: string): boolean {
  if (a === b) return true;
  if (a > b) return isSpellingVariant(b, a);
  // Note: the cache is bounded by its pairs, not its rows: one common surname compared with every
  // name of a dump would make one row grow without end.
  if (variantPairs >= VARIANT_PAIRS_PER_ENTRY * memoLimit) {
    VARIANT_CACHE.clear();
    variantPairs = 0;
  }
  let row = VARIANT_CACHE.get(a);
  if (row === undefined) {
    row = new Map();
    VARIANT_CACHE.set(a, row);
  }
  let known = row.get(b);
  if (known === undefined) {
    known = compareSpellings(a, b);
    row.set(b, known);
    variantPairs++;
  }
  return known;
}

/** Comparisons made so far, by the smaller then the larger spelling. */
const VARIANT_CACHE = new Map<string, Map<string, boolean>>();
/** Pairs in `VARIANT_CACHE`; it keeps `VARIANT_PAIRS_PER_ENTRY` times the memo limit before starting over. */
let variantPairs = 0;
const VARIANT_PAIRS_PER_ENTRY = 4;

function compareSpellings(a: string, b: string): boolean {
  const x = foldName(a);
  const y = foldName(b);
  if (x === y) return true;
  if (Math.min(x.length, y.length) <= 3) return false;
  // Both tests below ask for a similarity of 0.75 or more: the cheap one first.
  if (nameSimilarity(a, b) < 0.75) return false;
  if (skeletonKey(a) === skeletonKey(b)) return true;
  return metaphoneOf(x) === metaphoneOf(y);
}

const VOWELED = new Map<string, string>();
const METAPHONES = new Map<string, string>();

/** The folded name with every vowel read as "a" (romanizations differ most in vowels), remembered. */
function vowelsAlike(name: string): string {
  let x = VOWELED.get(name);
  if (x === undefined) {
    if (VOWELED.size >= memoLimit) VOWELED.clear();
    x = foldName(name).replace(VOWELS, 'a');
    VOWELED.set(name, x);
  }
  return x;
}

/** The primary double-metaphone code of a folded name, remembered. */
function metaphoneOf(folded: string): string {
  let code = METAPHONES.get(folded);
  if (code === undefined) {
    if (METAPHONES.size >= memoLimit) METAPHONES.clear();
    code = doubleMetaphone(folded)[0];
    METAPHONES.set(folded, code);
  }
  return code;
}
