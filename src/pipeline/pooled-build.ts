/**
 * A whole build on every core: the dossier `buildDossier` makes on one thread, with the heavy work
 * on the pool's workers and the main thread kept to what needs every document at once.
 *
 * 1. Workers analyse batches of reports (`analyzeForBuildTask`) and send back each report's dossier
 *    entry and grouping features as data, and its analysis and entities as JSON strings that the
 *    main thread keeps without parsing.
 * 2. The main thread indexes lineage as the batches come in (in input order), then groups the
 *    reports into events (`groupPositions`): both read only text and names.
 * 3. Workers build the events from their documents' stored analyses (`buildEventsTask`) while one
 *    of them merges every document's entities into the dossier's (`mergeEntitiesTask`).
 *
 * The result equals `buildDossier`'s on the same reports (a test compares them). Before this, the
 * main thread decoded every analysis (about 14 times the size of the text in structured clone) and
 * then grouped and built every event alone while the workers idled: on gva-dev the pooled build on
 * two cores was no faster than one core.
 */
import type { RawDoc } from '../model/document.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Dossier, DossierEvent } from '../model/dossier.js';
import type { DocId } from '../model/span.js';
import type { Context } from './stage.js';
import type { AnalysisPool } from './pool.js';
import type { EventsTask, ShippedAnalysis } from './worker.js';
import { LineageIndex } from '../stages/lineage/index.js';
import { assembleDossier, docFacts, groupPositions, lineageFromLinks, lineageOf, orderEvents, toDossierDiagnostic, type BuildOptions } from './build.js';

/** Options of `buildOnPool`. */
export interface PooledBuildOptions extends BuildOptions {
  /** Called after each analysed batch with the number of reports analysed so far. */
  readonly onProgress?: (done: number) => void;
  /** Called with each diagnostic of the analysis, after it is reported to the context. */
  readonly onDiagnostic?: (d: Diagnostic) => void;
}

/** Documents per event-building task: events are small, so a task holds several. */
const EVENT_TASK_DOCS = 64;

/**
 * Builds the dossier of raw reports on the pool (see the module comment). Analysis diagnostics
 * are reported to `ctx` (and the dossier lists them); reports whose analysis failed are left out.
 *
 * @example
 * const pool = new AnalysisPool({ now: new Date() });
 * const dossier = await buildOnPool(pool, raws, createContext({ now: new Date() }));
 * await pool.close();
 */
export async function buildOnPool(pool: AnalysisPool, raws: readonly RawDoc[], ctx: Context & { readonly diagnostics?: readonly Diagnostic[] }, options: PooledBuildOptions = {}): Promise<Dossier> {
  if (pool.threads === 0) {
    // One thread: nothing to send anywhere, so the analyses stay objects.
    const { analyses, diagnostics } = await pool.analyzeAll(raws, options.onProgress);
    report(diagnostics, ctx, options);
    return assembleDossier(analyses, ctx, lineageOf(analyses), options);
  }
  const { items, index } = await analyzeAll(pool, raws, ctx, options);
  const lineage = lineageFromLinks(
    items.map((it) => it.document.id),
    index.links(),
  );
  // Entities of the whole dossier, merged on a worker while the others build events.
  const entities = pool.mergeEntities(items.map((it) => ({ doc: it.document.id, entities: it.entities })));
  const groups =
    items.length === 0
      ? []
      : options.grouping === 'one' || items.length <= 1
        ? [items.map((_, i) => i)]
        : groupPositions(
            items.map((it) => ({
              id: it.document.id,
              text: it.document.text,
              names: it.names,
              ...(it.document.published !== null ? { published: it.document.published } : {}),
              ...(it.eventDate !== undefined ? { eventDate: it.eventDate } : {}),
            })),
            lineage.links,
            options.group,
          );
  const rawOf = new Map<DocId, string>();
  for (const r of raws) rawOf.set(r.id, r.text);
  const tasks: Promise<DossierEvent[]>[] = [];
  let task: EventsTask['events'][number][] = [];
  let taskDocs = 0;
  for (const positions of groups) {
    task.push({
      docs: positions.map((i) => {
        const it = items[i]!;
        return { json: it.json, entities: it.entities, raw: rawOf.get(it.document.id) ?? '', facts: docFacts(it.document.id, it.document.published ?? undefined, lineage) };
      }),
    });
    taskDocs += positions.length;
    if (taskDocs >= EVENT_TASK_DOCS) {
      tasks.push(pool.buildEvents({ events: task }));
      task = [];
      taskDocs = 0;
    }
  }
  if (task.length > 0) tasks.push(pool.buildEvents({ events: task }));
  const events = (await Promise.all(tasks)).flat();
  return {
    version: 1,
    documents: items.map((it) => it.document),
    events: orderEvents(events),
    entities: await entities,
    lineage: lineage.links,
    diagnostics: (ctx.diagnostics ?? []).map(toDossierDiagnostic),
  };
}

/** Analyses every report on the pool, batches in flight on all threads; lineage indexes each batch in input order as soon as the earlier ones are in. */
async function analyzeAll(pool: AnalysisPool, raws: readonly RawDoc[], ctx: Context, options: PooledBuildOptions): Promise<{ items: ShippedAnalysis[]; index: LineageIndex }> {
  const index = new LineageIndex();
  const batches: RawDoc[][] = [];
  for (let i = 0; i < raws.length; i += pool.batchSize) batches.push(raws.slice(i, i + pool.batchSize));
  const results: ({ items: ShippedAnalysis[]; diagnostics: readonly Diagnostic[] } | undefined)[] = batches.map(() => undefined);
  let next = 0;
  let done = 0;
  await Promise.all(
    batches.map(async (batch, i) => {
      results[i] = await pool.analyzeForBuild(batch);
      done += batch.length;
      options.onProgress?.(done);
      for (let r = results[next]; r !== undefined && next < results.length; r = results[next]) {
        next++;
        for (const it of r.items) index.add({ id: it.document.id, text: it.document.text });
      }
    }),
  );
  // Diagnostics in input order, as the one-thread build reports them.
  report(
    results.flatMap((r) => r?.diagnostics ?? []),
    ctx,
    options,
  );
  return { items: results.flatMap((r) => r?.items ?? []), index };
}

function report(diagnostics: readonly Diagnostic[], ctx: Context, options: PooledBuildOptions): void {
  for (const d of diagnostics) {
    ctx.report(d);
    options.onDiagnostic?.(d);
  }
}
