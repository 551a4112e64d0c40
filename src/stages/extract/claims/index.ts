import type { SourceDoc, Sentence } from '../../../model/document.js';
import type { NumberMention } from '../../../model/mention.js';
import { CASUALTY_KINDS, type Claim, type ClaimKind } from '../../../model/record.js';
import type { Span } from '../../../model/span.js';
import type { Context } from '../../../pipeline/stage.js';
import { MOURNING_SOURCE } from '../../../locales/en/dates.js';
import { ASKED_BEFORE, COMBATANTS_AFTER, COMBATANTS_NAMED, THEM_AFTER, FORCES_KILLED_BEFORE, FORCES_OPERATION, NEUTRALISED, NOT_ARREST, OPERATION_ARRESTS } from '../../../locales/en/claims.js';
import { cutDiagnostic } from '../../reading-cut.js';
import { isViolent } from '../../time/cues.js';
import { scanCues, type Cue, type SentenceView } from './context.js';
import { CLAIM_RULES, figureReferenceClaims, numberKindRule, placeShareClaims, singularRule, withAttackerShares, zeroRule, type ClaimRule } from './rules.js';
import { FORCES_LABEL, OPERATION_LABEL, isOwnHappening } from './scope.js';

export { scopeOf } from './scope.js';
export { attributionOf } from './attribution.js';
export type { ClaimRule } from './rules.js';

/** Rule id of the warning that a document's claim words were read only up to `claimBudget`. */
export const CLAIMS_CUT_RULE = 'claims/budget';

/** Claim words every document may read, whatever its length (see `claimBudget`). */
const BASE_CUES = 500;
/** One more claim word per so many characters of a document (see `claimBudget`). */
const CHARS_PER_CUE = 50;

/**
 * How many claim words ("died", "wounded", "arrested", "no one": the cues the claim rules start
 * from) a document of `length` characters may read: 500, and one more per 50 characters (2,500 in
 * 100 KB). Reports hold far fewer: in the GVA development set at most 371 (in 58 KB), the densest
 * long one a claim word per 107 characters (175 in 18 KB), so articles joined into one document
 * are read whole too. Every claim word costs the rules around it 5-10 microseconds (a verb's
 * subject looked for before it, its object after it), so a 90 KB wall of "died!" (15,000 of them)
 * took 70 ms; bounded, any 100 KB costs at most 2,500 claim words (10-25 ms). Reading stops before
 * the first sentence whose claim words go over the budget.
 *
 * @example claimBudget(100_000) === 2_500
 */
export function claimBudget(length: number): number {
  return BASE_CUES + Math.floor(length / CHARS_PER_CUE);
}

/**
 * Extracts the claims of one document: figures tied to a kind, with the sentence that states them.
 * `numbers` are the document's number mentions sorted by `span.start`.
 * Note: a zero or singular claim is kept only when no stated number in the same sentence already
 * gives that kind ("two people were shot, a man was killed": the number wins for `shot`).
 *
 * @example
 * extractClaims(doc, sentences, numbers, ctx)
 * // [{ kind: 'killed', value: 130, qualifier: 'exact', quote: 'On that night, 130 civilians died in Baku.', ... }]
 */
