/**
 * Sentence splitting over `SourceDoc.text`.
 *
 * Choice: an own rule-based splitter, not wink-nlp and not Intl.Segmenter.
 * Measured (Node 20, one core of the shared 2-core machine, cleaned texts, median of
 * three fresh processes, 5 passes each after a warm-up; the machine was shared, so
 * +-30%):
 *
 * | splitter                      | gva-dev (2.25 MB) | black-january x150 (2.7 MB) |
 * |-------------------------------|-------------------|-----------------------------|
 * | this splitter                 | 80-120 MB/s       | ~200 MB/s                   |
 * | Intl.Segmenter('en')          | 12 MB/s           | 23 MB/s                     |
 * | wink-nlp, `sbd` pipe only     | 3 MB/s            | 3 MB/s                      |
 *
 * Quality: on black-january this splitter and wink agree on 119 sentence starts; the
 * differences are all line breaks we split at on purpose (a doubled caption, a line
 * ending in ":"), where wink runs on into the next line. Intl.Segmenter splits after
 * "Mr." and "Ms." there. On every tenth gva document (126 docs) the two agree on 2,083
 * starts; wink alone splits at 75 more, most of them wrong ("Cpl. | Anthony", ".22 |
 * caliber", "WRAL. | com", ".32 cal. | pistol"), and this splitter alone at 16, mostly
 * right ("about 10:05 p.m. | Thousands of spectators"). The whole budget is >= 5 MB/s
 * end to end, so wink (3 MB/s for sentences alone, slower than the whole budget) is out;
 * this splitter costs about 1/20 of the budget.
 *
 * Rules, in order, for a candidate boundary (`.`, `!`, `?`, `…` runs, with closing quotes
 * or brackets, followed by a space or the end of the line):
 * - a line break always ends a sentence: cleaning has already joined hard-wrapped lines,
 *   so every `\n` left is a paragraph or a line of its own (heading, caption, byline);
 * - a lowercase next word never starts a sentence ("“Stop!” he said", "approx. five");
 * - after a.m./p.m. a capitalised word starts a sentence unless it is a day, month or
 *   time zone ("at 9 p.m. Police said" splits; "at 9 p.m. Saturday in" does not);
 * - after a title, month, street or state abbreviation, a single initial or a dotted
 *   acronym ("Mr.", "Jan.", "St.", "J.", "U.S."), only a closed-class sentence starter
 *   ("The", "He", "But") starts a sentence;
 * - otherwise a capital letter, a digit, or an opening quote or bracket starts one.
 */
import type { Sentence, SourceDoc } from '../../model/document.js';
import {
  CONTINUING_ABBREVIATIONS,
  ENDING_ABBREVIATIONS,
  LOWERCASE_ABBREVIATIONS,
  SENTENCE_STARTERS,
  TIME_ABBREVIATIONS,
  TIME_FOLLOWERS,
} from '../../locales/en/ingest-abbreviations.js';

