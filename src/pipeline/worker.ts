/**
 * The worker side of the analysis pool (`pool.ts`): analyses a batch of raw documents with the
 * per-document stages, which share no state across documents, and sends the results back as
 * portable data.
 */
import type { RawDoc } from '../model/document.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { analyzeDocument, type DocAnalysis } from './analyze.js';
import { createContext, type Context } from './stage.js';
import { eventDocFromStored, fromPortableRaw, fromStored, toPortable, toStored, type PortableAnalysis, type PortableRaw, type StoredAnalysis, type StoredEventDoc } from './portable.js';
import { buildEvent, buildStandaloneEvent, dossierDocumentOf, toDossierEntity } from './build.js';
import type { DossierDocument, DossierEntity, DossierEvent, DossierLineage } from '../model/dossier.js';
import type { DocId } from '../model/span.js';
import type { DocFacts } from '../stages/reconcile/figures.js';
import type { EntityMention } from '../model/entity.js';
import { mergeEntities } from '../stages/entities/canonical.js';

/** A batch of documents to analyse, with the reference date of the build. */
export interface AnalyzeTask {
  /** The reports, with their page offset maps as anchors (`toPortableRaw`). */
  readonly raws: readonly PortableRaw[];
  /** ISO timestamp of `ctx.reference.now`. */
  readonly now: string;
}

/** The analyses of a batch (in its order) and the diagnostics its stages reported. */
export interface AnalyzeResult {
  readonly analyses: readonly PortableAnalysis[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Analyses each report of a batch; a report whose analysis throws (a bug, not bad input: readers
 * reject bad input before this) is reported as an error that names its file and line, with the
 * stack trace in `note` for `--debug`, and left out, so the rest of the batch goes through.
 */
export function analyzeEach(raws: readonly RawDoc[], ctx: Context): DocAnalysis[] {
  const analyses: DocAnalysis[] = [];
  for (const raw of raws) {
    try {
      analyses.push(analyzeDocument(raw, ctx));
    } catch (e) {
      ctx.report({
        severity: 'error',
        message: `the analysis of report \`${raw.id}\` failed (${e instanceof Error ? e.message : String(e)}); it is left out: please report this with the file`,
        ruleId: 'pipeline/analysis-failed',
        stage: 'analyze',
        file: raw.path,
        ...(raw.line !== undefined ? { line: raw.line } : {}),
        ...(e instanceof Error && e.stack !== undefined ? { note: e.stack } : {}),
      });
    }
  }
  return analyses;
}

/** Analyses one batch (piscina calls the default export). */
export default function analyzeBatch(task: AnalyzeTask): AnalyzeResult {
  const ctx = createContext({ now: new Date(task.now) });
  const analyses = analyzeEach(task.raws.map(fromPortableRaw), ctx).map(toPortable);
  return { analyses, diagnostics: ctx.diagnostics };
}

/** A report analysed for a stream: what grouping reads, and the analysis as stored JSON (never parsed on the main thread). */
export interface SpilledAnalysis {
  readonly id: DocId;
  readonly published?: string;
  readonly eventDate?: string;
  readonly names: readonly string[];
  /** `StoredAnalysis` JSON. */
  readonly json: string;
}

/** Analyses a batch for a stream (piscina calls it by name): grouping features plus stored JSON. */
export function analyzeForStreamTask(task: AnalyzeTask): { items: SpilledAnalysis[]; diagnostics: readonly Diagnostic[] } {
  const ctx = createContext({ now: new Date(task.now) });
  return { items: analyzeEach(task.raws.map(fromPortableRaw), ctx).map(spill), diagnostics: ctx.diagnostics };
}

/** The grouping features and stored JSON of an analysis. */
export function spill(a: DocAnalysis): SpilledAnalysis {
  return {
    id: a.doc.id,
    ...(a.doc.published !== undefined ? { published: a.doc.published } : {}),
    ...(a.grouping.eventDate !== undefined ? { eventDate: a.grouping.eventDate } : {}),
    names: a.grouping.names,
    json: JSON.stringify(toStored(a)),
  };
}

/** Builds events from their documents' stored analyses (JSON and raw input), for a stream (piscina calls it by name). */
export function buildSpilledEventsTask(task: { readonly events: readonly (readonly { readonly json: string; readonly raw: string }[])[] }): { event: DossierEvent; lineage: readonly DossierLineage[] }[] {
  return task.events.map((docs) => buildStandaloneEvent('', docs.map((d) => fromStored(JSON.parse(d.json) as StoredAnalysis, d.raw))));
}

/**
 * A report analysed for a whole build on the pool (`buildOnPool`): what the main thread reads (its
 * dossier entry, whose text lineage indexes, and its grouping features) as plain data, and what
 * the workers read back later (its entity mentions and its stored analysis) as JSON strings, which
 * cross threads as one copy each and which the main thread never parses. Sending the analyses as
 * objects cost the main thread more than grouping and lineage together (measured on gva-dev: about
 * 0.5 s of structured-clone decoding for 2.25 MB of text).
 */
export interface ShippedAnalysis {
  readonly document: DossierDocument;
  readonly eventDate?: string;
  readonly names: readonly string[];
  /** JSON of the analysis's `entities` (both the dossier-wide merge and the event read them). */
  readonly entities: string;
  /** `StoredEventDoc` JSON without its entities (see `buildEventsTask`). */
  readonly json: string;
}

/** Analyses a batch for a whole build on the pool (piscina calls it by name); see `ShippedAnalysis`. */
export function analyzeForBuildTask(task: AnalyzeTask): { items: ShippedAnalysis[]; diagnostics: readonly Diagnostic[] } {
  const ctx = createContext({ now: new Date(task.now) });
  const items = analyzeEach(task.raws.map(fromPortableRaw), ctx).map((a): ShippedAnalysis => {
    // Entities apart (the merge reads them alone); numbers and grouping features are not read again.
    const { entities, numbers: _numbers, grouping: _grouping, ...rest } = toStored(a);
    return {
      document: dossierDocumentOf(a),
      ...(a.grouping.eventDate !== undefined ? { eventDate: a.grouping.eventDate } : {}),
      names: a.grouping.names,
      entities: JSON.stringify(entities),
      json: JSON.stringify(rest),
    };
  });
  return { items, diagnostics: ctx.diagnostics };
}

/** Events to build from their documents' stored analyses, with what reconciliation reads of each document (`buildEventsTask`). */
export interface EventsTask {
  readonly events: readonly {
    readonly docs: readonly { readonly json: string; readonly entities: string; readonly raw: string; readonly facts: DocFacts }[];
  }[];
}

/** Builds events of a whole build from their documents' stored analyses (piscina calls it by name); ids are given by the caller. */
export function buildEventsTask(task: EventsTask): DossierEvent[] {
  return task.events.map(({ docs }) => {
    const analyses = docs.map((d) => eventDocFromStored({ ...(JSON.parse(d.json) as Omit<StoredEventDoc, 'entities'>), entities: JSON.parse(d.entities) as EntityMention[] }, d.raw));
    return buildEvent('', analyses, new Map(analyses.map((a, i) => [a.doc.id, docs[i]!.facts])));
  });
}

/** Merges the entity mentions of every document of a build into the dossier's entities (piscina calls it by name). */
export function mergeEntitiesTask(task: { readonly docs: readonly { readonly doc: DocId; readonly entities: string }[] }): DossierEntity[] {
  return mergeEntities(task.docs.map((d) => ({ doc: d.doc, mentions: JSON.parse(d.entities) as EntityMention[] }))).map(toDossierEntity);
}
