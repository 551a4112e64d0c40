import { SENTENCE_ABBREVIATIONS } from '../../locales/en/lineage-words.js';
import { CHROME_FLAG, hashString, isMultiplierCode, mix32, SHARED_FOLDER, STOP_BASE } from './fold.js';
import type { WordFolder } from './fold.js';

/**
 * What lineage detection keeps of a document: its sentences (spans and whether they are
 * mostly inside quotation marks) and, per sentence, the sorted distinct ids of its content
 * words after folding (numbers normalized: "26 thousand", "26,000" and "twenty-six thousand"
 * share one id), and the sorted distinct 16-bit hashes of its *phrases*: pairs of adjacent words
 * of which at least one is an ordinary word (a content word written in lowercase: "armored
 * vehicles", "state of", "of emergency"; not "El Paso"). Shared content words show two
 * sentences state the same facts; shared phrases show they share wording. The text itself is
 * not kept. Note: phrases are only compared between two sentences already matched on their
 * words, where 16 bits collide about once in a thousand pairs, and cost half the memory.
 * Invariants: `starts`, `ends`, `flags` have `count` entries, sentences are sorted and do
 * not overlap; `wordStart` and `phraseStart` have `count + 1` entries;
 * `words[wordStart[i] .. wordStart[i+1])` and `phrases[phraseStart[i] .. phraseStart[i+1])` are
 * strictly increasing.
 */
export interface TextProfile {
  readonly count: number;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  /** Per sentence, {@link SENTENCE_QUOTED} and {@link SENTENCE_BOILERPLATE} bits. */
  readonly flags: Uint8Array;
  readonly wordStart: Uint32Array;
  readonly words: Uint32Array;
  readonly phraseStart: Uint32Array;
  readonly phrases: Uint16Array;
}

/**
 * Sentence flag: at least half of the sentence's words are inside quotation marks (double,
 * or single when the quotation opens the sentence), or the sentence ends a quotation that
 * opened earlier, or its paragraph carries a social media handle (an embedded post quotes its
 * author).
 */
export const SENTENCE_QUOTED = 1;
/** Sentence flag: at least half of the sentence's content words are web page chrome (login, share, copyright). */
export const SENTENCE_BOILERPLATE = 2;

// Character classes of the scanner.
const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
const APOSTROPHE = 3;
const TERMINAL = 4;
const NEWLINE = 5;
const QUOTE_TOGGLE = 6;
const QUOTE_OPEN = 7;
const QUOTE_CLOSE = 8;
const SPACE = 9;
const CLOSER = 10;
const HYPHEN = 11;
const QUOTE_OPEN_SINGLE = 12;
const UNKNOWN = 255;

/** Character classes by UTF-16 code unit; non-ASCII entries are filled in on first sight. */
const CHAR_CLASS: Uint8Array = buildCharClasses();
/** A letter or combining mark outside ASCII. */
const UNICODE_LETTER = /[\p{L}\p{M}]/u;
/** Sentences longer than this many words are cut (text without punctuation). */
const MAX_SENTENCE_WORDS = 80;

function buildCharClasses(): Uint8Array {
  const table = new Uint8Array(65536).fill(UNKNOWN);
  for (let c = 0; c < 128; c++) table[c] = OTHER;
  for (let c = 65; c <= 90; c++) table[c] = LETTER;
  for (let c = 97; c <= 122; c++) table[c] = LETTER;
  for (let c = 48; c <= 57; c++) table[c] = DIGIT;
  table[0x27] = APOSTROPHE;
  table[0x2019] = APOSTROPHE;
  for (const c of [0x2e, 0x21, 0x3f, 0x2026]) table[c] = TERMINAL;
  table[0x0a] = NEWLINE;
  table[0x22] = QUOTE_TOGGLE;
  table[0x201c] = QUOTE_OPEN;
  table[0xab] = QUOTE_OPEN;
  table[0x201d] = QUOTE_CLOSE;
  table[0xbb] = QUOTE_CLOSE;
  for (const c of [0x20, 0x09, 0x0d, 0x0b, 0x0c, 0xa0, 0x2028, 0x2029, 0x200b]) table[c] = SPACE;
  for (let c = 0x2000; c <= 0x200a; c++) table[c] = SPACE;
  for (const c of [0x29, 0x5d]) table[c] = CLOSER;
  table[0x2018] = QUOTE_OPEN_SINGLE;
  for (const c of [0x2d, 0x2010, 0x2011, 0x2012, 0x2013]) table[c] = HYPHEN;
  return table;
}

