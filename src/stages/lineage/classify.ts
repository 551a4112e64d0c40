import type { LineageRelation } from '../../model/lineage.js';
import type { SentenceMatch } from './align.js';

/** Thresholds that turn sentence matches into a relation. */
export interface RelationThresholds {
  /** A match at least this similar is a near-verbatim copy of the sentence. */
  readonly verbatimSimilarity: number;
  /** `duplicate`: near-verbatim matches cover this share of the smaller document's content words. */
  readonly duplicateCoverage: number;
  /** `duplicate`: the smaller document has at least this many content words. */
  readonly minDuplicateWords: number;
  /** `shared-origin`: this many (weighted) matched sentences. */
  readonly minSharedSentences: number;
  /** `shared-origin`: and this much specificity weight of shared words in them. */
  readonly minSharedWeight: number;
  /** `shared-origin` by copying: (weighted) narrative matches whose wording is copied. */
  readonly minCopiedSentences: number;
  /** `shared-origin` by rewording: (weighted) narrative matches that share a phrase or more... */
  readonly minRewordedSentences: number;
  /** ...and the phrases they share, together... */
  readonly minRewordedPhrases: number;
  /** ...and they are this share of the matchable sentences of the document that has fewer. */
  readonly minRewordedShare: number;
  /** `quotes`: (weighted) quoting matches whose wording is copied. */
  readonly minQuotedSentences: number;
  /** `quotes`: specificity weight of the shared words of the quoting matches. */
  readonly minQuotedWeight: number;
}

/** A sentence match with what classification needs to know about its two sentences. */
export interface PairMatch extends SentenceMatch {
  readonly isQuotedA: boolean;
  readonly isQuotedB: boolean;
  /** Phrases of the sentence of the two that has fewer. */
  readonly minPhrases: number;
}

/**
 * What two documents share: the one-to-one sentence matches (sorted by `a`), the size of
 * each document in content words (summed over sentences) and its number of matchable sentences
 * (not boilerplate, with enough content words to match).
 */
export interface PairEvidence {
  readonly matches: readonly PairMatch[];
  readonly wordsA: number;
  readonly wordsB: number;
  readonly sentencesA: number;
  readonly sentencesB: number;
}

/**
 * The relation of two documents, the shared passages as sentence ranges
 * (`[aFirst, aLast, bFirst, bLast]`, inclusive, sorted by `aFirst`) and the score.
 */
export interface PairVerdict {
  readonly relation: LineageRelation;
  readonly passages: readonly (readonly [number, number, number, number])[];
  readonly score: number;
}

/** A match copies wording when it shares this many phrases... */
const MIN_COPIED_PHRASES = 3;
/** ...and this share of the phrases of the sentence that has fewer. */
const MIN_COPIED_SHARE = 0.6;
/** A match shares wording when it shares this many phrases. */
const MIN_REWORDED_PHRASES = 2;

/** Whether a match copies the wording of its sentence: most of the shorter one's phrases. */
function isCopied(m: PairMatch): boolean {
  return m.phrases >= MIN_COPIED_PHRASES && m.phrases >= MIN_COPIED_SHARE * m.minPhrases;
}

/**
 * Decides whether two documents are related, and how, from their sentence matches.
 * `weights[k]` (0..1) down-weights match `k` when many documents share its wording
 * (boilerplate, genre phrasing) or when it belongs to a shared sign-off. A match is *narrative*
 * when neither sentence is inside quotation marks, *quoting* when exactly one is; matches
 * quoted on both sides (the same official quoted by two reports) never count.
 * Shared facts are not shared origin: two reports that state the same facts in their own words
 * share names and figures, not wording. So besides `minSharedSentences` matches whose shared
 * words weigh `minSharedWeight`:
 * - `duplicate`: near-verbatim matches cover `duplicateCoverage` of the smaller document;
 * - `shared-origin`: `minCopiedSentences` narrative matches copy their wording (most of the
 *   phrases of one sentence are in the other), or `minRewordedSentences` narrative matches
 *   share phrases, `minRewordedPhrases` in all, and are `minRewordedShare` of the sentences of
 *   the shorter document (a rewrite or another translation of one text: 002 and 004 of
 *   black-january);
 * - `quotes`: `minQuotedSentences` quoting matches copy their wording, whose shared words weigh
 *   `minQuotedWeight` (one report quotes a passage of the other).
 * Returns `undefined` when the documents look independent.
 *
 * @example
 * classifyPair({ matches, wordsA: 310, wordsB: 520, sentencesA: 21, sentencesB: 30 }, passageWeights, thresholds);
 * // { relation: 'shared-origin', passages: [[7, 7, 9, 9], ...], score: 0.24 }
 */
