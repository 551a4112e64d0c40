import type { TextProfile } from './profile.js';
import type { WordStats } from './word-stats.js';

/**
 * Two sentences, one of each document, that say the same thing in much the same content words.
 * `a` and `b` are sentence indices; `shared` counts the content words both have, `weight` sums
 * their specificity weights; `similarity` is the weighted Jaccard similarity of the two word sets
 * (weight of the shared words over weight of the union), or the plain one when that is higher and
 * at least `verbatimSimilarity` (a near-verbatim copy of a sentence of common words); `phrases` counts the phrases
 * (pairs of adjacent words, see `TextProfile`) both have: the shared wording.
 */
export interface SentenceMatch {
  readonly a: number;
  readonly b: number;
  readonly shared: number;
  readonly weight: number;
  readonly similarity: number;
  readonly phrases: number;
}

/** Thresholds for a sentence match. */
export interface SentenceMatchThresholds {
  /** Content words both sentences must have. */
  readonly minSharedWords: number;
  /** Specificity weight the shared words must reach together. */
  readonly minSharedWeight: number;
  /** Weight of the shared words over the weight of the smaller sentence's words. */
  readonly minOverlap: number;
  /** Weight of the shared words over the weight of the union of both sentences' words. */
  readonly minSimilarity: number;
  /** Shared words over all words of both (unweighted) from which two sentences match whatever their weights. */
  readonly verbatimSimilarity: number;
}

/** Words of the bitset filter, minus one (2^14 bits). */
const FILTER_MASK = (1 << 9) - 1;

/**
 * Finds the sentences two documents share, order-insensitive, word-order-insensitive:
 * a sentence of the base document matches one of the other when their content-word sets
 * (folded, numbers normalized) overlap enough, every word weighted by its specificity
 * ({@link WordStats}): two sentences of the genre's template ("He was taken in good condition
 * to the hospital") share only light words and do not match. Each sentence is matched at most
 * once, best similarity first. Holds an inverted index of the base document, so matching one
 * new document against many candidates reads each candidate once.
 *
 * @example
 * const matcher = new SentenceMatcher({ minSharedWords: 4, minSharedWeight: 1, minOverlap: 0.5, minSimilarity: 0.3, verbatimSimilarity: 0.8 });
 * matcher.setBase(profileOf002, stats);
 * matcher.match(profileOf004); // [{ a: 11, b: 12, shared: 9, weight: 5.1, similarity: 0.52, phrases: 3 }, ...]
 */
export class SentenceMatcher {
  private base: TextProfile | undefined;
  private stats: WordStats | undefined;
  private baseWeight = new Float64Array(16);
  /** Weight of each word of the base document (aligned with its `words`). */
  private baseWordWeight = new Float64Array(16);
  /** Bitset of the base document's words: most words of a candidate are not in it. */
  private readonly filter = new Uint32Array(FILTER_MASK + 1);
  private keys = new Uint32Array(16);
  private heads = new Int32Array(16);
  private mask = 15;
  private postingSentence = new Uint32Array(16);
  private postingNext = new Int32Array(16);
  private counts = new Uint16Array(16);
  private touched = new Uint32Array(16);

  constructor(readonly thresholds: SentenceMatchThresholds) {}

