import type { SourceDoc, Sentence } from '../../../model/document.js';
import type { NumberMention } from '../../../model/mention.js';
import { NON_PERSON_NOUNS, PERSON_NOUNS } from '../../../locales/en/claims.js';
import { isContinuingAbbreviationAt } from '../../segment/sentences.js';

/**
 * What a claim rule sees: one sentence, the numbers in it, and its document.
 * Numbers are sorted by `span.start` and lie inside the sentence.
 */
export interface SentenceView {
  readonly doc: SourceDoc;
  readonly sentence: Sentence;
  readonly numbers: readonly NumberMention[];
  /** Which kinds of cue words the sentence has (see `cuesOf`); rules skip what cannot apply. */
  readonly cues: ReadonlySet<Cue>;
  /** Kinds a stated number of the sentence already gives: rules that only add such kinds may skip them. */
  readonly covered?: ReadonlySet<string>;
  /** The sentence's cue words (see `scanCues`), sorted by `at`: rules skip patterns whose words are absent (`hasCue`). */
  readonly hits?: readonly CueHit[];
  /** The document's text in lowercase, when that keeps every offset. */
  readonly lower?: string;
}

/** Families of cue words: a sentence with none of them holds no claim. */
export type Cue = 'killed' | 'injured' | 'shot' | 'detained' | 'zero' | 'other';

/**
 * Cue words by family. Each is a word start ("kill" finds "killed", "killing"); a trailing `\b`
 * asks for the whole word. Rules name the cue words their patterns need (`*_CUES` in
 * `locales/en/claims.ts`) and skip a sentence or window without one of them.
 */
const CUE_STEMS: readonly (readonly [string, Cue])[] = [
  ...['kill', 'neutrali', 'dead', 'die\\b', 'died\\b', 'dies\\b', 'dying', 'death', 'slain', 'slay', 'slew', 'slaughter', 'murder', 'fatal', 'succumb', 'homicide', 'own life', 'mortally', 'perish', 'lives', 'life', 'massacre', 'toll', 'victim', 'execut', 'survive', 'deceased', 'pronounced', 'bodies', 'body\\b', 'martyr', 'butcher', 'lynch', 'behead', 'gunned down', 'burnt', 'burned', 'buri', 'bury\\b', 'passed away'].map((w) => [w, 'killed'] as const),
  ...['wound', 'injur', 'hurt', 'hospital', 'condition', 'graze', 'treated', 'recover', 'emergency room', 'medical center', 'medical centre', 'fighting for'].map((w) => [w, 'injured'] as const),
  ...['shot\\b', 'shoot', 'gunfire', 'gunshot', 'bullet', 'struck', 'striking', 'hitting', 'stab'].map((w) => [w, 'shot'] as const),
  ...['arrest', 'detain', 'detention', 'custody', 'apprehend', 'booked', 'charged', 'indict', 'jail', 'imprison', 'captur', 'rounded up', 'held for questioning', 'held by', 'behind bars', 'surrender', 'turned himself', 'turned herself', 'turned themselves', 'locked up', 'charges\\b', 'held without', 'held in lieu', 'held on', 'held in connection', 'bond', 'bail', 'correctional'].map((w) => [w, 'detained'] as const),
  ...['no\\b', 'none\\b', 'nobody\\b', 'no-one\\b', 'at large\\b', 'fled\\b', 'got away\\b', 'not made any', 'not announced any', 'not reported any', 'not yet made any', 'not yet announced any', 'not arrested', 'not yet arrested', 'on the run\\b', 'on the loose\\b', 'neither\\b'].map((w) => [w, 'zero'] as const),
  ...['missing', 'unaccounted', 'trapped', 'disappear', 'vanish', 'abduct', 'kidnap', 'hostage', 'taken away', 'carried away', 'led away', 'whisked away', 'captiv', 'hands of', 'expel', 'expuls', 'deport', 'displac', 'evacuat', 'exodus', 'forced', 'driven', 'homeless', 'refugee', 'forcing', 'troops', 'soldier', 'strong', 'army', 'forces', 'entered', 'invaded', 'deployed', 'stormed', 'gather', 'rall', 'crowd', 'turnout', 'march', 'attend', 'funeral', 'accompan', 'protest', 'demonstrat', 'took part', 'took to', 'turned out', 'joined', 'came to', 'came out', 'come to', 'come out', 'assembl', 'participat', 'filled', 'flock', 'mourn', 'vigil', 'large', 'left', 'leaving', 'leaves', 'abandon', 'after being', 'after getting'].map((w) => [w, 'other'] as const),
];

