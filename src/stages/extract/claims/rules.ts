import type { Claim, ClaimKind } from '../../../model/record.js';
import type { NumberMention, Qualifier, Interval } from '../../../model/mention.js';
import type { Span } from '../../../model/span.js';
import {
  HEAD_KIND, PARTITIVE_AFTER, PARTITIVE_BEFORE, INJURED_STATUS_AFTER, INJURED_TRUE_WORD,
  DETAINED_AFTER, DETAINED_BEFORE, DISPLACED_AFTER, DISPLACED_BEFORE, INJURED_AFTER, INJURED_BEFORE,
  KILLED_AFTER, KILLED_BEFORE, MISSING_AFTER, PARTICIPANTS_AFTER, PARTICIPANTS_BEFORE, SHOT_AFTER, SHOT_BEFORE,
  TROOP_GROUP_BEFORE, TROOP_NOUN, TROOP_VERB_AFTER, ZERO_DETAINED, ZERO_INJURED, ZERO_KILLED,
} from '../../../locales/en/claims.js';
import { headOf, windowAfter, windowBefore, type SentenceView } from './context.js';
import { scopeOf } from './scope.js';
import { attributionOf } from './attribution.js';
import { extractPersonClaims } from './person.js';

/** A claim rule reads one sentence and proposes claims. It never throws. */
export interface ClaimRule {
  readonly id: string;
  extract(view: SentenceView): Claim[];
}

interface Cue {
  readonly kind: ClaimKind;
  /** Distance from the number to the cue's end: the nearest cue wins. */
  readonly distance: number;
}

const AFTER_CUES: readonly (readonly [ClaimKind, RegExp])[] = [
  ['killed', KILLED_AFTER],
  ['injured', INJURED_AFTER],
  ['shot', SHOT_AFTER],
  ['detained', DETAINED_AFTER],
  ['missing', MISSING_AFTER],
  ['displaced', DISPLACED_AFTER],
  ['participants', PARTICIPANTS_AFTER],
];
const BEFORE_CUES: readonly (readonly [ClaimKind, RegExp])[] = [
  ['killed', KILLED_BEFORE],
  ['injured', INJURED_BEFORE],
  ['shot', SHOT_BEFORE],
  ['detained', DETAINED_BEFORE],
  ['displaced', DISPLACED_BEFORE],
  ['participants', PARTICIPANTS_BEFORE],
];

/** "the death toll rose to 3", "later died": the text updates an earlier figure. */
const UPDATE = /\b(?:toll (?:has |had )?(?:rose|risen|climbed|jumped|increased|grew|reached)|(?:has|have) (?:since|now) died|later died|died (?:later|at the hospital|in the hospital|from (?:his|her|their) (?:injuries|wounds))|succumbed|now (?:stands|totals)|rose to|climbed to|risen to|second (?:person|victim|man|woman) (?:has )?died)\b/i;

/** Between two coordinated counts of people: " women and ", " adult men, and "; the word before "and" is the head. */
const COORDINATED = /^\s+(?:[\w'’-]+\s+){0,2}?([\w'’-]+)\s*,?\s+and\s+$/;

function isCoordinated(between: string): boolean {
  const m = COORDINATED.exec(between);
  const head = headOf(between);
  return m !== null && head.kind === 'person' && head.word === m[1]?.toLowerCase();
}

/** `leaving 2 dead`: "dead"/"injured" as a predicate right after the head noun. */
const LEFT_PREDICATE = /\b(?:left|leaving|leaves|leave)\s*$/;
const PREDICATE_KIND: readonly (readonly [ClaimKind, RegExp])[] = [
  ['killed', /^\s*(?:\w+\s+){0,3}?(?:dead|killed)\b/],
  ['injured', /^\s*(?:\w+\s+){0,3}?(?:injured|wounded|hurt|hospitalized)\b/],
];

function nearestAfter(after: string): Cue | undefined {
  let best: Cue | undefined;
  for (const [kind, re] of AFTER_CUES) {
    const m = re.exec(after);
    if (m && (!best || m[0].length < best.distance)) best = { kind, distance: m[0].length };
  }
  return best;
}

function nearestBefore(before: string): Cue | undefined {
  for (const [kind, re] of BEFORE_CUES) {
    const m = re.exec(before);
    if (m) return { kind, distance: before.length - m.index };
  }
  return undefined;
}

/** How far from its number a claim's clause reaches, so a run-on "sentence" costs no more than a normal one. */
const CLAUSE_REACH = 160;

