import { ConfigError } from '../../errors.js';

/**
 * Settings of lineage detection. Every field is optional; {@link DEFAULT_LINEAGE_OPTIONS}
 * fills the rest. The defaults were tuned on black-january and gva-dev (see `bench/lineage.mjs`
 * and `eval/lineage-sample.mjs`): precision first, since a false link merges independent sources.
 */
export interface LineageOptions {
  /** LSH bands per sentence signature. More bands find more paraphrases and cost memory. */
  readonly bands?: number;
  /** MinHash rows per band. More rows make a band stricter. */
  readonly rows?: number;
  /** Content words two sentences must share to match; shorter sentences are not indexed. */
  readonly minSentenceWords?: number;
  /** Specificity weight of the shared words, for a sentence match (see `WordStats`). */
  readonly minSentenceWeight?: number;
  /** Weight of the shared words over the smaller sentence's, for a sentence match. */
  readonly minSentenceOverlap?: number;
  /** Weighted Jaccard similarity of two sentences' content words, for a sentence match. */
  readonly minSentenceSimilarity?: number;
  /** A sentence match at least this similar counts as near-verbatim. */
  readonly verbatimSimilarity?: number;
  /** `duplicate`: near-verbatim matches cover this share of the smaller document. */
  readonly duplicateCoverage?: number;
  /** `duplicate`: the smaller document has at least this many content words. */
  readonly minDuplicateWords?: number;
  /** `shared-origin`: (weighted) matched sentences required. */
  readonly minSharedSentences?: number;
  /** `shared-origin` by copying: matched sentences (not quoted) that copy most of each other's phrases. */
  readonly minCopiedSentences?: number;
  /** `shared-origin` by rewording: matched sentences (not quoted) that share two phrases or more... */
  readonly minRewordedSentences?: number;
  /** ...and the phrases they share in all... */
  readonly minRewordedPhrases?: number;
  /** ...and they are this share of the matchable sentences of the shorter document. */
  readonly minRewordedShare?: number;
  /** `quotes`: matched sentences, quoted in one document only, that copy most of each other's phrases. */
  readonly minQuotedSentences?: number;
  /** `shared-origin`: specificity weight of the shared words of those sentences, together. */
  readonly minSharedWeight?: number;
  /** `quotes`: specificity weight of shared words quoted in one document and not in the other. */
  readonly minQuotedWeight?: number;
  /** Sentences of the new document that must hit an earlier document before it is verified. */
  readonly minCandidateHits?: number;
  /** Earlier documents verified per new document, most hits first. */
  readonly maxCandidates?: number;
  /** A band key shared by more documents than this gives no candidates (it is common phrasing). */
  readonly maxBucketDocs?: number;
  /** A sentence whose wording more documents share than this weighs `maxPassageDf / df`. */
  readonly maxPassageDf?: number;
}

/** {@link LineageOptions} with every field set. */
export type ResolvedLineageOptions = Required<LineageOptions>;

/**
 * Default settings.
 *
 * @example
 * DEFAULT_LINEAGE_OPTIONS.minSharedSentences === 3;
 */
export const DEFAULT_LINEAGE_OPTIONS: ResolvedLineageOptions = Object.freeze({
  bands: 6,
  rows: 3,
  minSentenceWords: 4,
  minSentenceWeight: 1,
  minSentenceOverlap: 0.5,
  minSentenceSimilarity: 0.3,
  verbatimSimilarity: 0.8,
  duplicateCoverage: 0.8,
  minDuplicateWords: 20,
  minSharedSentences: 3,
  minSharedWeight: 4,
  minQuotedWeight: 4,
  minCopiedSentences: 2,
  minRewordedSentences: 4,
  minRewordedPhrases: 16,
  minRewordedShare: 0.2,
  minQuotedSentences: 2,
  minCandidateHits: 1,
  maxCandidates: 32,
  maxBucketDocs: 4,
  maxPassageDf: 8,
});

/**
 * Fills in defaults and checks ranges; throws a `ConfigError` for a value out of range.
 *
 * @example
 * resolveLineageOptions({ bands: 8 }).rows === 2;
 */
export function resolveLineageOptions(options: LineageOptions = {}): ResolvedLineageOptions {
  const resolved: ResolvedLineageOptions = { ...DEFAULT_LINEAGE_OPTIONS, ...options };
  const integers: (keyof ResolvedLineageOptions)[] = ['bands', 'rows', 'minSentenceWords', 'minCandidateHits', 'maxCandidates', 'maxBucketDocs', 'maxPassageDf'];
  for (const key of integers) {
    const value = resolved[key];
    if (!Number.isInteger(value) || value < 1) {
      throw new ConfigError(`Lineage option \`${key}\` must be a positive integer; got \`${String(value)}\`. Leave it out to use ${DEFAULT_LINEAGE_OPTIONS[key]}.`);
    }
  }
  if (resolved.bands * resolved.rows > 256) {
    throw new ConfigError(`Lineage options \`bands\` x \`rows\` must be at most 256; got ${resolved.bands} x ${resolved.rows}.`);
  }
  if (resolved.maxBucketDocs < 2) {
    throw new ConfigError(`Lineage option \`maxBucketDocs\` must be at least 2; got \`${resolved.maxBucketDocs}\`.`);
  }
  const shares: (keyof ResolvedLineageOptions)[] = ['minSentenceOverlap', 'minSentenceSimilarity', 'verbatimSimilarity', 'duplicateCoverage', 'minRewordedShare'];
  for (const key of shares) {
    const value = resolved[key];
    if (!(value > 0 && value <= 1)) {
      throw new ConfigError(`Lineage option \`${key}\` must be in (0, 1]; got \`${String(value)}\`. Leave it out to use ${DEFAULT_LINEAGE_OPTIONS[key]}.`);
    }
  }
  for (const key of ['minSentenceWeight', 'minDuplicateWords', 'minSharedSentences', 'minSharedWeight', 'minQuotedWeight', 'minCopiedSentences', 'minRewordedSentences', 'minRewordedPhrases', 'minQuotedSentences'] as const) {
    const value = resolved[key];
    if (!(value >= 0)) throw new ConfigError(`Lineage option \`${key}\` must be a number >= 0; got \`${String(value)}\`.`);
  }
  return resolved;
}
