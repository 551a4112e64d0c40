import type { RawDoc } from '../model/document.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type {
  Dossier,
  DossierDiagnostic,
  DossierDocument,
  DossierEvent,
  DossierEventDate,
  DossierLineage,
  DossierTimelineEntry,
} from '../model/dossier.js';
import type { DatePrecision, EventDate, TimelineEntry } from '../model/time.js';
import type { DocId } from '../model/span.js';
import type { Context } from './stage.js';
import { analyzeDocument, type DocAnalysis } from './analyze.js';
import { detectLineage, lineageGroups } from '../stages/lineage/index.js';
import { reconcileFigures, type DocFacts } from '../stages/reconcile/figures.js';
import { buildTimeline, eventDate, type PublicationFact } from '../stages/time/index.js';
import type { Entity } from '../model/entity.js';
import type { DossierEntity, DossierQuote } from '../model/dossier.js';
import { mergeEntities } from '../stages/entities/canonical.js';
import { eventPlaces } from '../stages/entities/places.js';

/** Cross-document links that make documents one source (filled by the lineage stage). */
export interface LineageInput {
  readonly links: readonly DossierLineage[];
  /** Lineage group of each document (documents that copy each other share one). */
  readonly groups: ReadonlyMap<DocId, string>;
}

/**
 * Builds a one-event dossier from documents already analysed.
 * `events[0]` holds every document (grouping a dump into many events is a separate stage).
 *
 * @example
 * const dossier = assembleDossier(analyses, ctx);
 * dossier.events[0].figures[0].kind === 'killed';
 */
export function assembleDossier(
  analyses: readonly DocAnalysis[],
  ctx: Context & { readonly diagnostics?: readonly Diagnostic[] },
  lineage?: LineageInput,
): Dossier {
  const facts = new Map<DocId, DocFacts>();
  for (const a of analyses) {
    const group = lineage?.groups.get(a.doc.id);
    facts.set(a.doc.id, {
      ...(a.doc.published !== undefined ? { published: a.doc.published } : {}),
      ...(group !== undefined ? { group } : {}),
    });
  }
  const documents: DossierDocument[] = analyses.map(({ doc, inferredPublished }) => ({
    id: doc.id,
    path: doc.path,
    title: doc.title ?? null,
    published: doc.published ?? null,
    publishedBasis: doc.publishedBasis ?? null,
    ...(doc.published !== undefined ? { publishedPrecision: inferredPublished?.precision ?? precisionOfIso(doc.published) } : {}),
    language: doc.language,
    url: doc.url ?? null,
    text: doc.text,
  }));
  const entities = entitiesOf(analyses);
  const events: DossierEvent[] = [];
  if (analyses.length > 0) events.push(buildEvent('e1', analyses, facts, entities));
  const dossier: Dossier = {
    version: 1,
    documents,
    events,
    entities: entities.map(toDossierEntity),
    lineage: lineage?.links ?? [],
    diagnostics: (ctx.diagnostics ?? []).map(toDossierDiagnostic),
  };
  return dossier;
}

/**
 * Builds one event record from the analyses of its documents: figures reconciled across them, the
 * event's date (`eventDate`: when the happening took place, never a publication or anniversary date)
 * and its timeline (`buildTimeline`, oldest first, with the publication dates the texts gave).
 */
