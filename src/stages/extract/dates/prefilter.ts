import { CUE_TRIGGERS, DATE_CUES, NUMBER_TRIGGER_SOURCE, type DateCueName } from '../../../locales/en/dates.js';
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

/**
 * Every trigger word (`CUE_TRIGGERS`, in its exact forms), grouped by first letter, then the number
 * shapes of `CUE_TRIGGER`. Note: matching only real triggers, not every capitalized word, spares
 * a lookup and an allocation for each of the many other words; the scan itself costs the same.
 */
const TRIGGER: RegExp = (() => {
  const byFirst = new Map<string, string[]>();
  for (const word of [...CUE_TRIGGERS.keys()].sort((a, b) => b.length - a.length)) {
    const rest = byFirst.get(word.charAt(0)) ?? [];
    rest.push(word.slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    byFirst.set(word.charAt(0), rest);
  }
  const words = [...byFirst].map(([first, rest]) => `${first}(?:${rest.join('|')})`).join('|');
  return new RegExp(`\\b(?:${words})\\b|${NUMBER_TRIGGER_SOURCE}`, 'g');
})();

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
 * The document is scanned once for trigger words (`CUE_TRIGGERS`: month and weekday names, "ago",
 * "night"... in their exact forms) and number shapes (a year, a numeric date, a decade, a clock
 * time); only the cues a trigger names are then tested on its sentence (`DATE_CUES`). Sentences
 * must be sorted by `start`.
 *
 * @example cueSentences(text, sentences)[0] -> { sentence, cues: Set { 'weekday', 'casualDay' } }
 */
export function cueSentences(text: string, sentences: readonly Sentence[]): CuedSentence[] {
  const out: CuedSentence[] = [];
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
  const found = (at: number, cues: readonly DateCueName[]): void => {
    while (index < sentences.length && (sentences[index] as Sentence).end <= at) index++;
    const sentence = sentences[index];
    if (!sentence || sentence.start > at) return;
    if (sentence !== current) {
      flush();
      current = sentence;
    }
    pending ??= new Set();
    for (const cue of cues) pending.add(cue);
  };
  const trigger = TRIGGER;
  trigger.lastIndex = 0;
  for (let match = trigger.exec(text); match; match = trigger.exec(text)) {
    const cues = candidates(match[0]);
    if (cues) found(match.index, cues);
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
