import type { RawDoc, Sentence, SourceDoc } from '../model/document.js';
import type { NumberMention } from '../model/mention.js';
import type { Claim } from '../model/record.js';
import type { Context } from './stage.js';
import { DOCUMENT_STAGES } from './presets.js';

/** Everything extracted from one document; independent of every other document. */
export interface DocAnalysis {
  readonly doc: SourceDoc;
  readonly sentences: readonly Sentence[];
  readonly numbers: readonly NumberMention[];
  readonly claims: readonly Claim[];
}

/**
 * Runs the per-document stages (clean, sentences, numbers, claims) in the order `presets.ts` gives.
 * Per-document work has no cross-document state, so it can run in any worker.
 *
 * @example
 * const a = analyzeDocument({ id: 'x', path: 'x.txt', text: 'Two people were killed.' }, ctx);
 * a.claims[0].kind === 'killed';
 */
export function analyzeDocument(raw: RawDoc, ctx: Context): DocAnalysis {
  const doc = DOCUMENT_STAGES.clean(raw, ctx);
  const sentences = DOCUMENT_STAGES.sentences(doc, ctx);
  const numbers = DOCUMENT_STAGES.numbers(doc, ctx);
  const claims = DOCUMENT_STAGES.claims({ doc, sentences, numbers }, ctx);
  return { doc, sentences, numbers, claims };
}
