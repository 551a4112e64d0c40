import type { Sentence } from '../../model/document.js';
import { CASUALTY_KINDS, type Claim, type ClaimKind } from '../../model/record.js';
import { PATTERN_CUES } from '../../locales/en/claims.js';
import type { DateMention, TimeScope } from '../../model/time.js';
import { isAftermath, namesHappening, saidAfter, saidBefore } from './cues.js';
import { isDateline } from './published.js';
import { escapeRegExp } from '../extract/dates/rules/base.js';

/**
 * A preposition right before the date words, that the label keeps ("on Saturday"). Not the
 * particle of a verb ("turned himself in Friday", "was sworn in Monday"), nor one that governs a
 * possessive's noun ("in Friday's raid"), checked apart.
 */
const PREPOSITION_BEFORE = /(?<!\b(?:(?:himself|herself|themselves|turned|turns|sworn|checked|moved|came|handed) ))\b(?:on|in|at|during|by|since|over)\s+$/i;
/**
 * A first word that is capitalised only because it opens the sentence ("On that night", "That
 * night", "Later that day"): a label is a phrase inside a heading or a list ("killed in Baku, on
 * that night"), so it is written in lower case there. Names (months, weekdays, holidays) keep theirs.
 */
const SENTENCE_CASED_OPENER = /^(?:On|In|At|During|By|Since|Over|That|This|The|Last|Next|Later|Earlier|Early|Late|Same)\b/;
const PRECISION_RANK: Readonly<Record<DateMention['precision'], number>> = {
  day: 0, week: 1, month: 2, season: 3, year: 4, decade: 5, century: 6,
};

/**
 * The time scope a sentence gives a figure claim: its best-placed date (a date that times the clause
 * or names a happening before one that names a thing, "a July 30 court date"; then the finest
 * precision; a date that times the clause before one that names a noun; the first on ties; never the day
 * something was said: "authorities said Wednesday"), as an ISO
 * `period` (`start/end` for a range) and the words that state it, with their preposition
 * ("On that night", "on January 20"). Empty when the sentence has no placed date.
 *
 * @example timeScopeOf(sentence('On that night, 130 civilians died in Baku.'), dates) -> { period: '1990-01-19', label: 'On that night' }
 */