  /**
   * Indexes the words of the base document (the `a` side of later matches), weighted by `stats`;
   * `wordWeights[k]`, when given, is the weight of `profile.words[k]` (saves the lookups).
   */
  setBase(profile: TextProfile, stats: WordStats, wordWeights?: Float64Array): void {
    this.base = profile;
    this.stats = stats;
    const words = profile.words;
    if (this.baseWordWeight.length < words.length) this.baseWordWeight = new Float64Array(Math.max(words.length, this.baseWordWeight.length * 2));
    const baseWordWeight = this.baseWordWeight;
    for (let w = 0; w < words.length; w++) baseWordWeight[w] = wordWeights === undefined ? stats.weight(words[w] as number) : (wordWeights[w] as number);
    const slots = 1 << Math.ceil(Math.log2(Math.max(16, words.length * 2)));
    if (this.keys.length < slots) {
      this.keys = new Uint32Array(slots);
      this.heads = new Int32Array(slots);
    }
    this.mask = slots - 1;
    this.keys.fill(0, 0, slots);
    this.heads.fill(-1, 0, slots);
    if (this.postingSentence.length < words.length) {
      this.postingSentence = new Uint32Array(words.length);
      this.postingNext = new Int32Array(words.length);
    }
    if (this.counts.length < profile.count) {
      this.counts = new Uint16Array(profile.count);
      this.touched = new Uint32Array(profile.count);
      this.baseWeight = new Float64Array(profile.count);
    }
    this.filter.fill(0);
    let posting = 0;
    for (let s = 0; s < profile.count; s++) {
      const end = profile.wordStart[s + 1] as number;
      let sentenceWeight = 0;
      for (let w = profile.wordStart[s] as number; w < end; w++) {
        sentenceWeight += baseWordWeight[w] as number;
        const key = (words[w] as number) || 1;
        this.filter[(key >>> 5) & FILTER_MASK] = (this.filter[(key >>> 5) & FILTER_MASK] as number) | (1 << (key & 31));
        let slot = key & this.mask;
        while (this.keys[slot] !== 0 && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
        this.keys[slot] = key;
        this.postingSentence[posting] = s;
        this.postingNext[posting] = this.heads[slot] as number;
        this.heads[slot] = posting++;
      }
      this.baseWeight[s] = sentenceWeight;
    }
  }

  /** Matches the base document's sentences with `other`'s; returns matches sorted by `a`. */
  match(other: TextProfile): SentenceMatch[] {
    const base = this.base;
    const stats = this.stats;
    if (base === undefined || stats === undefined) return [];
    const { minSharedWords, minSharedWeight, minOverlap, minSimilarity, verbatimSimilarity } = this.thresholds;
    const counts = this.counts;
    const touched = this.touched;
    const filter = this.filter;
    const otherWords = other.words;
    const keys = this.keys;
    const mask = this.mask;
    const heads = this.heads;
    const postingNext = this.postingNext;
    const postingSentence = this.postingSentence;
    const candidates: SentenceMatch[] = [];
    for (let j = 0; j < other.count; j++) {
      const from = other.wordStart[j] as number;
      const to = other.wordStart[j + 1] as number;
      if (to - from < minSharedWords) continue;
      // Note: raw counts first; weights (table lookups) only for the few pairs that pass them
      let touchedCount = 0;
      for (let w = from; w < to; w++) {
        const key = (otherWords[w] as number) || 1;
        if (((filter[(key >>> 5) & FILTER_MASK] as number) & (1 << (key & 31))) === 0) continue;
        let slot = key & mask;
        for (;;) {
          const stored = keys[slot] as number;
          if (stored === key) break;
          if (stored === 0) {
            slot = -1;
            break;
          }
          slot = (slot + 1) & mask;
        }
        if (slot < 0) continue;
        for (let p = heads[slot] as number; p >= 0; p = postingNext[p] as number) {
          const s = postingSentence[p] as number;
          if (counts[s] === 0) touched[touchedCount++] = s;
          counts[s] = (counts[s] as number) + 1;
        }
      }
      let weightB = -1;
      for (let t = 0; t < touchedCount; t++) {
        const i = touched[t] as number;
        const shared = counts[i] as number;
        counts[i] = 0;
        if (shared < minSharedWords) continue;
        // a near-verbatim sentence matches even when its words are common ("The victim's name is
        // not being released"): a copy copies those too
        const sizeA = (base.wordStart[i + 1] as number) - (base.wordStart[i] as number);
        const rawSimilarity = shared / (sizeA + (to - from) - shared);
        const isVerbatim = rawSimilarity >= verbatimSimilarity;
        const weight = sharedWeightOf(base.words, this.baseWordWeight, base.wordStart[i] as number, base.wordStart[i + 1] as number, otherWords, from, to);
        if (weight < minSharedWeight && !isVerbatim) continue;
        if (weightB < 0) weightB = totalWeight(otherWords, from, to, stats);
        const weightA = this.baseWeight[i] as number;
        if (weight < minOverlap * Math.min(weightA, weightB) && !isVerbatim) continue;
        const similarity = isVerbatim ? Math.max(rawSimilarity, weight / (weightA + weightB - weight)) : weight / (weightA + weightB - weight);
        if (similarity < minSimilarity) continue;
        const phrases = sharedCount16(base.phrases, base.phraseStart[i] as number, base.phraseStart[i + 1] as number, other.phrases, other.phraseStart[j] as number, other.phraseStart[j + 1] as number);
        candidates.push({ a: i, b: j, shared, weight, similarity, phrases });
      }
    }
    return pickOneToOne(candidates);
  }
}

/**
 * Whether sentence `i` of `a` and sentence `j` of `b` match by the thresholds of
 * {@link SentenceMatcher}: one pair checked without indexing either document.
 *
 * @example
 * isSentenceMatch(profile, 3, other, 7, stats, thresholds); // true
 */
export function isSentenceMatch(a: TextProfile, i: number, b: TextProfile, j: number, stats: WordStats, thresholds: SentenceMatchThresholds): boolean {
  const aFrom = a.wordStart[i] as number;
  const aTo = a.wordStart[i + 1] as number;
  const bFrom = b.wordStart[j] as number;
  const bTo = b.wordStart[j + 1] as number;
  const shared = sharedCount(a.words, aFrom, aTo, b.words, bFrom, bTo);
  if (shared < thresholds.minSharedWords) return false;
  if (shared / (aTo - aFrom + (bTo - bFrom) - shared) >= thresholds.verbatimSimilarity) return true;
  const weight = sharedWeight(a.words, aFrom, aTo, b.words, bFrom, bTo, stats);
  if (weight < thresholds.minSharedWeight) return false;
  const weightA = totalWeight(a.words, aFrom, aTo, stats);
  const weightB = totalWeight(b.words, bFrom, bTo, stats);
  if (weight < thresholds.minOverlap * Math.min(weightA, weightB)) return false;
  return weight / (weightA + weightB - weight) >= thresholds.minSimilarity;
}

/** Number of values two sorted lists share. */
function sharedCount(a: Uint32Array, aFrom: number, aTo: number, b: Uint32Array, bFrom: number, bTo: number): number {
  let shared = 0;
  let i = aFrom;
  let j = bFrom;
  while (i < aTo && j < bTo) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) {
      i++;
    } else {
      j++;
    }
  }
  return shared;
}

