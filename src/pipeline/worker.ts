/**
 * The worker side of the analysis pool (`pool.ts`): analyses a batch of raw documents with the
 * per-document stages, which share no state across documents, and sends the results back as
 * portable data.
 */
import type { RawDoc } from '../model/document.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { analyzeDocuments, type DocAnalysis } from './analyze.js';
import { createContext, type Context } from './stage.js';
import { fromPortableRaw, fromStored, toStored, type PortableRaw, type StoredAnalysis } from './portable.js';
import { buildStandaloneEvent } from './build.js';
import type { DossierEvent, DossierLineage } from '../model/dossier.js';
import type { DocId } from '../model/span.js';
import type { RecalledPeriod } from '../stages/group/index.js';
import type { Toll } from '../stages/group/toll.js';
import { isWorkerThread } from 'piscina';
import { setMemoLimit } from '../stages/entities/keys.js';

/**
 * Entries each memo of names keeps in a worker (`setMemoLimit`): a worker analyses reports and
 * builds a stream's events of a few reports each, never the entities of a whole build, which the
 * main thread merges; an event of a thousand reports still fits. Note: with the whole build's
 * 100,000 (gazetteer lookups 50,000), a worker's memos held about 35 MB more live data after 10,000
 * synthetic reports, and its heap grew about 150 MB more. `build --format jsonl --presorted` of
 * 100,000 synthetic reports on two workers: peak RSS 834-860 MB with those, 696-705 MB with these,
 * in 110.9-117.5 s against 110.4-117.0 s, the same events.
 */
export const WORKER_MEMO_ENTRIES = 20_000;
// Note: only in a pool's worker: the main thread imports this module too (the pool runs its tasks
// there without workers), and so may a thread of the caller's own that builds a whole dossier.
if (isWorkerThread) setMemoLimit(WORKER_MEMO_ENTRIES);

/** A batch of documents to analyse, with the reference date of the build. */
export interface AnalyzeTask {
  /** The reports, with their page offset maps as anchors (`toPortableRaw`). */
  readonly raws: readonly PortableRaw[];
  /** ISO timestamp of `ctx.reference.now`. */
  readonly now: string;
}

/**
 * The analyses of a batch (in its order) and the diagnostics its stages reported. Analyses come
 * back in their stored form (`toStored`): without the raw input, which the main thread sent and
 * still holds, and without the copies of the text (sentence texts, the time stage's text), which
 * are slices of the document's text. A third less to copy between threads, and about half the
 * time to rebuild on the main thread (2,000 synthetic articles: 33.6 MB against 51.7 MB).
 */
export interface AnalyzeResult {
  readonly analyses: readonly StoredAnalysis[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Analyses each report of a batch; a report whose analysis throws (a bug, not bad input: readers
 * reject bad input before this) is reported as an error that names its file and line, with the
 * stack trace in `note` for `--debug`, and left out, so the rest of the batch goes through.
 */
export function analyzeEach(raws: readonly RawDoc[], ctx: Context): DocAnalysis[] {
  return analyzeDocuments(raws, ctx, (raw, e) =>
    ctx.report({
      severity: 'error',
      message: `the analysis of report \`${raw.id}\` failed (${e instanceof Error ? e.message : String(e)}); it is left out: please report this with the file`,
      ruleId: 'pipeline/analysis-failed',
      stage: 'analyze',
      file: raw.path,
      ...(raw.line !== undefined ? { line: raw.line } : {}),
      ...(e instanceof Error && e.stack !== undefined ? { note: e.stack } : {}),
    }),
  );
}

/** Analyses one batch (piscina calls the default export). */
export default function analyzeBatch(task: AnalyzeTask): AnalyzeResult {
  const ctx = createContext({ now: new Date(task.now) });
  const analyses = analyzeEach(task.raws.map(fromPortableRaw), ctx).map(toStored);
  return { analyses, diagnostics: ctx.diagnostics };
}

/** A report analysed for a stream: what grouping reads, and the analysis as stored JSON (never parsed on the main thread). */
export interface SpilledAnalysis {
  readonly id: DocId;
  readonly published?: string;
  readonly eventDate?: string;
  readonly names: readonly string[];
  /** The days and months it recalls (`GroupInput.recalled`): what tells a follow-up of an event the stream closed (`FollowUpIndex`). */
  readonly recalled?: readonly RecalledPeriod[];
  /** The dead and wounded it states (`GroupInput.toll`). */
  readonly toll?: Toll;
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
  const { recalled, toll } = a.grouping;
  return {
    id: a.doc.id,
    ...(a.doc.published !== undefined ? { published: a.doc.published } : {}),
    ...(a.grouping.eventDate !== undefined ? { eventDate: a.grouping.eventDate } : {}),
    names: a.grouping.names,
    ...(recalled !== undefined && recalled.length > 0 ? { recalled } : {}),
    ...(toll !== undefined ? { toll } : {}),
    json: JSON.stringify(toStored(a)),
  };
}

/** Builds events from their documents' stored analyses (JSON and raw input), for a stream (piscina calls it by name). */
export function buildSpilledEventsTask(task: { readonly events: readonly (readonly { readonly json: string; readonly raw: string }[])[] }): { event: DossierEvent; lineage: readonly DossierLineage[] }[] {
  return task.events.map((docs) => buildStandaloneEvent('', docs.map((d) => fromStored(JSON.parse(d.json) as StoredAnalysis, d.raw))));
}