/**
 * One scan of a lowercased text finds every cue word. Note: a word-start alternation without
 * groups and without the `i` flag runs about twice as fast as a case-insensitive one with named
 * groups (measured on gva-dev: 45 ms vs 95 ms). The text a match covers is the cue word itself
 * (`\b` takes no text), so its family is one map look-up.
 */
const CUES = new RegExp(String.raw`\b(?:${byFirstLetter(CUE_STEMS.map(([w]) => w))})`, 'g');
/**
 * An alternation of words grouped by their first letter ("k(?:ill)|d(?:ead|ie\b)|..."), in their
 * order within a group, so a match is the same as with the flat list. Note: about 20% faster than
 * the flat alternation on gva-dev (23 ms vs 28 ms for the scan).
 */
function byFirstLetter(words: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const w of words) {
    const list = groups.get(w[0] ?? '') ?? [];
    list.push(w.slice(1));
    groups.set(w[0] ?? '', list);
  }
  return [...groups].map(([first, rests]) => `${first}(?:${rests.join('|')})`).join('|');
}

const FAMILY = new Map<string, Cue>(CUE_STEMS.map(([stem, cue]) => [stem.replace(/\\b$/, ''), cue]));

/** Every cue word, for checking the cue-word lists of rules (see `hasCue`). */
export const CUE_WORDS: ReadonlySet<string> = new Set(FAMILY.keys());

/**
 * The cue words of one family (see `hasCue`).
 *
 * @example
 * cueWordsOf('shot').has('gunfire') === true
 */
export function cueWordsOf(family: Cue): ReadonlySet<string> {
  return new Set([...FAMILY].filter(([, cue]) => cue === family).map(([word]) => word));
}

/** A cue word found in a document: where it starts, the cue word (as in the list) and its family. Sorted by `at`. */
export interface CueHit {
  readonly at: number;
  readonly cue: Cue;
  readonly word: string;
}

/**
 * Every cue word of a document, in one pass over its lowercased text.
 *
 * @example
 * scanCues('Two men were arrested.') // [{ at: 13, cue: 'detained', word: 'arrest' }]
 */
export function scanCues(text: string, lower = text.toLowerCase()): CueHit[] {
  const hits: CueHit[] = [];
  CUES.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CUES.exec(lower)) !== null) {
    const cue = FAMILY.get(m[0]);
    if (cue) hits.push({ at: m.index, cue, word: m[0] });
  }
  return hits;
}

/**
 * Whether one of `words` is among the cue hits that start in [from, to).
 * `hits` are sorted by `at`. Note: a binary search finds the first hit of the window, so a run-on
 * "sentence" of a megabyte with thousands of numbers stays linear.
 *
 * @example
 * hasCue(scanCues('Two men were arrested.'), new Set(['arrest']), 0, 22) === true
 */
export function hasCue(hits: readonly CueHit[], words: ReadonlySet<string>, from = 0, to = Infinity): boolean {
  let low = 0;
  let high = hits.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((hits[middle]?.at ?? Infinity) < from) low = middle + 1;
    else high = middle;
  }
  for (let i = low; i < hits.length; i++) {
    const h = hits[i]!;
    if (h.at >= to) return false;
    if (words.has(h.word)) return true;
  }
  return false;
}

/**
 * The cue families of a text.
 *
 * @example
 * [...cuesOf('Two men were arrested.')] // ['detained']
 */
export function cuesOf(text: string): Set<Cue> {
  return new Set(scanCues(text).map((h) => h.cue));
}

const PERSON_SET: ReadonlySet<string> = new Set(PERSON_NOUNS);
const NON_PERSON_SET: ReadonlySet<string> = new Set(NON_PERSON_NOUNS);

/** Words that end a noun phrase and start a verb phrase ("130 civilians *were* killed", "700 *wounded*"). */
const VERB_START = new Set([
  'were', 'was', 'are', 'is', 'have', 'has', 'had', 'be', 'been', 'being', 'got', 'remain', 'remained', 'remains',
  'died', 'die', 'dies', 'killed', 'dead', 'wounded', 'injured', 'hurt', 'shot', 'arrested', 'detained',
  'gathered', 'rallied', 'marched', 'attended', 'accompanied', 'lost', 'perished', 'fled', 'became', 'came',
  'come', 'entered', 'invaded', 'missing', 'strong', 'fatally', 'mortally', 'who', 'that', 'and', 'or', 'in',
  'on', 'at', 'from', 'during', 'after', 'when', 'while', 'with', 'by', 'including', 'among', 'to', 'as',
]);