function classOf(code: number): number {
  const known = CHAR_CLASS[code] as number;
  if (known !== UNKNOWN) return known;
  const computed = UNICODE_LETTER.test(String.fromCharCode(code)) ? LETTER : OTHER;
  CHAR_CLASS[code] = computed;
  return computed;
}

/**
 * Turns texts into {@link TextProfile}s. Keeps a word folder (with its cache) and scratch
 * buffers, so profiling a dump allocates little beyond the profiles themselves.
 *
 * @example
 * const profiler = new Profiler();
 * const p = profiler.profile('Tanks entered Baku. "We saw them," he said.');
 * p.count === 2; p.flags[1] === SENTENCE_QUOTED;
 */
export class Profiler {
  readonly folder: WordFolder;
  // Note: buffers start small, so they grow in the first documents, while the code is still
  // interpreted: a growth path first taken by optimized code deoptimizes it (and the JIT compiles it again)
  private words = new Uint32Array(64);
  private starts = new Uint32Array(8);
  private ends = new Uint32Array(8);
  private flags = new Uint8Array(8);
  private wordStart = new Uint32Array(9);
  private phrases = new Uint16Array(64);
  private phraseStart = new Uint32Array(9);
  // state of the text being profiled
  private count = 0;
  private wordCount = 0;
  private sentenceStart = -1;
  private sentenceLastEnd = 0;
  private sentenceTokens = 0;
  private sentenceQuotedTokens = 0;
  private sentenceContentTokens = 0;
  private sentenceChromeTokens = 0;
  private sentenceWordBase = 0;
  private sentencePhraseBase = 0;
  private phraseCount = 0;
  /** The sentence closes a quotation it did not open. */
  private isSentenceQuoted = false;
  /** First sentence of the current paragraph. */
  private paragraphFirst = 0;
  /** The paragraph carries a social media handle: it embeds a post. */
  private isParagraphEmbed = false;
  private inQuote = false;
  // previous word of the sentence, for phrases
  private hasPrevious = false;
  private previousId = 0;
  private isPreviousOrdinary = false;
  // pending number: total + current ("twenty-six thousand")
  private numberActive = false;
  private numberTotal = 0;
  private numberCurrent = 0;
  private numberFromDigits = false;
  // last word token, for abbreviation checks
  private lastTokenStart = -1;
  private lastTokenEnd = -1;

  constructor(folder: WordFolder = SHARED_FOLDER) {
    this.folder = folder;
  }

  /** Profiles one text. */
  profile(text: string): TextProfile {
    const p = this.scan(text);
    return {
      count: p.count,
      starts: p.starts.slice(),
      ends: p.ends.slice(),
      flags: p.flags.slice(),
      wordStart: p.wordStart.slice(),
      words: p.words.slice(),
      phraseStart: p.phraseStart.slice(),
      phrases: p.phrases.slice(),
    };
  }