export function extractClaims(
  doc: SourceDoc,
  sentences: readonly Sentence[],
  numbers: readonly NumberMention[],
  ctx: Context,
  rules: readonly ClaimRule[] = CLAIM_RULES,
): Claim[] {
  const claims: Claim[] = [];
  /** The kinds of the claims so far (`withoutMoreOfNone`): a set, not a pass over the claims, per "more". */
  const kindsSoFar = new Set<ClaimKind>();
  /** The words of each zero claim (`zeroRule`) so far, by kind and sentence start: a lookup, not a pass over the claims, per singular claim. */
  const zeros = new Map<string, Span[]>();
  const addZero = (c: Claim): void => {
    const key = `${c.kind}:${c.span.start}`;
    const list = zeros.get(key);
    if (list) list.push(c.numberSpan);
    else zeros.set(key, [c.numberSpan]);
  };
  const lowered = doc.text.toLowerCase();
  const hits = scanCues(doc.text, lowered);
  // Note: rules read lowercase windows from `lower`; lowercasing a few letters changes the length, and then each rule lowercases its own windows.
  const lower = lowered.length === doc.text.length ? lowered : undefined;
  let hit = 0;
  let cursor = 0;
  const limit = claimBudget(doc.text.length);
  let left = limit;
  for (const sentence of sentences) {
    while (cursor < numbers.length && (numbers[cursor]?.span.start ?? 0) < sentence.start) cursor++;
    let last = cursor;
    while (last < numbers.length && (numbers[last]?.span.end ?? 0) <= sentence.end) last++;
    // Note: sentences without a cue word hold no claim; most sentences stop here.
    while (hit < hits.length && (hits[hit]?.at ?? 0) < sentence.start) hit++;
    let end = hit;
    while (end < hits.length && (hits[end]?.at ?? Infinity) < sentence.end) end++;
    if (end === hit) continue;
    left -= end - hit;
    if (left < 0) {
      ctx.report(cutDiagnostic(doc, { offset: sentence.start, candidates: limit }, { things: 'claim words', ruleId: CLAIMS_CUT_RULE, stage: 'claims' }));
      break;
    }
    const sentenceHits = hits.slice(hit, end);
    const cues = new Set<Cue>();
    for (const h of sentenceHits) cues.add(h.cue);
    // Note: one object per sentence, filled in place (object spreads cost more than the rules on gva-dev).
    const view: { -readonly [K in keyof SentenceView]: SentenceView[K] } = { doc, sentence, numbers: numbers.slice(cursor, last), cues, hits: sentenceHits };
    if (lower !== undefined) view.lower = lower;
    const byNumber = rules.includes(numberKindRule) ? withoutMoreOfNone(numberKindRule.extract(view), kindsSoFar) : [];
    const covered = new Set<ClaimKind>(byNumber.map((c) => c.kind));
    claims.push(...byNumber);
    for (const c of byNumber) kindsSoFar.add(c.kind);
    for (const c of byNumber) if (c.rule === zeroRule.id) addZero(c);
    if (covered.size > 0) view.covered = covered;
    for (const rule of rules) {
      if (rule === numberKindRule) continue;
      for (const claim of rule.extract(view)) {
        if (covered.has(claim.kind)) {
          ctx.debug(() => `${doc.id}: ${rule.id} ${claim.kind} skipped, a number in the sentence states it`);
          continue;
        }
        // Zero before singular: "no one else was hurt" after "a man was shot" states the others. An
        // arrest elsewhere in the sentence than the zero's words is no part of it: "a suspect fled ...
        // where he was arrested" states one (the zero gives way to it in reconciling).
        if (rule === singularRule && isZeroed(zeros.get(`${claim.kind}:${claim.span.start}`), claim)) continue;
        if (claim.rule === zeroRule.id) addZero(claim);
        claims.push(claim);
        kindsSoFar.add(claim.kind);
      }
    }
  }
  // "Hospital officials put the figure at 27": a number that names no kind takes the kind of the count just before it.
  if (rules === CLAIM_RULES) claims.push(...figureReferenceClaims(doc, sentences, numbers, claims));
  // "killed 45 people across Iraq, including 22 in Baghdad": a place's share of the count.
  if (rules === CLAIM_RULES) claims.push(...placeShareClaims(doc, sentences, numbers, claims));
  // "Fifteen people, including three of the bandits, died": the attackers apart from the rest.
  if (rules === CLAIM_RULES && doc.text.includes('including') && COMBATANTS_NAMED.test(doc.text)) claims.splice(0, claims.length, ...withAttackerShares(doc, sentences, numbers, claims));
  // Note: claims of one sentence share their quote; NOT_ARREST reads a quote once, not once per
  // claim (a run-on sentence of thousands of arrests was quadratic)
  const notArrest = new Map<string, boolean>();
  const operations = new Map<string, string | null>();
  return roundupHeadline(claims.filter((c) => isStatedArrest(c, doc.text, notArrest) && !isAskedPerson(c, doc.text)).map((c) => operationScope(c, operations)), sentences[0]).map((c) => mournersApart(leftOutOfToll(c, doc.text)));
}

/**
 * "Two more" after casualties of another kind only is two more casualties, not at least three of
 * its own kind: "Russian shelling killed four people ... Two more were wounded in Kharkiv". Else
 * "more" tells of earlier ones of its kind, told or not: "police have detained two more people" is
 * at least three (`en/claim/more`).
 */
function withoutMoreOfNone(made: Claim[], kindsBefore: ReadonlySet<ClaimKind>): Claim[] {
  if (!made.some((c) => c.rule === MORE_RULE)) return made;
  return made.map((c) => {
    if (c.rule !== MORE_RULE || c.number === undefined || !CASUALTY_KINDS.has(c.kind)) return c;
    if (kindsBefore.has(c.kind) || ![...CASUALTY_KINDS].some((kind) => kindsBefore.has(kind))) return c;
    return { ...c, qualifier: c.number.qualifier, interval: c.number.interval, rule: numberKindRule.id };
  });
}
const MORE_RULE = 'en/claim/more';