export function classifyPair(
  evidence: PairEvidence,
  weights: Float32Array | undefined,
  thresholds: RelationThresholds,
): PairVerdict | undefined {
  const { matches } = evidence;
  if (matches.length === 0) return undefined;
  const smaller = Math.min(evidence.wordsA, evidence.wordsB);
  if (smaller === 0) return undefined;
  let verbatimWords = 0;
  let sharedWords = 0;
  let sentences = 0;
  let sharedWeight = 0;
  let copied = 0;
  let reworded = 0;
  let rewordedPhrases = 0;
  let quotedCopied = 0;
  let quotedWeight = 0;
  let quotedWords = 0;
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k] as PairMatch;
    const weight = weights === undefined ? 1 : (weights[k] as number);
    sharedWords += m.shared;
    if (m.similarity >= thresholds.verbatimSimilarity) verbatimWords += m.shared;
    if (m.isQuotedA && m.isQuotedB) continue;
    sentences += weight;
    sharedWeight += weight * m.weight;
    if (m.isQuotedA !== m.isQuotedB) {
      if (isCopied(m)) quotedCopied += weight;
      quotedWeight += weight * m.weight;
      quotedWords += m.shared;
      continue;
    }
    if (isCopied(m)) copied += weight;
    if (m.phrases >= MIN_REWORDED_PHRASES) {
      reworded += weight;
      rewordedPhrases += weight * m.phrases;
    }
  }
  const score = Math.min(1, sharedWords / smaller);
  if (smaller >= thresholds.minDuplicateWords && verbatimWords >= thresholds.duplicateCoverage * smaller) {
    return { relation: 'duplicate', passages: passagesOf(matches), score };
  }
  const isShared = sentences >= thresholds.minSharedSentences && sharedWeight >= thresholds.minSharedWeight;
  const isCopying = copied >= thresholds.minCopiedSentences;
  // Note: long reports of one event (live blogs) share many facts; a rewrite shares them densely
  const isRewording =
    reworded >= thresholds.minRewordedSentences &&
    rewordedPhrases >= thresholds.minRewordedPhrases &&
    reworded >= thresholds.minRewordedShare * Math.min(evidence.sentencesA, evidence.sentencesB);
  if (isShared && (isCopying || isRewording)) {
    return { relation: 'shared-origin', passages: passagesOf(matches), score };
  }
  if (quotedCopied >= thresholds.minQuotedSentences && quotedWeight >= thresholds.minQuotedWeight) {
    const quoted = matches.filter((m) => m.isQuotedA !== m.isQuotedB);
    return { relation: 'quotes', passages: passagesOf(quoted), score: Math.min(1, quotedWords / smaller) };
  }
  return undefined;
}

/** Groups matches (sorted by `a`) into runs consecutive on both sides. */
function passagesOf(matches: readonly SentenceMatch[]): [number, number, number, number][] {
  const passages: [number, number, number, number][] = [];
  let current: [number, number, number, number] | undefined;
  for (const m of matches) {
    if (current !== undefined && m.a === current[1] + 1 && m.b === current[3] + 1) {
      current[1] = m.a;
      current[3] = m.b;
      continue;
    }
    current = [m.a, m.a, m.b, m.b];
    passages.push(current);
  }
  return passages;
}