const WORD = /[\p{L}][\p{L}'’-]*/gu;
/** A capitalised plural of a people or nationality ("Azerbaijanis", "Americans", "Iraqis"). */
const DEMONYM_PLURAL = /^\p{Lu}\p{L}+(?:ans|ians|is|ese|ers|ites|ks|ds|ch|sh)$/u;

/** What follows a number: a person noun, a thing, straight into a verb, or unknown. */
export type HeadKind = 'person' | 'thing' | 'verb' | 'unknown';

/** The head noun as read (lowercased), when there is one. */
export interface Head { kind: HeadKind; end: number; word?: string }

/**
 * Classifies the noun a number counts by reading up to five words after it, skipping modifiers.
 *
 * @example
 * headOf(' unarmed residents of Baku') === 'person'
 * headOf(' non-working days') === 'thing'
 * headOf(' wounded, hundreds') === 'verb'
 */
export function headOf(after: string): Head {
  WORD.lastIndex = 0;
  let count = 0;
  let m: RegExpExecArray | null;
  // Note: stop at clause punctuation; "130, the police said" has no head.
  const stop = after.search(/[.;:!?()\u2013\u2014"“”]/);
  const window = stop >= 0 ? after.slice(0, stop) : after;
  // "killed 2, wounded 3": a participle after a comma is the next count's verb, no head of this one
  // ("the wounded" is a head only right after the number: "2 wounded").
  if (COMMA_PARTICIPLE.test(window)) return { kind: 'unknown', end: 0 };
  while ((m = WORD.exec(window)) !== null && count < 5) {
    count++;
    // Note: the replace and split below run only when they can change the word (they ran for every word, and showed in profiles).
    const last = m[0].charCodeAt(m[0].length - 1);
    const raw = last === 115 ? m[0].replace(/[’']s$/, '') : m[0]; // 115: s
    const word = raw.toLowerCase();
    const end = m.index + m[0].length;
    if (word === 'of') continue;
    if (count === 1 && VERB_START.has(word)) return { kind: 'verb', end: m.index };
    if (NON_PERSON_SET.has(word) || word.startsWith('non-') && NON_PERSON_SET.has(word.slice(4))) return { kind: 'thing', end };
    if (PERSON_SET.has(word) || DEMONYM_PLURAL.test(raw)) return { kind: 'person', end, word };
    // "family members", "police officers": two-word heads end on the person noun.
    const tail = word.includes('-') ? word.split('-').pop() ?? word : word;
    if (NON_PERSON_SET.has(tail)) return { kind: 'thing', end };
    if (PERSON_SET.has(tail)) return { kind: 'person', end, word: tail };
    if (count > 1 && VERB_START.has(word)) return { kind: 'unknown', end: m.index };
  }
  return { kind: 'unknown', end: 0 };
}

const COMMA_PARTICIPLE = /^\s*,\s*(?:wounded|injured|hurt|killed|dead)\b/i;

/** Offsets of clause punctuation that a claim's cue words should not cross. */
const CLAUSE_BREAK = /[;:!?\u2013\u2014]|\.(?=\s)/g;

/**
 * Offset of the first clause break of `slice` at or after `from`, or -1: `CLAUSE_BREAK`, but not a
 * period that ends an abbreviation the sentence splitter keeps inside its sentence
 * (`isContinuingAbbreviationAt`: "the St. Paul parade").
 */
function nextClauseBreak(slice: string, from: number): number {
  CLAUSE_BREAK.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(slice)) !== null) {
    if (m[0] !== '.' || !isContinuingAbbreviationAt(slice, m.index)) return m.index;
  }
  return -1;
}

/**
 * The text between `from` and `to` of a document, cut at the first clause break.
 * Used for the words after a number.
 */
export function windowAfter(text: string, from: number, to: number, max = 120): string {
  const slice = text.slice(from, Math.min(to, from + max));
  const cut = nextClauseBreak(slice, 0);
  return cut >= 0 ? slice.slice(0, cut) : slice;
}

/** The text between `from` and `to`, keeping what follows the last clause break (words before a number). */
export function windowBefore(text: string, from: number, to: number, max = 120): string {
  const slice = text.slice(Math.max(from, to - max), to);
  let cut = 0;
  for (let at = nextClauseBreak(slice, 0); at >= 0; at = nextClauseBreak(slice, at + 1)) cut = at + 1;
  return slice.slice(cut);
}
