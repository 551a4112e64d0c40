import { CUE_TRIGGER, CUE_TRIGGERS, DATE_CUES, type DateCueName } from '../../../locales/en/dates.js';
import type { Sentence } from '../../../model/document.js';

/** A sentence and the cues found in it. */
export interface CuedSentence {
  readonly sentence: Sentence;
  /** Never empty. */
  readonly cues: ReadonlySet<DateCueName>;
}

const YEAR_CUES: readonly DateCueName[] = ['year', 'numericDate'];
const SLASH_CUES: readonly DateCueName[] = ['numericDate'];
const DECADE_CUES: readonly DateCueName[] = ['decade'];
const CLOCK_CUES: readonly DateCueName[] = ['clock'];

/** The cues worth testing for one trigger match. */
function candidates(token: string): readonly DateCueName[] | undefined {
  const first = token.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    const last = token.charCodeAt(token.length - 1);
    if (last === 109 || last === 77) return CLOCK_CUES; // "1 a.m", "12:30 PM"
    if (token.endsWith('s')) return DECADE_CUES;
    return token.includes('/') ? SLASH_CUES : YEAR_CUES;
  }
  return CUE_TRIGGERS.get(token);
}

/**
 * The sentences of a document that may hold a date, each with the cues (`DATE_CUES`) found in it.
 * The document is scanned once for trigger words (`CUE_TRIGGER`: names, years, "ago", "night"...);
 * only the cues a trigger names are then tested on its sentence. Sentences must be sorted by `start`.
 *
 * @example cueSentences(text, sentences)[0] -> { sentence, cues: Set { 'weekday', 'casualDay' } }
 */
export function cueSentences(text: string, sentences: readonly Sentence[]): CuedSentence[] {
  const out: CuedSentence[] = [];
  const trigger = CUE_TRIGGER;
  trigger.lastIndex = 0;
  let index = 0;
  let pending: Set<DateCueName> | undefined;
  let current: Sentence | undefined;
  const flush = (): void => {
    if (!current || !pending) return;
    const sentenceText = text.slice(current.start, current.end);
    const cues = new Set<DateCueName>();
    for (const cue of pending) if (DATE_CUES[cue].test(sentenceText)) cues.add(cue);
    if (cues.size > 0) out.push({ sentence: current, cues });
    pending = undefined;
  };
  for (let match = trigger.exec(text); match; match = trigger.exec(text)) {
    const found = candidates(match[0]);
    if (!found) continue;
    const at = match.index;
    while (index < sentences.length && (sentences[index]?.end ?? 0) <= at) index++;
    const sentence = sentences[index];
    if (!sentence || sentence.start > at) continue;
    if (sentence !== current) {
      flush();
      current = sentence;
    }
    pending ??= new Set();
    for (const cue of found) pending.add(cue);
  }
  flush();
  return out;
}

/**
 * The cues (`DATE_CUES`) found in a piece of text; empty when no date can be in it.
 * @example dateCuesOf('Police said the shooting happened Saturday night.') -> Set { 'weekday' }
 */
export function dateCuesOf(text: string): ReadonlySet<DateCueName> {
  const whole: Sentence = { doc: '', index: 0, start: 0, end: text.length, text };
  return cueSentences(text, [whole])[0]?.cues ?? new Set();
}

/**
 * Whether a piece of text may hold a date: a month or weekday name, a year-like number, "ago",
 * "yesterday", "that night", "later"... Sentences without a cue skip chrono-node.
 *
 * @example hasDateCue('Police said the shooting happened Saturday night.') === true
 * @example hasDateCue('The 19-year-old was taken to a hospital.') === false
 */
export function hasDateCue(text: string): boolean {
  return dateCuesOf(text).size > 0;
}