  /**
   * Profiles one text into the profiler's buffers: the arrays of the result are views, valid
   * until the next call (a caller that keeps the profile copies it, as `DocStore.add` does).
   */
  scan(text: string): TextProfile {
    this.reset();
    const n = text.length;
    let i = 0;
    while (i < n) {
      const code = text.charCodeAt(i);
      const cls = code < 128 ? (CHAR_CLASS[code] as number) : classOf(code);
      if (cls === LETTER || cls === DIGIT) {
        i = this.scanWord(text, i, code, cls);
      } else if (cls === SPACE || cls === HYPHEN) {
        // "thirty-five", "Nagorno -Karabakh": a hyphen neither ends a number nor a sentence
        i++;
      } else if (cls === NEWLINE) {
        let j = i + 1;
        while (j < n && CHAR_CLASS[text.charCodeAt(j)] === SPACE) j++;
        if (j < n && text.charCodeAt(j) === 0x0a) {
          // a blank line ends the sentence, any open quotation and the paragraph
          this.closeSentence(this.sentenceLastEnd);
          this.inQuote = false;
          this.paragraphFirst = this.count;
          this.isParagraphEmbed = false;
        }
        i = j;
      } else if (cls === TERMINAL) {
        i = this.scanTerminal(text, i, code);
      } else {
        if (cls === QUOTE_TOGGLE) {
          this.inQuote = !this.inQuote;
        } else if (cls === QUOTE_OPEN) {
          this.inQuote = true;
        } else if (cls === QUOTE_CLOSE) {
          // "...I wished you'd killed him.” with the opening in an earlier sentence
          if (!this.inQuote) this.isSentenceQuoted = true;
          this.inQuote = false;
        } else if (cls === QUOTE_OPEN_SINGLE || (code === 0x27 && this.sentenceTokens === 0)) {
          // 'We grieve with the families...': a single quotation mark that opens a sentence
          if (this.sentenceTokens === 0) this.inQuote = true;
        } else if (cls === APOSTROPHE && this.inQuote && (i + 1 >= n || classOf(text.charCodeAt(i + 1)) !== LETTER)) {
          // 'initial reports are hopeful'. a single quotation mark closing before the period
          this.inQuote = false;
        } else if (code === 0x40 && i + 1 < n && classOf(text.charCodeAt(i + 1)) === LETTER) {
          // "Please keep our officers in your prayers. — Tracy Philbeck (@tracyphilbeck) August 9,
          // 2015": an embedded post, its paragraph quotes the author
          if (!this.isParagraphEmbed) {
            for (let k = this.paragraphFirst; k < this.count; k++) this.flags[k] = (this.flags[k] as number) | SENTENCE_QUOTED;
          }
          this.isParagraphEmbed = true;
        }
        if (this.sentenceStart < 0) {
          if (cls !== CLOSER) this.sentenceStart = i;
        } else {
          this.sentenceLastEnd = i + 1;
        }
        if (this.numberActive) this.flushNumber();
        i++;
      }
    }
    this.closeSentence(this.sentenceLastEnd);
    const count = this.count;
    this.wordStart[count] = this.wordCount;
    this.phraseStart[count] = this.phraseCount;
    // Note: views into the scratch buffers, valid until the next call; `profile` copies them
    return {
      count,
      starts: this.starts.subarray(0, count),
      ends: this.ends.subarray(0, count),
      flags: this.flags.subarray(0, count),
      wordStart: this.wordStart.subarray(0, count + 1),
      words: this.words.subarray(0, this.wordCount),
      phraseStart: this.phraseStart.subarray(0, count + 1),
      phrases: this.phrases.subarray(0, this.phraseCount),
    };
  }

  private reset(): void {
    this.count = 0;
    this.wordCount = 0;
    this.sentenceStart = -1;
    this.sentenceLastEnd = 0;
    this.sentenceTokens = 0;
    this.sentenceQuotedTokens = 0;
    this.sentenceContentTokens = 0;
    this.sentenceChromeTokens = 0;
    this.sentenceWordBase = 0;
    this.sentencePhraseBase = 0;
    this.phraseCount = 0;
    this.isSentenceQuoted = false;
    this.paragraphFirst = 0;
    this.isParagraphEmbed = false;
    this.inQuote = false;
    this.hasPrevious = false;
    this.numberActive = false;
    this.numberTotal = 0;
    this.numberCurrent = 0;
    this.numberFromDigits = false;
    this.lastTokenStart = -1;
    this.lastTokenEnd = -1;
  }

