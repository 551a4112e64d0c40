import type { DocId, Span } from './span.js';

/**
 * How two documents depend on each other.
 * - `duplicate`: the same text, maybe re-headlined or trimmed (near-verbatim, high containment).
 * - `shared-origin`: several passages from a common source, lightly edited, re-ordered or
 *   translated differently (a rewritten press release, two translations of one wire story).
 * - `quotes`: one report quotes a long passage of the other (quoted in one, narrative in the other).
 */
export type LineageRelation = 'duplicate' | 'shared-origin' | 'quotes';

/**
 * Two documents that are not independent of each other, with the passages they share.
 * Invariants: `docs[0] < docs[1]` (string order); `evidence` holds pairs of spans, one pair per
 * shared passage, in the order `[docs[0] span, docs[1] span, docs[0] span, docs[1] span, ...]`,
 * so `evidence.length === 2 * sharedPassages`; pairs are sorted by the start of the `docs[0]` span;
 * `0 < score <= 1`.
 *
 * @example
 * {
 *   docs: ['002_b3d4', '004_1b6d'], relation: 'shared-origin', sharedPassages: 9, score: 0.41,
 *   evidence: [{ doc: '002_b3d4', start: 1504, end: 1619 }, { doc: '004_1b6d', start: 2541, end: 2654 }, ...],
 * }
 */
export interface LineageLink {
  readonly docs: readonly [DocId, DocId];
  readonly relation: LineageRelation;
  /** Number of shared passages (runs of matched sentences consecutive on both sides). */
  readonly sharedPassages: number;
  /** Pairs of spans, `docs[0]` side first; see the invariants above. */
  readonly evidence: readonly Span[];
  /** Share of the shorter document's content words that lie in matched sentences, in (0, 1]. */
  readonly score: number;
}