export function buildEvent(
  id: string,
  analyses: readonly DocAnalysis[],
  facts: ReadonlyMap<DocId, DocFacts>,
  entities: readonly Entity[] = entitiesOf(analyses),
): DossierEvent {
  const claims = analyses.flatMap((a) => a.claims);
  const figures = reconcileFigures(claims, facts);
  const placeCounts = new Map<string, number>();
  for (const c of claims) if (c.scope.place) placeCounts.set(c.scope.place, (placeCounts.get(c.scope.place) ?? 0) + 1);
  // Places of the entities (gazetteer-resolved, most specific first), then claim scopes they miss.
  const places = eventPlaces(entities);
  for (const [p] of [...placeCounts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) if (!places.includes(p)) places.push(p);
  const timed = analyses.map((a) => a.time);
  const date = eventDate(timed);
  const publications: PublicationFact[] = [];
  for (const { doc, inferredPublished } of analyses) {
    if (inferredPublished) {
      publications.push({ doc: doc.id, published: inferredPublished.published, precision: inferredPublished.precision, evidence: inferredPublished.evidence });
    }
  }
  const timeline = buildTimeline(timed, { event: date ?? null }, publications);
  return {
    id,
    title: eventTitle(analyses),
    date: date ? toDossierDate(date) : null,
    places,
    documents: analyses.map((a) => a.doc.id),
    figures,
    timeline: timeline.map(toDossierEntry),
    quotes: analyses.flatMap((a) => a.quotes.filter((q) => q.speaker !== undefined).map((q) => toDossierQuote(q.speaker ?? '', q.text, q.span))),
  };
}

/**
 * The entities of analysed documents, merged across them (`mergeEntities`).
 *
 * @example
 * entitiesOf(analyses).find((e) => e.name === 'Baku')?.aliases; // ['Baky']
 */
export function entitiesOf(analyses: readonly DocAnalysis[]): Entity[] {
  return mergeEntities(analyses.map((a) => ({ doc: a.doc.id, mentions: a.entities })));
}

function toDossierEntity(e: Entity): DossierEntity {
  return { id: e.id, type: e.type, name: e.name, aliases: e.aliases, mentions: e.mentions.map((m) => ({ doc: m.doc, span: [m.span.start, m.span.end] as const })) };
}

function toDossierQuote(speaker: string, text: string, span: { readonly doc: DocId; readonly start: number; readonly end: number }): DossierQuote {
  return { speaker, text, doc: span.doc, span: [span.start, span.end] as const };
}

function toDossierDate(date: EventDate): DossierEventDate {
  return {
    start: date.start,
    ...(date.end !== undefined ? { end: date.end } : {}),
    precision: date.precision,
    basis: date.basis,
    sources: date.sources.map((s) => ({ doc: s.doc, span: [s.start, s.end] as const })),
  };
}

function toDossierEntry(entry: TimelineEntry): DossierTimelineEntry {
  return {
    date: entry.date,
    ...(entry.end !== undefined ? { end: entry.end } : {}),
    precision: entry.precision,
    ...(entry.partOfDay !== undefined ? { partOfDay: entry.partOfDay } : {}),
    kind: entry.kind,
    summary: entry.summary,
    sources: entry.sources.map((s) => ({ doc: s.doc, span: [s.span.start, s.span.end] as const })),
  };
}

/** Precision of an ISO date from its length: `2005` year, `2025-01` month, `2021-01-20` day. */
function precisionOfIso(iso: string): DatePrecision {
  return iso.length <= 4 ? 'year' : iso.length <= 7 ? 'month' : 'day';
}

/** The title of the earliest report that has one, else the first sentence of the first report. */
function eventTitle(analyses: readonly DocAnalysis[]): string {
  const titled = analyses
    .filter((a) => a.doc.title)
    .sort((a, b) => (a.doc.published ?? '9999').localeCompare(b.doc.published ?? '9999'));
  const title = titled[0]?.doc.title ?? analyses[0]?.sentences[0]?.text ?? 'Untitled event';
  return title.length > 140 ? `${title.slice(0, 137)}...` : title;
}

function toDossierDiagnostic(d: Diagnostic): DossierDiagnostic {
  const span = d.spans?.[0];
  return {
    severity: d.severity,
    message: d.message,
    rule: d.ruleId,
    ...(d.file !== undefined ? { file: d.file } : {}),
    ...(d.line !== undefined ? { line: d.line } : {}),
    ...(span ? { doc: span.doc, span: [span.start, span.end] as const } : {}),
  };
}

/**
 * Analyses raw documents and assembles their dossier.
 *
 * @example
 * buildDossier([{ id: 'a', path: 'a.txt', text: 'Two people died.' }], ctx).events[0].figures[0].best === 2;
 */
export function buildDossier(raws: readonly RawDoc[], ctx: Context & { readonly diagnostics?: readonly Diagnostic[] }, lineage?: LineageInput): Dossier {
  const analyses = raws.map((r) => analyzeDocument(r, ctx));
  return assembleDossier(analyses, ctx, lineage ?? lineageOf(analyses));
}

/**
 * Finds which documents copy each other (the lineage stage) and groups them, so that a figure
 * counts lineage groups, not documents, as independent sources.
 *
 * @example
 * lineageOf(analyses).groups.get('004') === '002'; // 004 shares an origin with 002
 */
export function lineageOf(analyses: readonly DocAnalysis[]): LineageInput {
  const links = detectLineage(analyses.map((a) => ({ id: a.doc.id, text: a.doc.text })));
  const groups = lineageGroups(analyses.map((a) => a.doc.id), links);
  return {
    links: links.map((l) => ({
      docs: l.docs,
      relation: l.relation,
      sharedPassages: l.sharedPassages,
      score: l.score,
      evidence: l.evidence.map((s) => ({ doc: s.doc, span: [s.start, s.end] as const })),
    })),
    groups,
  };
}
