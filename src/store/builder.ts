/**
 * Keeps a store's dossier up to date as reports are added. Each report is analysed once and its
 * analysis stored with it, in one transaction (`Store.addAnalyzed`): a build that stops half-way
 * keeps every report it analysed, and running it again analyses only the rest. The dossier is then
 * assembled from every stored analysis (grouping, lineage and reconciliation look across reports)
 * and saved in one transaction, which rewrites only the events whose content changed: events keep
 * their ids from one build to the next (`stableIds`).
 */
import type { RawDoc } from '../model/document.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Dossier } from '../model/dossier.js';
import type { DocId } from '../model/span.js';
import { analyzeDocument, type DocAnalysis } from '../pipeline/analyze.js';
import { assembleDossier, lineageOf, type BuildOptions } from '../pipeline/build.js';
import { createContext } from '../pipeline/stage.js';
import type { SaveResult, Store } from './store.js';

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
 * report. Analyses are kept in the store (and cached in memory), so adding one report to a large
 * store analyses one report (grouping, lineage and reconciliation still run over all of them).
 *
 * @example
 * const builder = new StoreBuilder(openStore('corpus.db'));
 * builder.add([{ id: 'a', path: 'a.txt', text: 'Two people were killed.' }]).rebuilt === true;
 */
export class StoreBuilder {
  readonly #store: Store;
  readonly #now: () => Date;
  readonly #options: BuildOptions;
  readonly #analyses = new Map<DocId, DocAnalysis>();
  readonly #diagnostics = new Map<DocId, readonly Diagnostic[]>();

  /** `now` gives the reference date of each analysis (default: the clock). */
  constructor(store: Store, options: { readonly now?: () => Date; readonly build?: BuildOptions } = {}) {
    this.#store = store;
    this.#now = options.now ?? (() => new Date());
    this.#options = options.build ?? {};
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
    const added = new Set(result.added.map((r) => r.id));
    for (const a of analyses) if (added.has(a.doc.id)) this.#analyses.set(a.doc.id, a);
    for (const d of diagnostics) {
      const doc = d.spans?.[0]?.doc;
      if (doc !== undefined && added.has(doc)) this.#diagnostics.set(doc, [...(this.#diagnostics.get(doc) ?? []), d]);
    }
    return result;
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

  #analyze(raw: RawDoc): DocAnalysis {
    const ctx = createContext({ now: this.#now() });
    const a = analyzeDocument(raw, ctx);
    if (ctx.diagnostics.length > 0) this.#diagnostics.set(raw.id, ctx.diagnostics);
    return a;
  }
}