/** Number of values two sorted lists of 16-bit values share (phrases). */
function sharedCount16(a: Uint16Array, aFrom: number, aTo: number, b: Uint16Array, bFrom: number, bTo: number): number {
  let shared = 0;
  let i = aFrom;
  let j = bFrom;
  while (i < aTo && j < bTo) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) {
      i++;
    } else {
      j++;
    }
  }
  return shared;
}

/** Weight of the words two sorted word lists share. */
function sharedWeight(a: Uint32Array, aFrom: number, aTo: number, b: Uint32Array, bFrom: number, bTo: number, stats: WordStats): number {
  let weight = 0;
  let i = aFrom;
  let j = bFrom;
  while (i < aTo && j < bTo) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      weight += stats.weight(x);
      i++;
      j++;
    } else if (x < y) {
      i++;
    } else {
      j++;
    }
  }
  return weight;
}

/** Weight of the words two sorted word lists share, the first list's weights given (`weights[i]` of `a[i]`). */
function sharedWeightOf(a: Uint32Array, weights: Float64Array, aFrom: number, aTo: number, b: Uint32Array, bFrom: number, bTo: number): number {
  let weight = 0;
  let i = aFrom;
  let j = bFrom;
  while (i < aTo && j < bTo) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      weight += weights[i] as number;
      i++;
      j++;
    } else if (x < y) {
      i++;
    } else {
      j++;
    }
  }
  return weight;
}

/** Weight of the words of a word list. */
function totalWeight(words: Uint32Array, from: number, to: number, stats: WordStats): number {
  let weight = 0;
  for (let w = from; w < to; w++) weight += stats.weight(words[w] as number);
  return weight;
}

/** Keeps each sentence in at most one match, best similarity first; sorted by `a`. */
function pickOneToOne(candidates: SentenceMatch[]): SentenceMatch[] {
  if (candidates.length <= 1) return candidates;
  candidates.sort((x, y) => y.similarity - x.similarity || y.shared - x.shared || x.a - y.a || x.b - y.b);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const picked: SentenceMatch[] = [];
  for (const c of candidates) {
    if (usedA.has(c.a) || usedB.has(c.b)) continue;
    usedA.add(c.a);
    usedB.add(c.b);
    picked.push(c);
  }
  return picked.sort((x, y) => x.a - y.a);
}