/** The clause around an offset: the sentence cut at semicolons, and at most `CLAUSE_REACH` each side. */
function clauseOf(text: string, s: { start: number; end: number }, at: number): string {
  const from = Math.max(s.start, at - CLAUSE_REACH);
  const to = Math.min(s.end, at + CLAUSE_REACH);
  const window = text.slice(from, to);
  const before = window.lastIndexOf(';', at - from - 1);
  const after = window.indexOf(';', at - from);
  return window.slice(before >= 0 ? before + 1 : 0, after >= 0 ? after + 1 : window.length).trim();
}

/** Attribution is a property of the sentence: computed once per sentence (the cache is keyed by the sentence object). */
const ATTRIBUTION = new WeakMap<object, string | null>();
function sentenceAttribution(sentence: { text: string }): string | undefined {
  let who = ATTRIBUTION.get(sentence);
  if (who === undefined) {
    who = attributionOf(sentence.text.length > 2 * CLAUSE_REACH ? sentence.text.slice(0, 2 * CLAUSE_REACH) : sentence.text) ?? null;
    ATTRIBUTION.set(sentence, who);
  }
  return who ?? undefined;
}

function makeClaim(
  view: SentenceView,
  kind: ClaimKind,
  rule: string,
  numberSpan: Span,
  value: number,
  qualifier: Qualifier,
  interval: Interval,
  certainty: 'stated' | 'implied',
  number?: NumberMention,
): Claim {
  const { doc, sentence } = view;
  const clause = clauseOf(doc.text, sentence, numberSpan.start);
  const quote = sentence.text;
  const attributedTo = sentenceAttribution(sentence);
  const claim: Claim = {
    doc: doc.id,
    kind,
    value,
    qualifier,
    interval,
    span: { doc: doc.id, start: sentence.start, end: sentence.end },
    quote,
    numberSpan,
    scope: scopeOf(clause),
    certainty,
    isUpdate: UPDATE.test(clause),
    rule,
    ...(attributedTo !== undefined ? { attributedTo } : {}),
    ...(number !== undefined ? { number } : {}),
  };
  return claim;
}

/**
 * A number counted by the words around it: "130 civilians died", "killed 141 unarmed residents",
 * "700 wounded", "about 400 people were detained", "26,000 troops", "About one million people gathered".
 */