  /**
   * Reads the word starting at `start`: letters and digits, apostrophes between letters,
   * separators between digits. Hashes it on the way (two 32-bit hashes), so the folder's
   * cache needs no substring. Returns the position after the word.
   */
  private scanWord(text: string, start: number, first: number, firstClass: number): number {
    const n = text.length;
    let hasLetter = firstClass === LETTER;
    let h1 = Math.imul(0x811c9dc5 ^ first, 0x01000193);
    let h2 = Math.imul(0x9747b28c + first, 0x5bd1e995);
    let digitValue = firstClass === DIGIT ? first - 48 : 0;
    let dots = 0;
    let commas = 0;
    let afterDot = 0;
    let i = start + 1;
    if (hasLetter) {
      // Note: most characters of a word are ASCII letters: a tight loop for them, the general one for the rest
      while (i < n) {
        const c = text.charCodeAt(i);
        if (((c | 0x20) - 97) >>> 0 >= 26) break;
        h1 = Math.imul(h1 ^ c, 0x01000193);
        h2 = Math.imul(h2 + c, 0x5bd1e995) ^ (h2 >>> 15);
        i++;
      }
    }
    while (i < n) {
      const c = text.charCodeAt(i);
      const k = c < 128 ? (CHAR_CLASS[c] as number) : classOf(c);
      if (k === LETTER) {
        hasLetter = true;
      } else if (k === DIGIT) {
        digitValue = digitValue * 10 + (c - 48);
        afterDot++;
      } else if (i + 1 < n && (k === APOSTROPHE || c === 0x2c || c === 0x2e)) {
        const next = text.charCodeAt(i + 1);
        const nextClass = next < 128 ? (CHAR_CLASS[next] as number) : classOf(next);
        const previous = text.charCodeAt(i - 1);
        const isDigitSeparator = (c === 0x2c || c === 0x2e) && nextClass === DIGIT && previous >= 48 && previous <= 57;
        const isInnerApostrophe = k === APOSTROPHE && nextClass === LETTER;
        if (!isDigitSeparator && !isInnerApostrophe) break;
        if (c === 0x2e) {
          dots++;
          afterDot = 0;
        } else if (c === 0x2c) {
          commas++;
        }
      } else {
        break;
      }
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 + c, 0x5bd1e995) ^ (h2 >>> 15);
      i++;
    }
    if (this.sentenceStart < 0) this.sentenceStart = start;
    this.sentenceLastEnd = i;
    this.sentenceTokens++;
    if (this.inQuote) this.sentenceQuotedTokens++;
    this.lastTokenStart = start;
    this.lastTokenEnd = i;
    if (!hasLetter) {
      if (this.numberActive) this.flushNumber();
      // "26,000" -> 26000; "200.000" -> 200000 (dots as thousands); "1.5" -> 1.5
      const isDecimal = dots === 1 && commas === 0 && afterDot !== 3;
      this.numberActive = true;
      this.numberFromDigits = true;
      this.numberCurrent = isDecimal ? digitValue / 10 ** afterDot : digitValue;
    } else {
      const wordCode = this.folder.codeOf(h1, h2, text, start, i);
      if (wordCode <= STOP_BASE) {
        if (this.numberActive) this.flushNumber();
        this.addToken(STOP_BASE - wordCode, false);
      } else if (wordCode <= -2) {
        this.addNumberWord(wordCode);
      } else {
        if (this.numberActive) this.flushNumber();
        const isChrome = wordCode >= CHROME_FLAG;
        const id = isChrome ? wordCode - CHROME_FLAG : wordCode;
        if (isChrome) this.sentenceChromeTokens++;
        this.sentenceContentTokens++;
        this.pushWord(id);
        // a word written in lowercase is an ordinary word, so is the first word of a sentence
        this.addToken(id, this.sentenceTokens === 1 || isLowercase(first));
      }
    }
    if (this.sentenceTokens >= MAX_SENTENCE_WORDS) this.closeSentence(this.sentenceLastEnd);
    return i;
  }

  /** "twenty-six thousand": units and tens add up, multipliers multiply what came before. */
  private addNumberWord(wordCode: number): void {
    const value = -(wordCode + 2);
    if (isMultiplierCode(wordCode)) {
      if (!this.numberActive) {
        this.numberTotal = 0;
        this.numberCurrent = 0;
      }
      this.numberCurrent = (this.numberCurrent === 0 ? 1 : this.numberCurrent) * value;
      this.numberActive = true;
      if (value >= 1000) {
        this.numberTotal += this.numberCurrent;
        this.numberCurrent = 0;
      }
    } else {
      // "5 five" or "twenty" after digits: a new number
      if (this.numberActive && this.numberFromDigits) this.flushNumber();
      this.numberActive = true;
      this.numberCurrent += value;
    }
    this.numberFromDigits = false;
  }

  /** Terminal punctuation at `i`: ends the sentence unless an abbreviation or a lowercase word follows. */
  private scanTerminal(text: string, i: number, code: number): number {
    const n = text.length;
    let j = i + 1;
    while (j < n) {
      const c = text.charCodeAt(j);
      const k = c < 128 ? (CHAR_CLASS[c] as number) : classOf(c);
      if (k === TERMINAL || k === CLOSER) {
        j++;
      } else if (k === APOSTROPHE || k === QUOTE_CLOSE || (k === QUOTE_TOGGLE && this.inQuote)) {
        // a closing quotation mark after the punctuation: `.”`, `."`, `.’`
        if (!this.inQuote && k === QUOTE_CLOSE) this.isSentenceQuoted = true;
        this.inQuote = false;
        j++;
      } else {
        break;
      }
    }
    this.sentenceLastEnd = j;
    if (this.numberActive) this.flushNumber();
    if (this.sentenceStart < 0) return j;
    const isPeriodAfterAbbreviation = code === 0x2e && j === i + 1 && isAbbreviation(text, this.lastTokenStart, this.lastTokenEnd, i);
    if ((j >= n || isBreakAfter(text, j)) && !isPeriodAfterAbbreviation) this.closeSentence(j);
    return j;
  }

  private pushWord(id: number): void {
    if (this.wordCount >= this.words.length) this.words = grow32(this.words, this.wordCount * 2);
    this.words[this.wordCount++] = id;
  }

  /**
   * Ends the pending number: adds its content id and its phrase. Callers check `numberActive`
   * first (numbers are rare, so the JIT keeps this out of line at most call sites).
   */
  private flushNumber(): void {
    const value = this.numberTotal + this.numberCurrent;
    this.numberActive = false;
    this.numberTotal = 0;
    this.numberCurrent = 0;
    const id = numberId(value);
    // "one" is a pronoun as often as a number: 1 carries no content either way
    if (value !== 1) this.pushWord(id);
    this.addToken(id, false);
  }

  /** The next word of the sentence: makes a phrase with the previous one when either is ordinary. */
  private addToken(id: number, isOrdinary: boolean): void {
    if (this.hasPrevious && (isOrdinary || this.isPreviousOrdinary)) {
      if (this.phraseCount >= this.phrases.length) this.phrases = grow16(this.phrases, this.phraseCount * 2);
      // Note: 16 bits, the high half of the mix: phrases are only compared within a pair of matched sentences
      this.phrases[this.phraseCount++] = mix32(Math.imul(this.previousId, 0x9e3779b1) ^ id) >>> 16;
    }
    this.hasPrevious = true;
    this.previousId = id;
    this.isPreviousOrdinary = isOrdinary;
  }

  private closeSentence(end: number): void {
    if (this.numberActive) this.flushNumber();
    if (this.sentenceStart >= 0 && this.sentenceTokens > 0) {
      const count = this.count;
      if (count + 1 >= this.starts.length) this.growSentences(count * 2 + 2);
      this.starts[count] = this.sentenceStart;
      this.ends[count] = end;
      this.wordCount = sortUnique(this.words, this.sentenceWordBase, this.wordCount);
      this.phraseCount = sortUnique16(this.phrases, this.sentencePhraseBase, this.phraseCount);
      const isQuoted = this.isSentenceQuoted || this.isParagraphEmbed || this.sentenceQuotedTokens * 2 >= this.sentenceTokens;
      const isBoilerplate = this.sentenceChromeTokens > 0 && this.sentenceChromeTokens * 2 >= this.sentenceContentTokens;
      this.flags[count] = (isQuoted ? SENTENCE_QUOTED : 0) | (isBoilerplate ? SENTENCE_BOILERPLATE : 0);
      this.wordStart[count] = this.sentenceWordBase;
      this.phraseStart[count] = this.sentencePhraseBase;
      this.count = count + 1;
      this.sentenceWordBase = this.wordCount;
      this.sentencePhraseBase = this.phraseCount;
    } else {
      this.wordCount = this.sentenceWordBase;
      this.phraseCount = this.sentencePhraseBase;
    }
    this.hasPrevious = false;
    this.isSentenceQuoted = false;
    this.sentenceStart = -1;
    this.sentenceTokens = 0;
    this.sentenceQuotedTokens = 0;
    this.sentenceContentTokens = 0;
    this.sentenceChromeTokens = 0;
  }

  private growSentences(size: number): void {
    this.starts = grow32(this.starts, size);
    this.ends = grow32(this.ends, size);
    const flags = new Uint8Array(Math.max(size, this.flags.length * 2));
    flags.set(this.flags);
    this.flags = flags;
    this.wordStart = grow32(this.wordStart, size + 1);
    this.phraseStart = grow32(this.phraseStart, size + 1);
  }
}

