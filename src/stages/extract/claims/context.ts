import type { SourceDoc, Sentence } from '../../../model/document.js';
import type { NumberMention } from '../../../model/mention.js';
import { NON_PERSON_NOUNS, PERSON_NOUNS } from '../../../locales/en/claims.js';

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
}

/** Families of cue words: a sentence with none of them holds no claim. */
export type Cue = 'killed' | 'injured' | 'shot' | 'detained' | 'zero' | 'other';

/**
 * One scan finds every cue family of a sentence; the rules then test set membership instead of
 * scanning the sentence again with a regex of their own.
 */
const CUES =
  /(?<killed>kill|dead|die[ds]?\b|dying|death|slain|slay|slew|murder|fatal|succumb|homicide|own life|mortally|perish|lives|life|massacre|toll|victim)|(?<injured>wound|injur|hurt|hospital|condition|graze|treated|recover)|(?<shot>\bshot\b|shoot|gunfire|bullet|struck|striking)|(?<detained>arrest|detain|custody|apprehend|booked|charged|jail|surrender|turned (?:him|her)self)|(?<zero>\b(?:no|none|nobody|no-one|at large|fled|got away)\b)|(?<other>missing|unaccounted|expel|expuls|deport|displac|evacuat|refugee|troops|soldier|strong|army|forces|entered|invaded|deployed|stormed|gather|rall|crowd|march|attend|funeral|accompan|protest|demonstrat|large|left|leaving|leaves)/gi;

const CUE_NAMES: readonly Cue[] = ['killed', 'injured', 'shot', 'detained', 'zero', 'other'];

/**
 * The cue families of a text.
 *
 * @example
 * [...cuesOf('Two men were arrested.')] // ['detained']
 */
export function cuesOf(text: string): Set<Cue> {
  const found = new Set<Cue>();
  CUES.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CUES.exec(text)) !== null && found.size < CUE_NAMES.length) {
    const groups = m.groups ?? {};
    for (const name of CUE_NAMES) if (groups[name] !== undefined) found.add(name);
  }
  return found;
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
  while ((m = WORD.exec(window)) !== null && count < 5) {
    count++;
    const raw = m[0].replace(/[’']s$/, '');
    const word = raw.toLowerCase();
    const end = m.index + m[0].length;
    if (word === 'of') continue;
    if (count === 1 && VERB_START.has(word)) return { kind: 'verb', end: m.index };
    if (NON_PERSON_SET.has(word) || /^non-/.test(word) && NON_PERSON_SET.has(word.slice(4))) return { kind: 'thing', end };
    if (PERSON_SET.has(word) || DEMONYM_PLURAL.test(raw)) return { kind: 'person', end, word };
    // "family members", "police officers": two-word heads end on the person noun.
    const last = word.split('-').pop() ?? word;
    if (NON_PERSON_SET.has(last)) return { kind: 'thing', end };
    if (PERSON_SET.has(last)) return { kind: 'person', end, word: last };
    if (count > 1 && VERB_START.has(word)) return { kind: 'unknown', end: m.index };
  }
  return { kind: 'unknown', end: 0 };
}

/** Offsets of clause punctuation that a claim's cue words should not cross. */
const CLAUSE_BREAK = /[;:!?\u2013\u2014]|\.(?=\s)/g;

/**
 * The text between `from` and `to` of a document, cut at the first clause break.
 * Used for the words after a number.
 */
export function windowAfter(text: string, from: number, to: number, max = 120): string {
  const slice = text.slice(from, Math.min(to, from + max));
  CLAUSE_BREAK.lastIndex = 0;
  const m = CLAUSE_BREAK.exec(slice);
  return m ? slice.slice(0, m.index) : slice;
}

/** The text between `from` and `to`, keeping what follows the last clause break (words before a number). */
export function windowBefore(text: string, from: number, to: number, max = 120): string {
  const slice = text.slice(Math.max(from, to - max), to);
  let cut = 0;
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(slice)) !== null) cut = m.index + 1;
  return slice.slice(cut);
}
