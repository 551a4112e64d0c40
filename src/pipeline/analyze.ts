import type { RawDoc, Sentence, SourceDoc } from '../model/document.js';
import type { NumberMention } from '../model/mention.js';
import type { Claim } from '../model/record.js';
import type { InferredPublished, TimedDoc } from '../model/time.js';
import type { Context } from './stage.js';
import type { EntityMention, QuoteMention } from '../model/entity.js';
import { DOCUMENT_STAGES } from './presets.js';
import { eventDate } from '../stages/time/index.js';
import { nameTokens } from '../stages/group/index.js';

/** Everything extracted from one document; independent of every other document. */
export interface DocAnalysis {
  /** The cleaned document; its `published` is inferred from the text when metadata gave none (see `inferredPublished`). */
  readonly doc: SourceDoc;
  readonly sentences: readonly Sentence[];
  readonly numbers: readonly NumberMention[];
  readonly claims: readonly Claim[];
  /** The document's date expressions, placed on the calendar against its publication date. */
  readonly time: TimedDoc;
  /** How the publication date was inferred, when metadata gave none and the text allowed it. */
  readonly inferredPublished?: InferredPublished;
  /** Names of people, places and organizations, sorted by `span.start`. */
  readonly entities: readonly EntityMention[];
  /** Quotes with their speakers, sorted by `span.start`. */
  readonly quotes: readonly QuoteMention[];
  /**
   * What grouping into events reads of the document, computed with the rest of the per-document
   * work (on a worker): the day the text puts the happening on, and its name tokens.
   */
  readonly grouping: GroupFeatures;
}

/** The per-document features of event grouping (see `groupInputOf`). */
export interface GroupFeatures {
  /** ISO day of the happening the document's own text states, when it states one to the day. */
  readonly eventDate?: string;
  /** Its name tokens (`nameTokens`). */
  readonly names: readonly string[];
}

/**
 * Runs the per-document stages (clean, sentences, time, numbers, claims, claim time scopes) in the
 * order `presets.ts` gives. Per-document work has no cross-document state, so it can run in any worker.
 * A document without a metadata `published` gets the one the text allows (`publishedBasis` says how).
 *
 * @example
 * const a = analyzeDocument({ id: 'x', path: 'x.txt', text: 'Two people were killed.' }, ctx);
 * a.claims[0].kind === 'killed';
 */
export function analyzeDocument(raw: RawDoc, ctx: Context): DocAnalysis {
  const cleaned = DOCUMENT_STAGES.clean(raw, ctx);
  const sentences = DOCUMENT_STAGES.sentences(cleaned, ctx);
  const time = DOCUMENT_STAGES.time({ doc: cleaned, sentences }, ctx);
  const inferred = time.inferred;
  let doc = cleaned;
  if (inferred) {
    // SourceDoc is read-only: a new object with the inferred date.
    doc = { ...cleaned, published: inferred.published, publishedBasis: inferred.basis };
    ctx.report({
      severity: 'info',
      message: `\`published\` inferred from the text: ${inferred.published} (${inferred.basis}, to the ${inferred.precision})`,
      ruleId: `time/published/${inferred.basis}`,
      stage: 'time',
      spans: inferred.evidence,
    });
  }
  const numbers = DOCUMENT_STAGES.numbers(doc, ctx);
  const claims = DOCUMENT_STAGES.claimTimes(
    { claims: DOCUMENT_STAGES.claims({ doc, sentences, numbers }, ctx), sentences, dates: time.dates },
    ctx,
  );
  const entities = DOCUMENT_STAGES.entities(doc, ctx);
  const quotes = DOCUMENT_STAGES.quotes({ doc, entities }, ctx);
  const day = eventDate([time]);
  const grouping: GroupFeatures = { ...(day?.precision === 'day' ? { eventDate: day.start } : {}), names: [...nameTokens(doc.text)] };
  return { doc, sentences, numbers, claims, time, ...(inferred ? { inferredPublished: inferred } : {}), entities, quotes, grouping };
}