export const numberKindRule: ClaimRule = {
  id: 'en/claim/number-kind',
  extract(view) {
    const { doc, sentence, numbers } = view;
    const text = doc.text;
    const claims: Claim[] = [];
    const parts = new Map<Claim, boolean>();
    // "Four women and one man were hospitalized": two counts of one group of people.
    const joined = new Set<number>();
    numbers.forEach((n, i) => {
      const next = numbers[i + 1];
      if (next && n.role === 'count' && next.role === 'count' && n.qualifier === 'exact' && next.qualifier === 'exact' &&
          isCoordinated(text.slice(n.span.end, next.span.start))) joined.add(i);
    });
    numbers.forEach((n, i) => {
      if (n.role !== 'count' || joined.has(i)) return;
      const next = numbers[i + 1];
      const previous = numbers[i - 1];
      const afterAll = windowAfter(text, n.span.end, sentence.end, 160);
      const after = windowAfter(text, n.span.end, next ? next.span.start : sentence.end);
      const before = windowBefore(text, previous ? previous.span.end : sentence.start, n.span.start, 80);
      const head = headOf(afterAll);
      if (head.kind === 'thing') return;
      const afterHead = after.slice(head.end);

      let kind: ClaimKind | undefined;
      // Troops: "26,000 troops", "twenty six thousand strong Soviet troops", "army of 26,000 troops".
      const troopHead = TROOP_NOUN.test(afterAll);
      const casualty = nearestAfter(after);
      if (troopHead && !(casualty && casualty.kind !== 'participants')) kind = 'troops';
      else if (head.kind === 'person' && TROOP_GROUP_BEFORE.test(before) && TROOP_VERB_AFTER.test(afterAll)) kind = 'troops';
      if (!kind && LEFT_PREDICATE.test(before)) {
        kind = PREDICATE_KIND.find(([, re]) => re.test(afterHead))?.[0];
      }
      if (!kind) {
        const byBefore = nearestBefore(before);
        // The verb right after the head noun is the subject's predicate ("130 civilians died");
        // a cue right before the number is its object's verb ("killed 141 residents").
        // "killed two men and wounded four": the verb after "and" starts another clause; the one
        // right before the number is its own.
        const isOwnVerbBefore = byBefore !== undefined && /\band\b|,/.test(after.slice(head.end, casualty?.distance ?? 0));
        if (isOwnVerbBefore && byBefore) kind = byBefore.kind;
        else if (casualty && (head.kind !== 'unknown' || casualty.distance < 40)) kind = casualty.kind;
        else if (byBefore && head.kind !== 'unknown') kind = byBefore.kind;
        else if (byBefore && byBefore.distance <= 12) kind = byBefore.kind;
      }
      // "14 deaths", "two arrests": the noun names the kind.
      if (!kind && head.word) kind = HEAD_KIND[head.word];
      if (!kind) return;
      // A participant count needs people ("thousands of rallies were held" has no people).
      if ((kind === 'participants' || kind === 'troops') && head.kind === 'unknown') return;
      const first = joined.has(i - 1) ? numbers[i - 1] : undefined;
      // "Two victims remain hospitalized": a status of some of the injured bounds their number from below.
      const status = kind === 'injured' ? INJURED_STATUS_AFTER.exec(after) : null;
      const isStatus = status !== null && !INJURED_TRUE_WORD.test(after.slice(0, status[0].length)) && (n.qualifier === 'exact' || n.qualifier === 'about');
      const claim = isStatus
        ? makeClaim(view, kind, 'en/claim/injured-status', n.span, n.value, 'at-least', [n.interval[0], null], 'stated', n)
        : first
        ? makeClaim(view, kind, 'en/claim/coordinated', { doc: doc.id, start: first.span.start, end: n.span.end }, first.value + n.value, 'exact', [first.value + n.value, first.value + n.value], 'stated')
        : makeClaim(view, kind, this.id, n.span, n.value, n.qualifier, n.interval, 'stated', n);
      parts.set(claim, PARTITIVE_AFTER.test(afterAll) || PARTITIVE_BEFORE.test(before));
      claims.push(claim);
    });
    // A part of a count the sentence also states whole is not a claim of its own:
    // "the toll rose to 14 after two of the wounded died" states 14, not 2.
    // Alone, a part is still a lower bound of the whole: "four of the victims were critically injured".
    return claims
      .filter((c) => !parts.get(c) || !claims.some((o) => o !== c && o.kind === c.kind && !parts.get(o)))
      .map((c) => (parts.get(c) && c.qualifier === 'exact' ? { ...c, qualifier: 'at-least' as const, interval: [c.interval[0], null] as const } : c));
  },
};

const ZERO_RULES: readonly (readonly [ClaimKind, RegExp])[] = [
  ['killed', ZERO_KILLED],
  ['injured', ZERO_INJURED],
  ['detained', ZERO_DETAINED],
];

/** Counts of none: "no one was hurt" = 0 injured, "no arrests have been made" = 0 detained. */
export const zeroRule: ClaimRule = {
  id: 'en/claim/zero',
  extract(view) {
    const { doc, sentence } = view;
    const claims: Claim[] = [];
    // Every zero pattern has a `zero` cue word (no, none, nobody, at large, fled).
    if (!view.cues.has('zero')) return claims;
    for (const [kind, re] of ZERO_RULES) {
      const m = re.exec(sentence.text);
      // "no one else was hurt" counts the others, not everyone: it states no total.
      if (!m || /\b(?:else|other)\b/i.test(m[0])) continue;
      const start = sentence.start + m.index;
      const numberSpan = { doc: doc.id, start, end: start + m[0].length };
      claims.push(makeClaim(view, kind, this.id, numberSpan, 0, 'exact', [0, 0], 'stated'));
    }
    return claims;
  },
};

/**
 * Counts without digits, from the people a sentence names or describes: "a man was shot dead" = 1 killed,
 * "police arrested a second man" = at least 2 detained, "John Smith, 20, was arrested" = 1 detained.
 * Certainty `implied`; each claim keeps its `subject` so distinct people can be counted per report.
 */
export const singularRule: ClaimRule = {
  id: 'en/claim/singular',
  extract(view) {
    const doc = view.doc;
    return extractPersonClaims(view, (kind, start, end, value, qualifier, interval, subject) => ({
      ...makeClaim(view, kind, this.id, { doc: doc.id, start, end }, value, qualifier, interval, 'implied'),
      subject,
    }));
  },
};

/** The default claim rules. Note: zero and singular rules only add kinds that no stated number covers (see `extractClaims`). */
export const CLAIM_RULES: readonly ClaimRule[] = [numberKindRule, zeroRule, singularRule];