export function timeScopeOf(
  sentence: Pick<Sentence, 'start' | 'end'> & { readonly text: string },
  dates: readonly DateMention[],
  at?: number,
  kind?: ClaimKind,
  relative: readonly (readonly [number, number])[] = at === undefined ? [] : relativeClauses(sentence.text),
): TimeScope {
  // relative clauses that say nothing of the figure's kind ("who was arrested" of a crowd)
  const clauses = relative.filter(([from, to]) => kind === undefined || !kindCue(kind).test(sentence.text.slice(from, to)));
  const local = at === undefined ? -1 : at - sentence.start;
  // A figure inside a relative clause that dates itself is timed by that clause: "Thousands gathered
  // on Friday to mark the anniversary of the genocide, in which forces killed 8,000 men in July 1995".
  const own = local < 0 ? undefined : relative.find(([from, to]) => local >= from && local < to);
  const isInOwn = (date: DateMention) => own !== undefined && date.span.start - sentence.start >= own[0] && date.span.start - sentence.start < own[1];
  const ownOnly = own !== undefined && dates.some((d) => d.start !== undefined && !d.isRecurring && !d.isStamp && isInOwn(d));
  let best: DateMention | undefined;
  for (const date of dates) {
    if (date.span.start < sentence.start || date.span.end > sentence.end) continue;
    if (date.start === undefined || date.isRecurring || date.isStamp) continue;
    if (ownOnly && !isInOwn(date)) continue;
    // "the crowd, estimated at about 20,000, had gathered to demand the release of Amara Tesfaye,
    // who was arrested last month": a date in a relative clause that neither holds the figure nor
    // tells of its kind tells of someone else ("Armoni Sexton, who died Sunday morning" still
    // dates her death).
    const dateAt = date.span.start - sentence.start;
    if (clauses.some(([from, to]) => dateAt >= from && dateAt < to && !(local >= from && local < to))) continue;
    // "a woman was fatally shot by a hunter, authorities said Wednesday": Wednesday is when it was said
    if (saidBefore(sentence.text.slice(Math.max(0, dateAt - 40), dateAt))) continue;
    // "The sheriff's office on Sunday identified the four people killed Christmas Eve": Sunday is when they were named
    const dateEnd = date.span.end - sentence.start;
    if (saidAfter(sentence.text.slice(0, dateAt), sentence.text.slice(dateEnd, dateEnd + 40))) continue;
    // "On Thursday, a man was found guilty of murdering two men": the day of a proceeding, before the dead it tells of.
    // (a day only: "in 2010, Scott was charged with the murder of" dates the murder near enough)
    if (date.precision === 'day' && kind !== undefined && (CASUALTY_KINDS.has(kind) || kind === 'missing') && local > dateEnd && local - dateEnd <= PROCEEDING_REACH && isAftermath(sentence.text.slice(dateEnd, local))) continue;
    if (!best || isBetter(date, best)) best = date;
  }
  if (!best || best.start === undefined) return {};
  const bestAt = best.span.start - sentence.start;
  const isPossessive = /^['’]s\b/.test(sentence.text.slice(best.span.end - sentence.start, best.span.end - sentence.start + 3));
  // "suspect in Saturday shooting": the preposition is the happening's the date names, not the date's.
  const isNaming = namesHappening(sentence.text, bestAt, best.span.end - sentence.start);
  const preposition = isPossessive || isNaming ? null : PREPOSITION_BEFORE.exec(sentence.text.slice(Math.max(0, bestAt - 24), bestAt));
  const words = (preposition ? preposition[0] : '') + best.text;
  const label = SENTENCE_CASED_OPENER.test(words) ? words.charAt(0).toLowerCase() + words.slice(1) : words;
  return { period: best.end !== undefined ? `${best.start}/${best.end}` : best.start, label };
}

/** Characters between a date and a casualty count within which a proceeding's words make the date the proceeding's. */
const PROCEEDING_REACH = 80;

/**
 * A relative clause set off by a comma (", who was arrested last month", ", in which forces killed
 * more than 8,000 men in July 1995"), to the next comma (not a thousands separator), colon or semicolon.
 */
const RELATIVE_CLAUSE = /,\s+(?:(?:in|during|after|at)\s+)?(?:who|whom|whose|which)\b(?:[^,;:]|,(?=\d{3}\b))*/g;

const KIND_CUES = new Map<ClaimKind, RegExp>();

/** Any cue word of a kind (the stems of its claim patterns, `PATTERN_CUES`), as a pattern. */
function kindCue(kind: ClaimKind): RegExp {
  let re = KIND_CUES.get(kind);
  if (!re) {
    const stems = Object.entries(PATTERN_CUES).flatMap(([family, words]) => (family.startsWith(kind) ? [...words] : []));
    re = stems.length === 0 ? /$^/ : new RegExp(`\\b(?:${stems.map(escapeRegExp).join('|')})`, 'i');
    KIND_CUES.set(kind, re);
  }
  return re;
}

/** Where the sentence's relative clauses set off by commas start and end (offsets in `text`). */
function relativeClauses(text: string): (readonly [number, number])[] {
  const out: (readonly [number, number])[] = [];
  RELATIVE_CLAUSE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RELATIVE_CLAUSE.exec(text)) !== null) out.push([m.index, m.index + m[0].length]);
  return out;
}

function isBetter(date: DateMention, best: DateMention): boolean {
  // "In April, he was charged with driving under the influence and had faced a July 30 court date":
  // a date that names a thing (not a happening's day, as "the January 20 massacre" is) times no clause.
  const isThing = (d: DateMention) => d.attachment === 'noun' && d.isHappeningDay !== true;
  if (isThing(date) !== isThing(best)) return isThing(best);
  const rank = PRECISION_RANK[date.precision] - PRECISION_RANK[best.precision];
  if (rank !== 0) return rank < 0;
  if (date.attachment !== best.attachment) return date.attachment === 'clause';
  return false;
}