/** Whether a letter is lowercase ("armored", "émigré"), by its first code unit. */
function isLowercase(code: number): boolean {
  if (code < 128) return code >= 97 && code <= 122;
  const letter = String.fromCharCode(code);
  return letter !== letter.toUpperCase();
}

/** Whether a sentence can end before position `j` (after terminal punctuation). */
function isBreakAfter(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  const k = c < 128 ? (CHAR_CLASS[c] as number) : classOf(c);
  if (k !== SPACE && k !== NEWLINE) return false;
  // "e.g. something", "10 a.m. on": a lowercase word next continues the sentence
  let m = j + 1;
  while (m < text.length) {
    const d = text.charCodeAt(m);
    const dk = d < 128 ? (CHAR_CLASS[d] as number) : classOf(d);
    if (dk !== SPACE && dk !== NEWLINE) break;
    m++;
  }
  if (m >= text.length) return true;
  const next = text.charCodeAt(m);
  return !(next >= 97 && next <= 122);
}

/** Whether the period at `period` closes an abbreviation or an initial ("Mr.", "J.", "p.m."). */
function isAbbreviation(text: string, tokenStart: number, tokenEnd: number, period: number): boolean {
  if (tokenEnd !== period || tokenStart < 0) return false;
  if (tokenEnd - tokenStart === 1) return true;
  if (tokenEnd - tokenStart > 5) return false;
  // Note: the token's letters as a number, 5 bits a letter (no substring); not a word of ASCII letters, not an abbreviation
  let key = 0;
  for (let i = tokenStart; i < tokenEnd; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) return false;
    key = key * 32 + (c - 96);
  }
  return (abbreviationKeys ?? buildAbbreviationKeys()).has(key);
}