/** A gathering that mourns (`MOURNING_SOURCE`, and a burial): the word that names it is the figure's label (`mournersApart`). */
const MOURNING = new RegExp(String.raw`\b(?:${MOURNING_SOURCE}|burials?)\b`, 'i');

/**
 * A crowd that mourns is no crowd of the event: "More than 2,000 people attended a candlelight vigil
 * on Tuesday night", "About 1 million people accompanied the funerals" (scope `other`, labelled by
 * the gathering: "mourners: vigil"). Not when its sentence tells violence ("police fired on
 * mourners at the funeral").
 */
function mournersApart(claim: Claim): Claim {
  if (claim.kind !== 'participants' || claim.scope.key === 'other' || claim.scope.key === 'recurring') return claim;
  const m = MOURNING.exec(claim.quote);
  if (m === null || isViolent(claim.quote)) return claim;
  return { ...claim, scope: { ...claim.scope, key: 'other', label: `${MOURNERS_LABEL}: ${m[0].toLowerCase()}` } };
}

/** Label of a mourning crowd's figure (`mournersApart`). */
const MOURNERS_LABEL = 'mourners';

/** Words right before the people a toll leaves out: "does not include the", "not counting", "excluding". */
const LEFT_OUT_BEFORE = /\b(?:(?:does|do|did) not|doesn['’]t|don['’]t|didn['’]t) (?:include|count)\s+(?:the\s+)?$|\bnot (?:including|counting)\s+(?:the\s+)?$|\bexcluding\s+(?:the\s+)?$/i;
/** Label of the people a toll leaves out (`leftOutOfToll`). */
const LEFT_OUT_LABEL = 'left out of the toll';

/**
 * A claim of the people a toll leaves out is not part of it: "The toll does not include the four
 * gunmen, who were killed by troops" (four killed apart from the 21), "not counting the five
 * gunmen". Only the people right after the words: the count before them is the toll ("has risen to
 * 26, not counting the five gunmen").
 */
function leftOutOfToll(claim: Claim, text: string): Claim {
  const at = claim.numberSpan.start;
  if (claim.scope.key === 'other' || !LEFT_OUT_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return claim;
  return { ...claim, scope: { key: 'other', label: LEFT_OUT_LABEL } };
}

/**
 * The claims with a roundup's headline read as its statistics: a headline whose counts of the toll,
 * of two kinds or more and nothing else, are each a count the report gives for several happenings
 * (scope `aggregate`: "Police are investigating a series of shootings overnight which have left two
 * dead and eight injured") states those, not one event's ("Violent Night In The City Of Detroit
 * Leaves 2 Dead, 8 Injured"). Note: one kind alone is not enough ("Detroit boy, 9, dies in
 * accidental shooting" beside one of this year's deaths), nor a headline of charges ("2 suspects
 * charged in shooting that injured 6-year-old girl").
 */
function roundupHeadline(claims: Claim[], headline: Sentence | undefined): Claim[] {
  if (headline === undefined) return claims;
  let aggregates: Map<string, Claim> | undefined;
  for (const c of claims) if (c.scope.key === 'aggregate') (aggregates ??= new Map()).set(`${c.kind}:${c.value}`, c);
  if (aggregates === undefined) return claims;
  const inHeadline = claims.filter((c) => c.span.start >= headline.start && c.span.end <= headline.end && isOwnHappening(c.scope));
  const kinds = new Set(inHeadline.map((c) => c.kind));
  if (!inHeadline.every((c) => CASUALTY_KINDS.has(c.kind) && aggregates!.has(`${c.kind}:${c.value}`)) || kinds.size < 2) return claims;
  return claims.map((c) => (inHeadline.includes(c) ? { ...c, scope: aggregates!.get(`${c.kind}:${c.value}`)!.scope } : c));
}

/** Whether a singular claim is stated as none by a zero claim of its sentence (see `extractClaims`). */
function isZeroed(zeroes: readonly Span[] | undefined, claim: Claim): boolean {
  if (zeroes === undefined) return false;
  if (claim.kind !== 'detained') return true;
  return zeroes.some((z) => claim.numberSpan.start < z.end && z.start < claim.numberSpan.end);
}

/**
 * Whether a claim read from a person is asked about, not stated: "it remained unclear whether he was
 * killed in the fire", "police did not say if the woman was hurt". Note: only people read without a
 * number; a number after "whether" is mostly taken as known ("whether the three people killed
 * Sunday were targeted"). Detained claims of either sort are read by `isStatedArrest`.
 */
function isAskedPerson(claim: Claim, text: string): boolean {
  if (claim.certainty !== 'implied' || claim.value === 0 || claim.kind === 'detained') return false;
  return isAsked(claim, text);
}

/** Whether the words of a claim's clause before its number or person ask about it ("whether", "if"). */
function isAsked(claim: Claim, text: string): boolean {
  return ASKED_BEFORE.test(text.slice(Math.max(claim.span.start, claim.numberSpan.start - 60), claim.numberSpan.start));
}

/**
 * A detained claim of a police operation over many people ("twelve people were taken into custody in
 * a law enforcement operation targeting gangs") is about another happening: its scope
 * becomes `other`, labelled with the operation's words. Claims of other kinds pass.
 */
function operationScope(claim: Claim, operations: Map<string, string | null>): Claim {
  if (claim.kind === 'killed') return forcesOperationScope(claim);
  if (claim.kind !== 'detained' || claim.value === 0 || claim.scope.key === 'other') return claim;
  // Note: read once per quote, as `NOT_ARREST` is (claims of one sentence share it).
  const key = `${claim.span.start}:${claim.span.end}`;
  let words = operations.get(key);
  if (words === undefined) {
    words = OPERATION_ARRESTS.exec(claim.quote)?.[0]?.toLowerCase() ?? null;
    operations.set(key, words);
  }
  if (words === null) return claim;
  return { ...claim, scope: { ...claim.scope, key: 'other', label: `in a police operation (${words})` } };
}

/**
 * A killed claim that counts combatants the forces killed, in their own operation ("the army said it
 * had killed 25 \"terrorists\" in air strikes after the attacks") or as the forces' own count
 * ("troops killed 11 of the assailants in a firefight", "Eleven terrorists were neutralised"), is
 * not the toll of the attack, which reports count apart (they would read as a conflict with it):
 * its scope becomes `other`. Note: combatants killed with no word of who killed them ("two
 * militants were killed in the clashes", "the gunman was killed") stay the event's.
 */
function forcesOperationScope(claim: Claim): Claim {
  if (claim.value === 0 || claim.scope.key === 'other' || claim.certainty !== 'stated') return claim;
  const at = Math.max(0, claim.numberSpan.start - claim.span.start);
  const after = claim.quote.slice(Math.max(0, claim.numberSpan.end - claim.span.start));
  // "killed 11 of the assailants"; "engaged the gunmen, killing three of them"
  if (!COMBATANTS_AFTER.test(after) && !(THEM_AFTER.test(after) && COMBATANTS_NAMED.test(claim.quote.slice(Math.max(0, at - 120), at)))) return claim;
  const operation = FORCES_OPERATION.exec(claim.quote)?.[0]?.toLowerCase();
  if (operation !== undefined) return { ...claim, scope: { ...claim.scope, key: 'other', label: `${OPERATION_LABEL} (${operation})` } };
  const byForces = FORCES_KILLED_BEFORE.test(claim.quote.slice(Math.max(0, at - 120), at)) || NEUTRALISED.test(after.slice(0, 60));
  if (!byForces) return claim;
  // "killed 11 of the assailants": 11 attackers, not at least 11 of some whole (as "two of the victims" is).
  const isPart = claim.qualifier === 'at-least' && claim.number?.qualifier === 'exact' && /^\s*of\s/.test(after);
  return { ...claim, ...(isPart ? { qualifier: 'exact' as const, interval: [claim.value, claim.value] as const } : {}), scope: { ...claim.scope, key: 'other', label: FORCES_LABEL } };
}

/**
 * Whether a detained claim states an arrest; claims of other kinds pass. "Three people were detained
 * for questioning and released" and "police would not say whether the shooter was arrested" do not.
 */
function isStatedArrest(claim: Claim, text: string, notArrest: Map<string, boolean>): boolean {
  if (claim.kind !== 'detained' || claim.value === 0) return true;
  // the quote is the text of the span, so the span is its key
  const key = `${claim.span.start}:${claim.span.end}`;
  let isNotArrest = notArrest.get(key);
  if (isNotArrest === undefined) {
    isNotArrest = NOT_ARREST.test(claim.quote);
    notArrest.set(key, isNotArrest);
  }
  if (isNotArrest) return false;
  return !isAsked(claim, text);
}
