/**
 * Analysis on every core: a pool of worker threads (piscina) that run the per-document stages on
 * batches of documents, while the main thread groups, reconciles and writes.
 *
 * piscina is a maintained worker-thread pool (Node.js core contributors) with task queueing,
 * back-pressure and clean shutdown; hand-rolling `worker_threads` gives all of that up. Batches of a
 * few dozen documents keep the cost of messages (structured clone of the analyses) small next to the
 * analysis itself. Small inputs are analysed on the main thread: starting workers costs more than
 * it saves there.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { RawDoc } from '../model/document.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { DocAnalysis } from './analyze.js';
import { createContext } from './stage.js';
import { analyzeEach, analyzeForStreamTask, buildSpilledEventsTask, type AnalyzeResult, type AnalyzeTask, type SpilledAnalysis } from './worker.js';
import { fromPortable, toPortableRaw } from './portable.js';
import type { DossierEvent, DossierLineage } from '../model/dossier.js';

/** Options of the analysis pool. */
export interface PoolOptions {
  /** Worker threads; default: the machine's available parallelism. 0 or 1 analyses on the main thread. */
  readonly threads?: number;
  /** Documents per task. */
  readonly batchSize?: number;
  /** Reference date of the build. */
  readonly now: Date;
}

/** Below this many documents, workers are not started. */
export const MIN_POOL_DOCS = 64;
const DEFAULT_BATCH = 32;

/** Analyses batches of documents on worker threads, in order. */
export class AnalysisPool {
  readonly #pool: Piscina | undefined;
  readonly #now: Date;
  readonly #batchSize: number;

  constructor(options: PoolOptions) {
    const threads = options.threads ?? availableParallelism();
    this.#now = options.now;
    this.#batchSize = options.batchSize ?? DEFAULT_BATCH;
    this.#pool =
      threads > 1
        ? new Piscina({ filename: new URL('./worker.js', import.meta.url).href, minThreads: threads, maxThreads: threads, idleTimeout: 1_000 })
        : undefined;
  }

  /** Documents per task. */
  get batchSize(): number {
    return this.#batchSize;
  }

  /** Worker threads (0 when analysing on the main thread). */
  get threads(): number {
    return this.#pool?.options.maxThreads ?? 0;
  }

  /** Analyses one batch (on a worker when the pool has threads). */
  async analyze(raws: readonly RawDoc[]): Promise<{ analyses: DocAnalysis[]; diagnostics: Diagnostic[] }> {
    if (!this.#pool) {
      const ctx = createContext({ now: this.#now });
      return { analyses: analyzeEach(raws, ctx), diagnostics: ctx.diagnostics };
    }
    const task: AnalyzeTask = { raws: raws.map(toPortableRaw), now: this.#now.toISOString() };
    const result = (await this.#pool.run(task)) as AnalyzeResult;
    return { analyses: result.analyses.map(fromPortable), diagnostics: [...result.diagnostics] };
  }

  /**
   * Analyses every document, batches in flight on all threads, results in input order.
   * `onAnalyses` sees the analyses in input order as soon as all earlier ones are in, so the main
   * thread can index them (lineage) while the workers go on.
   */
  async analyzeAll(
    raws: readonly RawDoc[],
    onProgress?: (done: number) => void,
    onAnalyses?: (analyses: readonly DocAnalysis[]) => void,
  ): Promise<{ analyses: DocAnalysis[]; diagnostics: Diagnostic[] }> {
    const batches: RawDoc[][] = [];
    for (let i = 0; i < raws.length; i += this.#batchSize) batches.push(raws.slice(i, i + this.#batchSize));
    let done = 0;
    const results: ({ analyses: DocAnalysis[]; diagnostics: Diagnostic[] } | undefined)[] = batches.map(() => undefined);
    let next = 0;
    await Promise.all(
      batches.map(async (b, i) => {
        results[i] = await this.analyze(b);
        done += b.length;
        onProgress?.(done);
        for (let r = results[next]; r !== undefined && next < results.length; r = results[next]) {
          next++;
          onAnalyses?.(r.analyses);
        }
      }),
    );
    return { analyses: results.flatMap((r) => r?.analyses ?? []), diagnostics: results.flatMap((r) => r?.diagnostics ?? []) };
  }

  /** Analyses a batch for a stream: grouping features and stored JSON (`analyzeForStreamTask`), on a worker when the pool has threads. */
  async analyzeForStream(raws: readonly RawDoc[]): Promise<{ items: SpilledAnalysis[]; diagnostics: readonly Diagnostic[] }> {
    const task: AnalyzeTask = { raws: raws.map(toPortableRaw), now: this.#now.toISOString() };
    if (!this.#pool) return analyzeForStreamTask(task);
    return (await this.#pool.run(task, { name: 'analyzeForStreamTask' })) as { items: SpilledAnalysis[]; diagnostics: readonly Diagnostic[] };
  }

  /** Builds events from stored analyses (`buildSpilledEventsTask`), on a worker when the pool has threads. */
  async buildSpilledEvents(events: readonly (readonly { readonly json: string; readonly raw: string }[])[]): Promise<{ event: DossierEvent; lineage: readonly DossierLineage[] }[]> {
    if (!this.#pool) return buildSpilledEventsTask({ events });
    return (await this.#pool.run({ events }, { name: 'buildSpilledEventsTask' })) as { event: DossierEvent; lineage: DossierLineage[] }[];
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await this.#pool?.destroy();
  }
}

/**
 * Analyses documents on all cores (or on the main thread when they are few or `threads` <= 1).
 *
 * @example
 * const { analyses } = await analyzeInPool(raws, { now: new Date() });
 */
export async function analyzeInPool(raws: readonly RawDoc[], options: PoolOptions): Promise<{ analyses: DocAnalysis[]; diagnostics: Diagnostic[] }> {
  const pool = new AnalysisPool(raws.length < MIN_POOL_DOCS ? { ...options, threads: 0 } : options);
  try {
    return await pool.analyzeAll(raws);
  } finally {
    await pool.close();
  }
}