/**
 * Gives each claim whose scope states no period the time scope of its sentence (`timeScopeOf`):
 * `period` (ISO) and the date words appended to its `label`. Claims are never changed in place:
 * the ones that gain a period are new objects, the others are returned as they are.
 * `sentences` are sorted by `start`; a claim belongs to the sentence that holds its span's start.
 * With the document's `text`, a dateline ("NIAMEY, March 10 (Agency) - ...") dates a claim only
 * when its sentence states no other date: it is the report's day, and "killed on Sunday" in the
 * same sentence is the figure's.
 *
 * @example addTimeScopes([claimOf('Two men were shot Saturday night.')], sentences, dates)[0].scope
 *   -> { key: 'unscoped', period: '2016-01-02', label: 'Saturday night' }
 */
export function addTimeScopes(claims: readonly Claim[], sentences: readonly Sentence[], dates: readonly DateMention[], text?: string): Claim[] {
  if (dates.length === 0 || claims.length === 0) return [...claims];
  // The dates of each sentence, so a claim looks only at its own sentence's.
  const bySentence = new Map<number, DateMention[]>();
  for (const date of dates) {
    const list = bySentence.get(date.sentence);
    if (list) list.push(date);
    else bySentence.set(date.sentence, [date]);
  }
  if (text !== undefined) for (const [index, own] of bySentence) bySentence.set(index, withoutDateline(own, text).filter((date) => !isBirthDate(text, date)));
  const cache = new Map<string, TimeScope>();
  const clausesOf = new Map<number, (readonly [number, number])[]>();
  return claims.map((claim) => {
    if (claim.scope.period !== undefined) return claim;
    const index = sentenceAt(sentences, claim.span.start);
    const sentence = sentences[index];
    const own = sentence ? bySentence.get(sentence.index) : undefined;
    if (!sentence || !own) return claim;
    // Note: one scope per sentence, and per relative clause that holds a figure (see `timeScopeOf`).
    const at = claim.numberSpan.start;
    let relative = clausesOf.get(index);
    if (!relative) clausesOf.set(index, (relative = relativeClauses(sentence.text)));
    const clause = relative.findIndex(([from, to]) => at - sentence.start >= from && at - sentence.start < to);
    const key = `${index}:${clause}:${claim.kind}`;
    let scope = cache.get(key);
    if (!scope) {
      scope = timeScopeOf(sentence, own, at, claim.kind, relative);
      cache.set(key, scope);
    }
    if (scope.period === undefined) return claim;
    const label = joinLabels(claim.scope.label, scope.label);
    return { ...claim, scope: { ...claim.scope, period: scope.period, ...(label !== undefined ? { label } : {}) } };
  });
}

/** "born in 1941", "born on March 3, 1990", "born Jan. 2": a person's birth, never the time of a figure. */
const BORN_BEFORE = /\bborn\s+(?:(?:in|on)\s+)?$/i;

/** Whether a date is a person's birth (`BORN_BEFORE` right before it). */
function isBirthDate(text: string, date: DateMention): boolean {
  return BORN_BEFORE.test(text.slice(Math.max(0, date.span.start - 12), date.span.start));
}

/** A sentence's dates without its dateline when it states another date (see `addTimeScopes`). */
function withoutDateline(own: DateMention[], text: string): DateMention[] {
  const dateline = own.find((date) => isDateline(text, date));
  if (dateline === undefined || !own.some((date) => date !== dateline && date.start !== undefined && !date.isRecurring && !date.isStamp)) return own;
  return own.filter((date) => date !== dateline);
}

/** Index of the sentence that holds `offset` (binary search over sentences sorted by `start`), or -1. */
function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle] as Sentence;
    if (offset < sentence.start) high = middle - 1;
    else if (offset >= sentence.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

/**
 * The claim's scope label with its sentence's date words added, each thing said once: nothing is
 * added when the label already says it, and a part of the label that the date words restate at
 * more length gives way to them ("in Baku, that night" with "on that night" is "in Baku, on that
 * night", not "in Baku, that night, on that night").
 *
 * @example joinLabels('the evening', 'in the evening of the same day') === 'in the evening of the same day'
 */
export function joinLabels(label: string | undefined, added: string | undefined): string | undefined {
  if (label === undefined || added === undefined) return label ?? added;
  const lowerAdded = added.toLowerCase();
  if (label.toLowerCase().includes(lowerAdded)) return label;
  const parts = label.split(', ');
  const restated = parts.findIndex((part) => lowerAdded.includes(part.toLowerCase()));
  if (restated < 0) return `${label}, ${added}`;
  parts[restated] = added;
  return parts.join(', ');
}
