/**
 * corroborate's public API. Only the names listed here are public; everything else may change.
 */
export type { DocId, RuleId, Span, OffsetMap } from './model/span.js';
export type { RawDoc, SourceDoc, Sentence, PublishedBasis } from './model/document.js';
export type { NumberMention, Qualifier, Interval, NumberRole } from './model/mention.js';
export type { Claim, ClaimKind, FigureKind, Scope } from './model/record.js';
export type { Diagnostic, Severity } from './model/diagnostic.js';
export type {
  Dossier,
  DossierDocument,
  DossierEvent,
  DossierFigure,
  DossierClaim,
  DossierLineage,
  DossierEntity,
  DossierPlace,
  DossierActor,
  DossierTimelineEntry,
  DossierQuote,
  DossierDiagnostic,
} from './model/dossier.js';
export type { LineageLink, LineageRelation } from './model/lineage.js';
export type { LineageInput, LineageOptions } from './stages/lineage/index.js';
export type { Context, Options, Stage } from './pipeline/stage.js';
export type { DocAnalysis } from './pipeline/analyze.js';
export type { DocFacts } from './stages/reconcile/figures.js';
export type {
  DateMention,
  DatePrecision,
  DateKind,
  DateAnchor,
  DateCertainty,
  DateOffset,
  PartOfDay,
  StatedParts,
  InferredPublished,
  EventDate,
  EventDateBasis,
  TimelineEntry,
  TimelineKind,
  TimeScope,
  TimedDoc,
} from './model/time.js';
export type { DateReference, RawDate } from './stages/extract/dates/index.js';
export type { EventDateOptions, PublicationFact, TimelineOptions } from './stages/time/index.js';
export type { Entity, EntityMention, EntityType, PlaceInfo, PlacePrecision, QuoteMention } from './model/entity.js';
export type { RecognizeOptions, DocEntities, Gazetteer } from './stages/entities/index.js';

export { createContext } from './pipeline/stage.js';
export { analyzeDocument, analyzeDocuments } from './pipeline/analyze.js';
export { buildDossier, assembleDossier } from './pipeline/build.js';
export { cleanDoc } from './stages/ingest/clean.js';
export { readInputs } from './stages/ingest/read.js';
export { splitSentences } from './stages/segment/sentences.js';
export { extractNumbers, numberBudget } from './stages/extract/numbers/index.js';
export { extractClaims, claimBudget, scopeOf, attributionOf } from './stages/extract/claims/index.js';
export { reconcileFigures } from './stages/reconcile/figures.js';
export { dateBudget, extractDates, parseDates, resolveDates } from './stages/extract/dates/index.js';
export type { ReadingCut } from './stages/reading-cut.js';
export { timeDocument, inferPublished, eventDate, buildTimeline, timeScopeOf, addTimeScopes } from './stages/time/index.js';
export { detectLineage, LineageIndex, lineageGroups } from './stages/lineage/index.js';
export { recognizeEntities, mergeEntities } from './stages/entities/index.js';
export { extractQuotes } from './stages/quotes/index.js';
export { renderJson } from './render/json.js';
export { renderMarkdown } from './render/markdown.js';
export { PipelineError, InputError, ConfigError } from './errors.js';
