/**
 * Keeps a store's dossier up to date as reports are added. Each report is analysed once and its
 * analysis stored with it, in one transaction (`Store.addAnalyzed`): a build that stops half-way
 * keeps every report it analysed, and running it again analyses only the rest. The dossier is then
 * rebuilt and saved in one transaction, which rewrites only the events whose content changed:
 * events keep their ids from one build to the next (`stableIds`).
 *
 * There are two rebuilds, which group with the same `EventGrouper` in the same order:
 * - the whole-dossier one (`rebuildWithStats`) assembles the dossier from every stored analysis,
 *   with lineage and entities across all reports;
 * - the bounded one (`rebuildBounded`), for large stores, does what `StreamBuilder` does with the
 *   store's analyses as its spill file: it reads the reports in date order (`Store.featuresByDate`),
 *   groups them online (`EventGrouper`) and builds each event as it closes from its own analyses,
 *   on the workers, staging it on disk until `Store.saveStaged` saves them all in one transaction.
 *   Memory holds the open events' grouping features, not the store. Lineage is found among each
 *   event's reports (copies across events are not linked, and do not pull reports into one event),
 *   and entities are not merged across the store. A follow-up (a trial, a sentence) is not joined
 *   to the event it follows, which closed long before: its event says which one it follows
 *   (`follows`, by `FollowUpIndex`), as a stream's does.
 */
import type { RawDoc } from '../model/document.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Dossier, DossierEvent, DossierLineage } from '../model/dossier.js';
import type { DocId } from '../model/span.js';
import { analyzeDocument, type DocAnalysis } from '../pipeline/analyze.js';
import { assembleDossier, lineageOf, type BuildOptions } from '../pipeline/build.js';
import { AnalysisPool, streamThreads } from '../pipeline/pool.js';
import type { SpilledAnalysis } from '../pipeline/worker.js';
import { createContext } from '../pipeline/stage.js';
import { ClosedEvents, EventGrouper, type GroupInput } from '../stages/group/index.js';
import type { SaveResult, Store } from './store.js';

/**
 * Stores with more reports than this are rebuilt in bounded memory (`rebuildBounded`). Below it the
 * whole-dossier rebuild keeps what only it gives (lineage and entities across every report, copies
 * always grouped together, a small folder about one place taken as one event) at a cost that still
 * fits: it holds every analysis, about 100 KB of heap a report (on synthetic gva dumps, 10,000
 * reports peaked at 1.4 GB of RSS before this threshold existed).
 */
export const BOUNDED_REBUILD_DOCS = 5_000;
/** Diagnostics a builder keeps for the dossier of a large store; past it they are counted, not kept. */
const MAX_DIAGNOSTICS = 10_000;
/** Analysed inputs read at a time when a rebuild analyses the stored inputs that have no analysis. */
const UNANALYZED_PAGE = 64;

/** What {@link StoreBuilder.add} did. */
export interface AddResult {
  /** Reports stored now. */
  readonly added: readonly RawDoc[];
  /** Reports not stored because one with the same id already was. */
  readonly duplicates: readonly RawDoc[];
  /** Whether the dossier was rebuilt (it is when a report was added or none was saved yet). */
  readonly rebuilt: boolean;
  /** What saving the dossier did to the stored events (when rebuilt). */
  readonly events?: SaveResult;
  /** Time spent analysing, assembling and saving, in milliseconds. */
  readonly buildMs: number;
}

/**
 * Which rebuild a builder runs: `auto` (default) the whole-dossier one up to
 * {@link BOUNDED_REBUILD_DOCS} reports and the bounded one above; `whole` or `bounded` always that
 * one (`--one-event` is always whole: one event of every report cannot be bounded).
 */
export type RebuildMode = 'auto' | 'whole' | 'bounded';

/** What {@link StoreBuilder.refresh} did. */
export interface RefreshResult {
  /** What saving did to the stored events. */
  readonly events: SaveResult;
  /** Whether the rebuild was the bounded one. */
  readonly bounded: boolean;
}

/**
 * Gives the events of a new dossier the ids of the stored events they continue: each event takes
 * the id of the stored event it shares the most documents with (largest events first), and events
 * that continue none get new ids after the highest stored one. A fresh store numbers them `e1`,
 * `e2`, ... in dossier order, as a build without a store does.
 *
 * @example
 * stableIds(dossier, new Map([['e7', ['a', 'b']]])); // the event holding a and b keeps the id e7
 */