function buildAbbreviationKeys(): Set<number> {
  abbreviationKeys = new Set([...SENTENCE_ABBREVIATIONS].filter((word) => /^[a-z]{2,5}$/.test(word)).map(letterKey));
  return abbreviationKeys;
}

/** {@link SENTENCE_ABBREVIATIONS} of 2 to 5 letters as numbers (see `isAbbreviation`), built on first use. */
let abbreviationKeys: Set<number> | undefined;

function letterKey(word: string): number {
  let key = 0;
  for (let i = 0; i < word.length; i++) key = key * 32 + (word.charCodeAt(i) - 96);
  return key;
}

/** Content id of a number value. */
function numberId(value: number): number {
  return Number.isInteger(value) && value >= 0 && value < 0x7fffffff ? mix32(value ^ 0x2f6b3a91) : hashString(`#${value}`);
}

/** Sorts `words[from, to)` and removes repeats; returns the new end. */
function sortUnique(words: Uint32Array, from: number, to: number): number {
  if (to - from <= 1) return to;
  if (to - from <= 32) {
    // insertion sort: sentences are short, and a subarray per sentence costs more
    for (let i = from + 1; i < to; i++) {
      const w = words[i] as number;
      let j = i - 1;
      while (j >= from && (words[j] as number) > w) {
        words[j + 1] = words[j] as number;
        j--;
      }
      words[j + 1] = w;
    }
  } else {
    words.subarray(from, to).sort();
  }
  let write = from + 1;
  for (let read = from + 1; read < to; read++) {
    const w = words[read] as number;
    if (w !== words[write - 1]) words[write++] = w;
  }
  return write;
}

/** {@link sortUnique} of 16-bit values. */
function sortUnique16(values: Uint16Array, from: number, to: number): number {
  if (to - from <= 1) return to;
  if (to - from <= 32) {
    for (let i = from + 1; i < to; i++) {
      const v = values[i] as number;
      let j = i - 1;
      while (j >= from && (values[j] as number) > v) {
        values[j + 1] = values[j] as number;
        j--;
      }
      values[j + 1] = v;
    }
  } else {
    values.subarray(from, to).sort();
  }
  let write = from + 1;
  for (let read = from + 1; read < to; read++) {
    const v = values[read] as number;
    if (v !== values[write - 1]) values[write++] = v;
  }
  return write;
}

function grow16(array: Uint16Array, size: number): Uint16Array<ArrayBuffer> {
  const grown = new Uint16Array(Math.max(size, array.length * 2));
  grown.set(array);
  return grown;
}

function grow32(array: Uint32Array, size: number): Uint32Array<ArrayBuffer> {
  const grown = new Uint32Array(Math.max(size, array.length * 2));
  grown.set(array);
  return grown;
}