/** Where a sentence may end: a terminator or a line break. Found natively, checked in code. */
const CANDIDATE = /[.!?…\n]/g;
const DOTTED_ACRONYM = /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const UPPERCASE_LETTER = /^\p{Lu}$/u;
const LOWERCASE_LETTER = /^\p{Ll}$/u;
const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;
/** Punctuation stripped from the front of the token before a period: "(Mr." -> "Mr". */
const LEADING_PUNCTUATION = /^[("“‘'[]+/;

const FULL_STOP = 46;
const NEWLINE = 10;
const SPACE = 32;
const TAB = 9;

/** Character classes the scanner needs, ASCII fast and the rest through Unicode properties. */
type Kind = 0 | 1 | 2 | 3;
const KIND_OTHER: Kind = 0;
const KIND_LOWER: Kind = 1;
const KIND_UPPER: Kind = 2;
const KIND_DIGIT: Kind = 3;

function kindOf(text: string, index: number): Kind {
  const code = text.charCodeAt(index);
  if (code >= 97 && code <= 122) return KIND_LOWER;
  if (code >= 65 && code <= 90) return KIND_UPPER;
  if (code >= 48 && code <= 57) return KIND_DIGIT;
  if (code < 128 || Number.isNaN(code)) return KIND_OTHER;
  const character = text[index] as string;
  if (LOWERCASE_LETTER.test(character)) return KIND_LOWER;
  if (UPPERCASE_LETTER.test(character)) return KIND_UPPER;
  if (WORD_CHARACTER.test(character)) return KIND_LOWER; // caseless letters and other digits continue a sentence
  return KIND_OTHER;
}

function isTerminator(code: number): boolean {
  return code === FULL_STOP || code === 33 /* ! */ || code === 63 /* ? */ || code === 0x2026 /* … */;
}

/** Closing quotes and brackets that belong to the sentence they follow: `."`, `!”`, `.)`. */
function isCloser(code: number): boolean {
  return code === 34 || code === 39 || code === 0x201d || code === 0x2019 || code === 41 || code === 93;
}

/** Opening quotes and brackets before the first word of a sentence. */
function isOpener(code: number): boolean {
  return code === 40 || code === 34 || code === 0x201c || code === 0x2018 || code === 39 || code === 91;
}

function isSpace(code: number): boolean {
  return code === SPACE || code === TAB || code === NEWLINE || code === 13;
}

/**
 * Splits a document's text into sentences with exact offsets: `text === doc.text.slice(start, end)`,
 * trimmed of surrounding whitespace, never crossing a line break, never empty. Sorted by `start`.
 *
 * @example
 * splitSentences(doc) // doc.text = 'Mr. Smith arrived at 9 p.m. Police said two died.\nNext line'
 * // -> ['Mr. Smith arrived at 9 p.m.', 'Police said two died.', 'Next line']
 */
export function splitSentences(doc: SourceDoc): Sentence[] {
  const text = doc.text;
  const length = text.length;
  const sentences: Sentence[] = [];
  const emit = (start: number, end: number): void => {
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) sentences.push({ doc: doc.id, index: sentences.length, start, end, text: text.slice(start, end) });
  };
  let sentenceStart = 0;
  CANDIDATE.lastIndex = 0;
  for (let found = CANDIDATE.exec(text); found !== null; found = CANDIDATE.exec(text)) {
    const i = found.index;
    if (text.charCodeAt(i) === NEWLINE) {
      emit(sentenceStart, i);
      sentenceStart = i + 1;
      continue;
    }
    const end = terminatorRunEnd(text, i);
    const after = end < length ? text.charCodeAt(end) : NEWLINE;
    let isBoundary = false;
    if (after === NEWLINE) isBoundary = true;
    else if (after === SPACE || after === TAB) isBoundary = isSentenceEnd(text, i, end);
    else if (isGluedBoundary(text, i, end)) isBoundary = isSentenceEnd(text, i, end);
    if (isBoundary) {
      emit(sentenceStart, end);
      sentenceStart = end;
    }
    CANDIDATE.lastIndex = end;
  }
  emit(sentenceStart, length);
  return sentences;
}

/**
 * Whether the period, "!" or "?" at `at` ends a sentence followed by a blank, as `splitSentences`
 * reads it: not the period of "5 p.m. Sunday", "Lt. Brady", "St. Paul". What readers that walk back
 * from a point to its sentence's start stop at (`quotes`: a reported clause before ", said X.").
 *
 * @example endsSentenceAt('at 5 p.m. Sunday at the park', 8) === false
 * @example endsSentenceAt('were hurt. Police said', 9) === true
 */
export function endsSentenceAt(text: string, at: number): boolean {
  if (!isTerminator(text.charCodeAt(at))) return false;
  const end = terminatorRunEnd(text, at);
  const after = end < text.length ? text.charCodeAt(end) : NEWLINE;
  if (after === NEWLINE) return true;
  return (after === SPACE || after === TAB) && isSentenceEnd(text, at, end);
}

/** Where the run of terminators from `at` ends, with the closing quotes and brackets after it ("died.”", "?!)"). */
function terminatorRunEnd(text: string, at: number): number {
  let end = at + 1;
  while (end < text.length && isTerminator(text.charCodeAt(end))) end++;
  while (end < text.length && isCloser(text.charCodeAt(end))) end++;
  return end;
}

/** "night.The first shooting": a terminator between a lowercase word and a capitalised one, no space. */
function isGluedBoundary(text: string, start: number, end: number): boolean {
  if (start < 2 || end + 1 >= text.length || text.charCodeAt(start) === 0x2026) return false;
  if (kindOf(text, start - 1) !== KIND_LOWER || kindOf(text, start - 2) !== KIND_LOWER || kindOf(text, end) !== KIND_UPPER) return false;
  // 'her family again."I was shot': a one-letter word ("I", "A") may follow
  const code = text.charCodeAt(end);
  return kindOf(text, end + 1) === KIND_LOWER || ((code === 73 || code === 65) && text.charCodeAt(end + 1) === SPACE);
}

/** Whether the terminator run at `start` (ending, with its closers, at `end`) ends a sentence. */
function isSentenceEnd(text: string, start: number, end: number): boolean {
  let wordStart = end;
  while (wordStart < text.length) {
    const code = text.charCodeAt(wordStart);
    if (code !== SPACE && code !== TAB) break;
    wordStart++;
  }
  const firstAfterSpace = wordStart;
  while (wordStart < text.length && isOpener(text.charCodeAt(wordStart))) wordStart++;
  if (wordStart >= text.length || text.charCodeAt(wordStart) === NEWLINE) return wordStart === firstAfterSpace;
  const first = kindOf(text, wordStart);
  // "“Stop!” he said", "approx. five": a lowercase word never starts a sentence
  if (first === KIND_LOWER) return false;
  // "Portsmouth, Va. - Five people": a dash or symbol continues
  if (first === KIND_OTHER) return false;
  const mark = text.charCodeAt(start);
  const isEllipsis = mark === 0x2026 || (mark === FULL_STOP && text.charCodeAt(start + 1) === FULL_STOP);
  // "sent the troops to… Baku, instead": an ellipsis before a name is a pause, not an end
  if (isEllipsis) return startsSentence(text, wordStart);
  if (mark !== FULL_STOP) return true;
  const token = tokenBefore(text, start);
  // a run of over MAX_TOKEN characters without a blank is no abbreviation ("U.S.", "Jan.", "a.m.")
  if (token === undefined || token.length === 0) return true;
  const key = token.toLowerCase();
  if (TIME_ABBREVIATIONS.has(key)) return first === KIND_UPPER && !TIME_FOLLOWERS.has(wordAt(text, wordStart).toLowerCase());
  if (ENDING_ABBREVIATIONS.has(key)) return true;
  if (isContinuingAbbreviation(token, key)) return startsSentence(text, wordStart);
  return true;
}

/** The letters and digits from `start` ("It's" -> "It"). */
function wordAt(text: string, start: number): string {
  let end = start;
  while (end < text.length && kindOf(text, end) !== KIND_OTHER) end++;
  return text.slice(start, end);
}

/**
 * Longest run without a blank read before a period. Note: the bound keeps the splitter linear:
 * in "Dec.00Dec.00Dec..." every period would otherwise scan back to the start of the run.
 */
const MAX_TOKEN = 64;

/** The word before a period at `start`, without leading brackets or quotes; undefined after a run of over {@link MAX_TOKEN} characters. */
function tokenBefore(text: string, start: number): string | undefined {
  let from = start;
  const limit = start - MAX_TOKEN;
  while (from > 0) {
    const code = text.charCodeAt(from - 1);
    if (code === SPACE || code === TAB || code === NEWLINE) break;
    if (--from < limit) return undefined;
  }
  return text.slice(from, start).replace(LEADING_PUNCTUATION, '');
}

/**
 * Whether the period at `at` ends an abbreviation that goes on with its sentence ("the St. Paul
 * parade", "Sgt. Ann", "John H. Stroger", "approx. 30"): the word before it, as the splitter reads
 * it before looking at the next word. Claim windows read past such a period.
 *
 * @example isContinuingAbbreviationAt('the St. Paul parade', 6) === true
 * @example isContinuingAbbreviationAt('were hurt. Police', 9) === false
 */
export function isContinuingAbbreviationAt(text: string, at: number): boolean {
  const token = tokenBefore(text, at);
  return token !== undefined && token.length > 0 && isContinuingAbbreviation(token, token.toLowerCase());
}

function isContinuingAbbreviation(token: string, key: string): boolean {
  if (LOWERCASE_ABBREVIATIONS.has(key)) return true;
  if (kindOf(token, 0) !== KIND_UPPER) return key === 'e.g' || key === 'i.e';
  return CONTINUING_ABBREVIATIONS.has(key) || SINGLE_CAPITAL.test(token) || DOTTED_ACRONYM.test(token);
}

/** After an abbreviation, only a capitalised closed-class word starts a sentence ("St. The ..."). */
function startsSentence(text: string, wordStart: number): boolean {
  if (kindOf(text, wordStart) !== KIND_UPPER) return false;
  return SENTENCE_STARTERS.has(wordAt(text, wordStart).toLowerCase());
}
