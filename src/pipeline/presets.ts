import type { RawDoc, Sentence, SourceDoc } from '../model/document.js';
import type { NumberMention } from '../model/mention.js';
import type { Claim } from '../model/record.js';
import type { Stage } from './stage.js';
import { cleanDoc } from '../stages/ingest/clean.js';
import { splitSentences } from '../stages/segment/sentences.js';
import { extractNumbers } from '../stages/extract/numbers/index.js';
import { extractClaims } from '../stages/extract/claims/index.js';

/**
 * The per-document stages, in the only place their order is written down.
 * Note: the order matters: every later stage reads `SourceDoc.text`, which only `clean` may
 * produce; claims read sentences and numbers.
 */
export const DOCUMENT_STAGES: {
  readonly clean: Stage<RawDoc, SourceDoc>;
  readonly sentences: Stage<SourceDoc, Sentence[]>;
  readonly numbers: Stage<SourceDoc, NumberMention[]>;
  readonly claims: Stage<{ doc: SourceDoc; sentences: readonly Sentence[]; numbers: readonly NumberMention[] }, Claim[]>;
} = {
  // 1. decode is done by the reader; cleaning joins wrapped lines, repairs hyphens, drops boilerplate.
  clean: (raw, ctx) => cleanDoc(raw, ctx),
  // 2. sentences: the unit a claim quotes.
  sentences: (doc) => splitSentences(doc),
  // 3. numbers over the whole text (a single fast regex pass), with qualifiers and roles.
  numbers: (doc) => extractNumbers(doc.text, doc.id),
  // 4. claims: numbers (and singular counts) tied to a kind and a scope.
  claims: ({ doc, sentences, numbers }, ctx) => extractClaims(doc, sentences, numbers, ctx),
};
