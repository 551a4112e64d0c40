import type { RawDoc, Sentence, SourceDoc } from '../model/document.js';
import type { NumberMention } from '../model/mention.js';
import type { Claim } from '../model/record.js';
import type { DateMention, InferredPublished, TimedDoc } from '../model/time.js';
import type { Stage } from './stage.js';
import { cleanDoc } from '../stages/ingest/clean.js';
import { splitSentences } from '../stages/segment/sentences.js';
import { extractNumbers } from '../stages/extract/numbers/index.js';
import { cutDiagnostic } from '../stages/reading-cut.js';
import { extractClaims } from '../stages/extract/claims/index.js';
import { resolveRoles } from '../stages/extract/claims/attribution.js';
import { addTimeScopes, timeDocument } from '../stages/time/index.js';
import type { EntityMention, QuoteMention } from '../model/entity.js';
import { recognizeEntities } from '../stages/entities/recognize.js';
import { extractQuotes } from '../stages/quotes/index.js';

/** Rule id of the warning that a document's numbers were read only up to its number budget (`numberBudget`). */
export const NUMBERS_CUT_RULE = 'numbers/budget';

/**
 * The per-document stages, in the only place their order is written down.
 * Note: the order matters: every later stage reads `SourceDoc.text`, which only `clean` may
 * produce; time reads sentences and gives the document its publication date when metadata has
 * none, before claims read it; claims read sentences and numbers; claim time scopes read claims and dates;
 * quotes and claim sources read the entities.
 */
export const DOCUMENT_STAGES: {
  readonly clean: Stage<RawDoc, SourceDoc>;
  readonly sentences: Stage<SourceDoc, Sentence[]>;
  readonly time: Stage<{ doc: SourceDoc; sentences: readonly Sentence[] }, TimedDoc & { readonly inferred?: InferredPublished }>;
  readonly numbers: Stage<SourceDoc, NumberMention[]>;
  readonly claims: Stage<{ doc: SourceDoc; sentences: readonly Sentence[]; numbers: readonly NumberMention[] }, Claim[]>;
  readonly claimTimes: Stage<{ claims: readonly Claim[]; sentences: readonly Sentence[]; dates: readonly DateMention[]; text: string }, Claim[]>;
  readonly entities: Stage<SourceDoc, EntityMention[]>;
  readonly quotes: Stage<{ doc: SourceDoc; entities: readonly EntityMention[] }, QuoteMention[]>;
  readonly claimSources: Stage<{ claims: readonly Claim[]; entities: readonly EntityMention[] }, readonly Claim[]>;
} = {
  // 1. decode is done by the reader; cleaning joins wrapped lines, repairs hyphens, drops boilerplate.
  clean: (raw, ctx) => cleanDoc(raw, ctx),
  // 2. sentences: the unit a claim quotes.
  sentences: (doc) => splitSentences(doc),
  // 3. time: date expressions placed on the calendar, and the publication date inferred from the
  //    text when metadata gives none (datelines, anniversaries, announcements).
  time: ({ doc, sentences }, ctx) => timeDocument(doc, sentences, ctx),
  // 4. numbers over the whole text (a single fast regex pass), with qualifiers and roles.
  numbers: (doc, ctx) => extractNumbers(doc.text, doc.id, undefined, (cut) => ctx.report(cutDiagnostic(doc, cut, { things: 'numbers', ruleId: NUMBERS_CUT_RULE, stage: 'numbers' }))),
  // 5. claims: numbers (and singular counts) tied to a kind and a scope.
  claims: ({ doc, sentences, numbers }, ctx) => extractClaims(doc, sentences, numbers, ctx),
  // 6. claim time scopes: a claim whose scope states no period takes its sentence's date (not its dateline's).
  claimTimes: ({ claims, sentences, dates, text }) => addTimeScopes(claims, sentences, dates, text),
  // 7. entities: one pass over capitalized runs, typed by cues and the gazetteer (loaded on first use).
  entities: (doc) => recognizeEntities(doc),
  // 8. quotes read the entities: a speaker "he" is the last person named before the quote.
  quotes: ({ doc, entities }) => extractQuotes(doc, entities),
  // 9. claim sources read the entities: "the minister said" is the minister the report named before.
  claimSources: ({ claims, entities }) => resolveRoles(claims, entities),
};