export function stableIds(dossier: Dossier, stored: ReadonlyMap<string, readonly DocId[]>): Dossier {
  const eventOf = new Map<DocId, string>();
  let highest = 0;
  for (const [id, docs] of stored) {
    for (const d of docs) eventOf.set(d, id);
    const n = /^e(\d+)$/.exec(id);
    if (n) highest = Math.max(highest, Number(n[1]));
  }
  const taken = new Set<string>();
  const ids = new Map<number, string>();
  const bySize = dossier.events.map((e, i) => ({ e, i })).sort((a, b) => b.e.documents.length - a.e.documents.length || a.i - b.i);
  for (const { e, i } of bySize) {
    const overlap = new Map<string, number>();
    for (const d of e.documents) {
      const old = eventOf.get(d);
      if (old !== undefined && !taken.has(old)) overlap.set(old, (overlap.get(old) ?? 0) + 1);
    }
    const best = [...overlap.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
    if (best !== undefined) {
      taken.add(best);
      ids.set(i, best);
    }
  }
  return { ...dossier, events: dossier.events.map((e, i) => ({ ...e, id: ids.get(i) ?? `e${++highest}` })) };
}

/**
 * Adds reports to a store and rebuilds its dossier, as `buildDossier` builds one from every stored
 * report. Analyses are kept in the store (and, once the whole dossier was rebuilt, cached in
 * memory), so adding one report to a large store analyses one report (grouping, lineage and
 * reconciliation still run over all of them). `add` rebuilds the whole dossier (it is synchronous,
 * for the app); `refresh` picks the bounded rebuild for a large store.
 *
 * @example
 * const builder = new StoreBuilder(openStore('corpus.db'));
 * builder.add([{ id: 'a', path: 'a.txt', text: 'Two people were killed.' }]).rebuilt === true;
 */
export class StoreBuilder {
  readonly #store: Store;
  readonly #now: () => Date;
  readonly #options: BuildOptions;
  readonly #mode: RebuildMode;
  readonly #analyses = new Map<DocId, DocAnalysis>();
  readonly #diagnostics = new Map<DocId, readonly Diagnostic[]>();
  /** Diagnostics kept in `#diagnostics`, and those left out past `MAX_DIAGNOSTICS`. */
  #keptDiagnostics = 0;
  #droppedDiagnostics = 0;
  /** Stored inputs (counted once, then kept up to date), to tell a large store. */
  #inputs: number | undefined;

  /**
   * `now` gives the reference date of each analysis (default: the clock); `rebuild` which rebuild
   * `refresh` runs (default `auto`).
   */
  constructor(store: Store, options: { readonly now?: () => Date; readonly build?: BuildOptions; readonly rebuild?: RebuildMode } = {}) {
    this.#store = store;
    this.#now = options.now ?? (() => new Date());
    this.#options = options.build ?? {};
    this.#mode = options.build?.grouping === 'one' ? 'whole' : (options.rebuild ?? 'auto');
  }

  /** Whether `refresh` rebuilds this store in bounded memory. */
  get isBounded(): boolean {
    return this.#mode === 'bounded' || (this.#mode === 'auto' && this.#inputCount() > BOUNDED_REBUILD_DOCS);
  }

  #inputCount(): number {
    this.#inputs ??= this.#store.inputCount();
    return this.#inputs;
  }

  /** The store this builder writes to. */
  get store(): Store {
    return this.#store;
  }

  /** The reports among `raws` whose ids are not stored yet (nor repeated earlier in `raws`). */
  newReports(raws: readonly RawDoc[]): RawDoc[] {
    const seen = new Set<DocId>();
    return raws.filter((r) => !seen.has(r.id) && (seen.add(r.id), true) && !this.#store.hasInput(r.id));
  }

  /**
   * Stores reports analysed elsewhere (a worker pool) with their analyses, in one transaction;
   * the dossier is not rebuilt (call `rebuild` when every batch is in).
   */
  storeAnalyzed(raws: readonly RawDoc[], analyses: readonly DocAnalysis[], diagnostics: readonly Diagnostic[] = []): { readonly added: readonly RawDoc[]; readonly duplicates: readonly RawDoc[] } {
    // A report whose analysis failed (reported by the pool) is not stored: the next build tries it again.
    const analysed = new Set(analyses.map((a) => a.doc.id));
    const result = this.#store.addAnalyzed(
      raws.filter((r) => analysed.has(r.id)),
      analyses,
      this.#now().toISOString(),
    );
    this.#stored(result.added, diagnostics);
    return result;
  }

  /**
   * Stores reports analysed on a pool's workers for a stream (`AnalysisPool.analyzeForStream`: the
   * stored JSON is made there), in one transaction, as `storeAnalyzed` does.
   */
  storeSpilled(raws: readonly RawDoc[], items: readonly SpilledAnalysis[], diagnostics: readonly Diagnostic[] = []): { readonly added: readonly RawDoc[]; readonly duplicates: readonly RawDoc[] } {
    // A report whose analysis failed (reported by the pool) is not stored: the next build tries it again.
    const analysed = new Set(items.map((item) => item.id));
    const result = this.#store.addSpilled(
      raws.filter((r) => analysed.has(r.id)),
      items,
      this.#now().toISOString(),
    );
    this.#stored(result.added, diagnostics);
    return result;
  }

  /** Counts reports just stored and keeps their diagnostics. */
  #stored(added: readonly RawDoc[], diagnostics: readonly Diagnostic[]): void {
    const ids = new Set(added.map((r) => r.id));
    this.#inputs = this.#inputCount() + added.length;
    // Note: batches stored here are not cached (a build of a large dump passes through here, and its
    // analyses would not fit): the whole-dossier rebuild reads them back from the store.
    for (const d of diagnostics) {
      const doc = d.spans?.[0]?.doc;
      if (doc !== undefined && ids.has(doc)) this.#keep(doc, d);
    }
  }

  /**
   * Stores the reports (skipping ids already stored) and, when any was new or no dossier was saved
   * yet, rebuilds and saves the dossier.
   */
  add(raws: readonly RawDoc[]): AddResult {
    const started = performance.now();
    const fresh = this.newReports(raws);
    const analyses = fresh.map((raw) => this.#analyze(raw));
    const { added } = this.storeAnalyzed(fresh, analyses);
    const addedIds = new Set(added.map((r) => r.id));
    // `add` rebuilds the whole dossier, which caches every analysis: adding one report re-reads none.
    for (const a of analyses) if (addedIds.has(a.doc.id)) this.#analyses.set(a.doc.id, a);
    const duplicates = raws.filter((r) => !addedIds.has(r.id));
    const rebuilt = added.length > 0 || this.#store.builtAt() === undefined;
    const events = rebuilt ? this.rebuildWithStats().events : undefined;
    return { added, duplicates, rebuilt, ...(events ? { events } : {}), buildMs: performance.now() - started };
  }

  /** Rebuilds the dossier from every stored analysis and saves it. */
  rebuild(): Dossier {
    return this.rebuildWithStats().dossier;
  }

  /** Rebuilds and saves the dossier; says what saving did to the stored events. */
  rebuildWithStats(): { readonly dossier: Dossier; readonly events: SaveResult } {
    // Inputs stored without an analysis (by an older version, or by `Store.addInputs`) are analysed now.
    for (const raw of this.#store.unanalyzedInputs()) {
      const a = this.#analyze(raw);
      this.#store.putAnalysis(a);
      this.#analyses.set(a.doc.id, a);
    }
    for (const a of this.#store.analyses(new Set(this.#analyses.keys()))) this.#analyses.set(a.doc.id, a);
    const analyses = this.#store.inputIds().flatMap((id) => {
      const a = this.#analyses.get(id);
      return a ? [a] : [];
    });
    const diagnostics = analyses.flatMap((a) => this.#diagnostics.get(a.doc.id) ?? []);
    const ctx = createContext({ now: this.#now() });
    // Note: as buildDossier does: lineage runs over every document, since a new report may copy any of them.
    const dossier = stableIds(assembleDossier(analyses, { ...ctx, diagnostics }, lineageOf(analyses), this.#options), this.#store.eventDocuments());
    const events = this.#store.saveDossier(dossier, this.#now().toISOString());
    return { dossier, events };
  }

  /**
   * Rebuilds and saves the dossier with the rebuild that fits the store (see {@link RebuildMode});
   * the bounded one builds events on `threads` worker threads (default `streamThreads()`: one per core).
   *
   * @example
   * const { events, bounded } = await builder.refresh();
   */
  async refresh(options: { readonly threads?: number } = {}): Promise<RefreshResult> {
    if (!this.isBounded) return { events: this.rebuildWithStats().events, bounded: false };
    return { events: await this.rebuildBounded(options), bounded: true };
  }

  /**
   * Rebuilds and saves the events in memory bounded by the open events, not the store (see the
   * top of this file): the stored reports are grouped in date order as `StreamBuilder` groups a
   * dump, each closed event is built from its own analyses on a worker and staged on disk, and
   * `Store.saveStaged` saves them in one transaction, with `stableIds`'s ids and the same
   * written / kept / deleted counts as `saveDossier`. The dossier keeps no entities (they would
   * be merged across every report) and lineage per event only; an info diagnostic says so.
   */
  async rebuildBounded(options: { readonly threads?: number } = {}): Promise<SaveResult> {
    for (let raws = this.#store.unanalyzedInputs(UNANALYZED_PAGE); raws.length > 0; raws = this.#store.unanalyzedInputs(UNANALYZED_PAGE)) {
      for (const raw of raws) this.#store.putAnalysis(this.#analyze(raw));
    }
    this.#store.fillFeatures();
    const pool = new AnalysisPool({ now: this.#now(), threads: options.threads ?? streamThreads() });
    const grouper = new EventGrouper(this.#options.group);
    // Closed events, to tell which earlier one a follow-up follows (as a stream does; the whole
    // rebuild joins them instead, `joinFollowUps`).
    const followUps = new ClosedEvents(grouper.options);
    /** Open documents: id to input `seq` and what `FollowUpIndex` reads of them. */
    const open = new Map<DocId, { readonly seq: number; readonly input: GroupInput }>();
    let closed: number[][] = [];
    let closedDocs = 0;
    const building: Promise<{ event: DossierEvent; lineage: readonly DossierLineage[] }[]>[] = [];
    const maxInFlight = Math.max(2, pool.threads * 2);
    const deliver = async (): Promise<void> => {
      const next = building.shift();
      if (!next) return;
      for (const { event, lineage } of await next) {
        this.#store.stageEvent(event, lineage, followUps.deliver());
      }
    };
    const buildClosed = async (): Promise<void> => {
      if (closed.length === 0) return;
      const events = closed.map((seqs) => seqs.map((seq) => this.#store.storedAnalysis(seq)));
      closed = [];
      closedDocs = 0;
      building.push(pool.buildSpilledEvents(events));
      while (building.length >= maxInFlight) await deliver();
    };
    const close = async (ids: readonly DocId[]): Promise<void> => {
      const docs = ids.flatMap((id) => {
        const doc = open.get(id);
        open.delete(id);
        return doc === undefined ? [] : [doc];
      });
      if (docs.length === 0) return;
      // Events are numbered in the order they close, as `deliver` stages them.
      followUps.close(
        docs.map((d) => d.input),
        (t) => grouper.weightOf(t),
      );
      // A whole build lists an event's documents in the order they were added (`groupAnalyses`).
      const seqs = docs.map((d) => d.seq);
      closed.push(seqs.sort((a, b) => a - b));
      closedDocs += seqs.length;
      if (closedDocs >= pool.batchSize) await buildClosed();
    };
    try {
      this.#store.beginStaging();
      for (const { seq, input } of this.#store.featuresByDate()) {
        open.set(input.id, { seq, input });
        grouper.add(input);
        for (const ids of grouper.closeReady()) await close(ids);
      }
      for (const ids of grouper.flush()) await close(ids);
      await buildClosed();
      while (building.length > 0) await deliver();
    } finally {
      await pool.close();
    }
    const ctx = createContext({ now: this.#now() });
    const diagnostics: Diagnostic[] = [...this.#diagnostics.values()].flat();
    diagnostics.push({
      severity: 'info',
      message:
        `the store's ${this.#inputCount()} reports were rebuilt in bounded memory: lineage is found among each event's reports only, ` +
        'and `entities` is left empty (merging them across every report does not fit); a store of at most ' +
        `${BOUNDED_REBUILD_DOCS} reports is rebuilt whole, with both`,
      ruleId: 'store/bounded-rebuild',
      stage: 'store',
    });
    if (this.#droppedDiagnostics > 0) {
      diagnostics.push({
        severity: 'info',
        message: `${this.#droppedDiagnostics} more diagnostics of this build are left out (only the first ${MAX_DIAGNOSTICS} are kept in the dossier of a large store)`,
        ruleId: 'store/diagnostics-left-out',
        stage: 'store',
      });
    }
    // Note: `assembleDossier` of no analyses gives the dossier's diagnostics in the contract's form.
    const { entities, diagnostics: dossierDiagnostics } = assembleDossier([], { ...ctx, diagnostics });
    return this.#store.saveStaged(this.#now().toISOString(), { entities, diagnostics: dossierDiagnostics ?? [] });
  }

  /** Keeps a diagnostic of a report for the dossier (past `MAX_DIAGNOSTICS` in a large store, counts it). */
  #keep(doc: DocId, d: Diagnostic): void {
    if (this.isBounded && this.#keptDiagnostics >= MAX_DIAGNOSTICS) {
      this.#droppedDiagnostics++;
      return;
    }
    this.#keptDiagnostics++;
    this.#diagnostics.set(doc, [...(this.#diagnostics.get(doc) ?? []), d]);
  }

  #analyze(raw: RawDoc): DocAnalysis {
    const ctx = createContext({ now: this.#now() });
    const a = analyzeDocument(raw, ctx);
    for (const d of ctx.diagnostics) this.#keep(raw.id, d);
    return a;
  }
}
