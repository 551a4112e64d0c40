/**
 * Keeps a store's dossier up to date as reports are added: each report is analysed once (the
 * per-document work has no cross-document state), then the dossier is assembled from every
 * analysis and saved in one transaction.
 */
import type { RawDoc } from '../model/document.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Dossier } from '../model/dossier.js';
import type { DocId } from '../model/span.js';
import { analyzeDocument, type DocAnalysis } from '../pipeline/analyze.js';
import { assembleDossier, lineageOf } from '../pipeline/build.js';
import { createContext } from '../pipeline/stage.js';
import type { Store } from './store.js';

/** What {@link StoreBuilder.add} did. */
export interface AddResult {
  /** Reports stored now. */
  readonly added: readonly RawDoc[];
  /** Reports not stored because one with the same id already was. */
  readonly duplicates: readonly RawDoc[];
  /** Whether the dossier was rebuilt (it is when a report was added or none was saved yet). */
  readonly rebuilt: boolean;
  /** Time spent analysing, assembling and saving, in milliseconds. */
  readonly buildMs: number;
}

/**
 * Adds reports to a store and rebuilds its dossier, as `buildDossier` builds one from every stored
 * report. Analyses are cached in memory by document id, so adding one report to a large store
 * analyses one report (lineage and reconciliation still run over all of them).
 *
 * @example
 * const builder = new StoreBuilder(openStore('corpus.db'));
 * builder.add([{ id: 'a', path: 'a.txt', text: 'Two people were killed.' }]).rebuilt === true;
 */
export class StoreBuilder {
  readonly #store: Store;
  readonly #now: () => Date;
  readonly #analyses = new Map<DocId, { readonly analysis: DocAnalysis; readonly diagnostics: readonly Diagnostic[] }>();

  /** `now` gives the reference date of each analysis (default: the clock). */
  constructor(store: Store, options: { readonly now?: () => Date } = {}) {
    this.#store = store;
    this.#now = options.now ?? (() => new Date());
  }

  /** The store this builder writes to. */
  get store(): Store {
    return this.#store;
  }

  /**
   * Stores the reports (skipping ids already stored) and, when any was new or no dossier was saved
   * yet, rebuilds and saves the dossier.
   */
  add(raws: readonly RawDoc[]): AddResult {
    const started = performance.now();
    const { added, duplicates } = this.#store.addInputs(raws, this.#now().toISOString());
    const rebuilt = added.length > 0 || this.#store.builtAt() === undefined;
    if (rebuilt) this.rebuild();
    return { added, duplicates, rebuilt, buildMs: performance.now() - started };
  }

  /** Rebuilds the dossier from every stored input and saves it. */
  rebuild(): Dossier {
    const inputs = this.#store.inputs();
    const analyses: DocAnalysis[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const raw of inputs) {
      let cached = this.#analyses.get(raw.id);
      if (!cached) {
        const ctx = createContext({ now: this.#now() });
        cached = { analysis: analyzeDocument(raw, ctx), diagnostics: ctx.diagnostics };
        this.#analyses.set(raw.id, cached);
      }
      analyses.push(cached.analysis);
      diagnostics.push(...cached.diagnostics);
    }
    const ctx = createContext({ now: this.#now() });
    // Note: as buildDossier does: lineage runs over every document, since a new report may copy any of them.
    const dossier = assembleDossier(analyses, { ...ctx, diagnostics }, lineageOf(analyses));
    this.#store.saveDossier(dossier, this.#now().toISOString());
    return dossier;
  }
}
