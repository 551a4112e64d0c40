import anyAscii from 'any-ascii';
import { LINEAGE_STOPWORDS, NUMBER_MULTIPLIERS, NUMBER_WORDS, SPELLING_VARIANTS, WEB_CHROME_WORDS } from '../../locales/en/lineage-words.js';

/** Possessive `'s` and a trailing apostrophe: "Azerbaijan’s" -> "Azerbaijan". */
const POSSESSIVE = /['’](?:s)?$/;
/** Apostrophes inside a word: "don't" -> "dont". */
const APOSTROPHES = /['’]/g;
/** A non-ASCII character: only such words go through any-ascii. */
const NON_ASCII = /[^\x00-\x7f]/;
/** Characters that may remain after transliteration and are not letters or digits. */
const NON_ALNUM = /[^a-z0-9]/g;
const VOWEL = /[aeiouy]/;
/** A word of lowercase ASCII letters and digits only: nothing to transliterate or strip. */
const PLAIN_WORD = /^[a-z0-9]+$/;
/** Values of the multiplying number words (100, 1000, ...). */
const MULTIPLIER_VALUES: ReadonlySet<number> = new Set(
  [...NUMBER_MULTIPLIERS].map((word) => NUMBER_WORDS.get(word) ?? 0).filter((value) => value > 0),
);
/** Folded web chrome words, built on first use (see {@link chromeFolded}). */
let chromeFoldedWords: ReadonlySet<string> | undefined;

function chromeFolded(): ReadonlySet<string> {
  chromeFoldedWords ??= new Set([...WEB_CHROME_WORDS].map((word) => foldWord(word)));
  return chromeFoldedWords;
}

/**
 * Folds one word to the key under which its spelling variants meet: lowercase, ASCII,
 * without possessive, British spelling folded to American, light stemming. The key is not a
 * word: it only has to be the same for variants and different for unrelated words.
 * Returns `''` for a word without letters or digits.
 *
 * @example
 * foldWord('Armoured') === foldWord('armored');   // 'armor'
 * foldWord('entrances') === foldWord('entrance'); // 'entranc'
 * foldWord('Lənkəran') === 'lenkeran';
 */
export function foldWord(word: string): string {
  let w = word.toLowerCase();
  // Note: plain lowercase ASCII words (most of them) skip the regular expressions
  if (!PLAIN_WORD.test(w)) {
    if (NON_ASCII.test(w)) w = anyAscii(w).toLowerCase();
    w = w.replace(POSSESSIVE, '').replace(APOSTROPHES, '').replace(NON_ALNUM, '');
  }
  const variant = SPELLING_VARIANTS.get(w);
  if (variant !== undefined) w = variant;
  return stemWord(w);
}

/**
 * Light stemmer over a lowercase ASCII word: strips inflections (-s, -es, -ies, -ed, -ing, -ly),
 * then folds British to American spelling (-our/-or, -ise/-ize, -yse/-yze, -re/-er, -ence/-ense,
 * -logue/-log, doubled final consonants) by mapping both to one key.
 *
 * @example
 * stemWord('armoured') === stemWord('armored'); // 'armor'
 * stemWord('centres') === stemWord('center');   // 'centr'
 * stemWord('organised') === stemWord('organizes');
 */
export function stemWord(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('isation') || w.endsWith('isations')) w = w.replace(/isation(s?)$/, 'ization$1');
  w = stripInflection(w);
  // drop a final e: "entrance"/"entranc(es)", "fire"/"fir(ed)"
  if (w.length >= 4 && w.endsWith('e')) w = w.slice(0, -1);
  // "catalogue" -> "catalog"
  if (w.endsWith('ogu')) w = w.slice(0, -1);
  // undouble a final consonant: "stopp(ed)" -> "stop", "travell(ed)" -> "travel", "programm(e)"
  const length = w.length;
  if (length >= 4) {
    const last = w.charCodeAt(length - 1);
    if (last === w.charCodeAt(length - 2) && !isVowelCode(last)) w = w.slice(0, -1);
  }
  // "center"/"centre" -> "centr"; "meter"/"metre" -> "metr"
  if (w.length >= 5 && w.endsWith('er') && !isVowelCode(w.charCodeAt(w.length - 3))) w = w.slice(0, -2) + 'r';
  // "defence"/"defense" -> "defens"
  if (w.endsWith('nc')) w = w.slice(0, -1) + 's';
  // "organis(ed)" -> "organiz"; "analys(ed)" -> "analyz"
  if (w.length >= 5 && (w.endsWith('is') || w.endsWith('ys'))) w = w.slice(0, -1) + 'z';
  // "carry"/"carri(ed)" -> "carri"
  if (w.length >= 3 && w.endsWith('y')) w = w.slice(0, -1) + 'i';
  // "armour" -> "armor", "neighbourhood" -> "neighborhood" (not "hour", "four", "journal")
  const our = w.indexOf('our', 2);
  if (our >= 2) w = w.slice(0, our) + 'or' + w.slice(our + 3);
  return w;
}

function isVowelCode(code: number): boolean {
  // a e i o u
  return code === 97 || code === 101 || code === 105 || code === 111 || code === 117;
}

/** Strips one inflectional suffix, keeping a stem of at least 3 letters with a vowel. */
function stripInflection(w: string): string {
  const n = w.length;
  if (n > 5 && w.endsWith('ingly')) return keepStem(w, 5);
  if (n > 4 && w.endsWith('edly')) return keepStem(w, 4);
  if (n > 4 && w.endsWith('ings')) return keepStem(w, 4);
  if (n > 3 && w.endsWith('ing')) return keepStem(w, 3);
  if (n > 3 && (w.endsWith('ied') || w.endsWith('ies'))) return w.slice(0, -3) + 'y';
  if (n > 3 && w.endsWith('ed')) return keepStem(w, 2);
  if (n > 4 && w.endsWith('ly')) return keepStem(w, 2, 4);
  if (n > 3 && w.endsWith('es')) {
    const before = w.charCodeAt(n - 3);
    // "buses", "boxes", "churches", "crashes": the -es is the suffix; "vehicles": only -s
    if (before === 115 || before === 120 || before === 122 || w.endsWith('ches') || w.endsWith('shes')) {
      return keepStem(w, 2);
    }
    return w.slice(0, -1);
  }
  if (n > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

function keepStem(w: string, suffix: number, minimum = 3): string {
  const stem = w.slice(0, w.length - suffix);
  return stem.length >= minimum && VOWEL.test(stem) ? stem : w;
}

/**
 * Maps raw tokens (as cut from the text, any case) to content-word ids, with a bounded cache:
 * folding runs once per distinct token, however long the dump.
 * A code is one number: `>= 0` a content id (32-bit hash of the folded word) plus
 * {@link CHROME_FLAG} for words of web page chrome ("newsletter", "copyright"); from -2 down to
 * -1e9-2 a number word of value `-(code + 2)` ({@link isMultiplierCode} tells the multiplying
 * ones: "hundred", "thousand"); at most {@link STOP_BASE} a stopword, whose id (for phrases such
 * as "state of emergency") is `STOP_BASE - code`.
 * The cache is keyed by two independent 32-bit hashes of the token that the caller computes
 * while scanning ({@link tokenHashes}), so a cached token costs no substring and no string hash.
 *
 * @example
 * const folder = new WordFolder();
 * folder.code('Armoured') === folder.code('armored'); // same content id
 * isStopCode(folder.code('the')) === true;
 * folder.code('five') === -7;                         // number 5
 */
export class WordFolder {
  /**
   * Open-addressing table, 4 entries a slot: the two token hashes and the code (plus
   * {@link CODE_OFFSET}) in two 32-bit halves; one slot is one probe into one cache line.
   */
  private table: Uint32Array;
  private mask: number;
  private used = 0;

  /** @param maxEntries tokens cached before the cache is cleared (bounds memory on huge vocabularies). */
  constructor(private readonly maxEntries = 1 << 18) {
    // Note: the table starts small and doubles, so a small vocabulary stays in the CPU cache
    const slots = 1 << 6;
    this.table = new Uint32Array(slots * 4);
    this.mask = slots - 1;
  }

  /** The code of a raw token. */
  code(token: string): number {
    const [h1, h2] = tokenHashes(token, 0, token.length);
    return this.codeOf(h1, h2, token, 0, token.length);
  }

  /** The code of the token `text.slice(start, end)` whose {@link tokenHashes} are `h1`, `h2`. */
  codeOf(h1: number, h2: number, text: string, start: number, end: number): number {
    const k1 = h1 >>> 0 || 1;
    const k2 = h2 >>> 0;
    const table = this.table;
    const mask = this.mask;
    let slot = (k1 ^ (k2 >>> 7)) & mask;
    for (;;) {
      const at = slot << 2;
      const stored = table[at] as number;
      if (stored === 0) break;
      if (stored === k1 && table[at + 1] === k2) return (table[at + 2] as number) * 4294967296 + (table[at + 3] as number) - CODE_OFFSET;
      slot = (slot + 1) & mask;
    }
    const code = computeCode(text.slice(start, end));
    if (this.used >= this.maxEntries) {
      this.table.fill(0);
      this.used = 0;
    } else if ((this.used + 1) * 2 > this.mask) {
      this.grow();
    }
    this.insert(k1, k2, code);
    return code;
  }

  /** Number of cached tokens (for memory reports). */
  get size(): number {
    return this.used;
  }

  private insert(k1: number, k2: number, code: number): void {
    const table = this.table;
    let slot = (k1 ^ (k2 >>> 7)) & this.mask;
    while (table[slot << 2] !== 0) slot = (slot + 1) & this.mask;
    const at = slot << 2;
    const value = code + CODE_OFFSET;
    table[at] = k1;
    table[at + 1] = k2;
    table[at + 2] = Math.floor(value / 4294967296);
    table[at + 3] = value >>> 0;
    this.used++;
  }

  private grow(): void {
    const old = this.table;
    const slots = (old.length >>> 2) * 2;
    this.table = new Uint32Array(slots * 4);
    this.mask = slots - 1;
    this.used = 0;
    for (let at = 0; at < old.length; at += 4) {
      const k1 = old[at] as number;
      if (k1 === 0) continue;
      let slot = (k1 ^ ((old[at + 1] as number) >>> 7)) & this.mask;
      while (this.table[slot << 2] !== 0) slot = (slot + 1) & this.mask;
      const to = slot << 2;
      for (let k = 0; k < 4; k++) this.table[to + k] = old[at + k] as number;
      this.used++;
    }
  }
}

/** Added to a code before it is stored, so that every code is stored as a number in [0, 2^35). */
const CODE_OFFSET = 2 ** 34;

/**
 * The folder profilers share unless given their own: folding is a pure function of the token,
 * so its cache can serve every index of the process (bounded like any folder's).
 *
 * @example
 * new Profiler().folder === SHARED_FOLDER;
 */
export const SHARED_FOLDER: WordFolder = new WordFolder();

/**
 * The two 32-bit hashes of `text.slice(start, end)` that {@link WordFolder.codeOf} expects; the
 * profiler computes the same ones inline while it scans.
 *
 * @example
 * tokenHashes('armored', 0, 7); // [h1, h2]
 */
export function tokenHashes(text: string, start: number, end: number): [number, number] {
  const first = text.charCodeAt(start);
  let h1 = Math.imul(0x811c9dc5 ^ first, 0x01000193);
  let h2 = Math.imul(0x9747b28c + first, 0x5bd1e995);
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 + c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return [h1, h2];
}

/**
 * Whether a code from {@link WordFolder.code} is a multiplying number word.
 *
 * @example
 * isMultiplierCode(new WordFolder().code('thousand')) === true;
 */
export function isMultiplierCode(code: number): boolean {
  return code <= -2 && code > STOP_BASE && MULTIPLIER_VALUES.has(-(code + 2));
}

/**
 * Codes at most this are stopwords (see {@link WordFolder}).
 *
 * @example
 * isStopCode(new WordFolder().code('the')) === true;
 */
export const STOP_BASE = -(2 ** 33);

/**
 * Whether a code from {@link WordFolder.code} is a stopword.
 *
 * @example
 * isStopCode(new WordFolder().code('said')) === true;
 */
export function isStopCode(code: number): boolean {
  return code <= STOP_BASE;
}

function computeCode(token: string): number {
  let lower = token.toLowerCase();
  const isPlain = PLAIN_WORD.test(lower);
  if (!isPlain) lower = lower.replace(POSSESSIVE, '').replace(APOSTROPHES, '');
  if (LINEAGE_STOPWORDS.has(lower)) return STOP_BASE - hashString(lower);
  const number = NUMBER_WORDS.get(lower);
  if (number !== undefined) return -(number + 2);
  // Note: what foldWord does to a plain word, without lowercasing and testing it again
  const folded = isPlain ? stemWord(SPELLING_VARIANTS.get(lower) ?? lower) : foldWord(token);
  if (folded.length <= 1 || LINEAGE_STOPWORDS.has(folded)) return STOP_BASE - hashString(folded);
  return hashString(folded) + (chromeFolded().has(folded) ? CHROME_FLAG : 0);
}

/**
 * Added to the code of a web chrome word (see `WEB_CHROME_WORDS`); the content id is
 * `code - CHROME_FLAG`.
 *
 * @example
 * new WordFolder().code('newsletter') >= CHROME_FLAG;
 */
export const CHROME_FLAG = 2 ** 32;

/**
 * 32-bit FNV-1a hash of a string, finished with a murmur mix; unsigned.
 *
 * @example
 * hashString('armor') === hashString('armor');
 */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/**
 * Murmur3 finalizer: a fast bijective mix of 32 bits; unsigned result.
 *
 * @example
 * mix32(1) !== mix32(2);
 */
export function mix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
