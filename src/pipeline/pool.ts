/**
 * Analysis on every core: a pool of worker threads (piscina) that run the per-document stages on
 * batches of documents, beside the main thread, which takes batches from the same queue while it
 * indexes what comes back, then groups, reconciles and writes.
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
import { fromStoredBatch, toPortableRaw } from './portable.js';
import type { DossierEvent, DossierLineage } from '../model/dossier.js';

/** Options of the analysis pool. */
export interface PoolOptions {
  /** Worker threads; default {@link defaultThreads}. 0 analyses on the main thread. */
  readonly threads?: number;
  /** Documents per task. */
  readonly batchSize?: number;
  /** Reference date of the build. */
  readonly now: Date;
  /** Old-generation heap of each worker, in MB (default {@link WORKER_HEAP_MB}). */
  readonly workerHeapMb?: number;
  /** Whether the main thread analyses batches too in `analyzeAll` (default true). */
  readonly mainHelps?: boolean;
}

/**
 * Worker threads by default: one less than the cores, because the main thread is busy too (it
 * rebuilds the analyses the workers send, indexes them for lineage as they come, then groups and
 * assembles the events); and none when that leaves fewer than two, since a lone worker only
 * duplicates the start-up (a second JIT warm-up, the analyses copied between threads) beside a
 * main thread that could do its work. Measured on 2 cores (CLI, JSON out, quiet machine):
 * gva-dev built in 7.2-7.8 s with no worker, 8.5-9.6 s with one, 9.0-12.0 s with two; 5,000
 * synthetic articles in 28.4 s with none, 28.9 s with one. `--threads N` sets it.
 */
export function defaultThreads(): number {
  const workers = availableParallelism() - 1;
  return workers >= 2 ? workers : 0;
}

/**
 * Worker threads by default for a stream (`build --format jsonl`, `StreamBuilder`) and a store
 * build (`build --store`, `StoreBuilder`'s bounded rebuild): one per core. There the workers send
 * back analyses as the JSON text that is written to disk, which the main thread does not rebuild,
 * so it has little to do besides grouping; and each worker's heap is capped (`WORKER_HEAP_MB`),
 * while the main thread's grows lazily with what the analyses leave behind. Measured on 2 cores,
 * 100,000 synthetic articles (`bench/synth-dump.mjs 100k --places real`), wall time and peak RSS
 * with no worker / one / two: stream (`--presorted`) 137 s, 884 MB / 120 s, 518 MB / 92 s, 810 MB;
 * store 180 s, 1.18 GB / 148 s, 708 MB / 140 s, 713 MB; the same events every time. Below about
 * 10,000 articles the workers' start-up evens it out (10,000 into a store: 17.7 s with none, 21.2 s
 * with two), and a folder of five reports takes 0.1 s longer.
 */
export function streamThreads(): number {
  return Math.max(1, availableParallelism());
}

/** Below this many documents, workers are not started. */
export const MIN_POOL_DOCS = 64;
const DEFAULT_BATCH = 32;
/**
 * Documents per batch without workers: the main thread analyses a batch stage by stage
 * (`analyzeDocuments`), which saves more CPU the larger the batch (a worker's batch stays small,
 * to keep the threads evenly busy and their heaps small).
 */
const LOCAL_BATCH = 256;
/**
 * Each worker's old-generation heap, in MB. A worker holds about 50 MB of live data (word lists,
 * gazetteer tables, caches), but V8 lets a heap grow lazily towards its limit (4 GB by default
 * on this class of machine): over a million reports each worker's heap grew past 250 MB, most of
 * it garbage. The cap makes V8 collect before that. A batch that needs more is analysed on the
 * main thread instead (a 15 MB report among gva-dev's still fitted: the cap is rarely reached).
 */
export const WORKER_HEAP_MB = 256;

/** Analyses batches of documents on worker threads, in order. */
export class AnalysisPool {
  readonly #pool: Piscina | undefined;
  readonly #now: Date;
  readonly #batchSize: number;
  readonly #heapMb: number;
  readonly #mainHelps: boolean;

  constructor(options: PoolOptions) {
    const threads = options.threads ?? defaultThreads();
    this.#now = options.now;
    this.#batchSize = options.batchSize ?? (threads >= 1 ? DEFAULT_BATCH : LOCAL_BATCH);
    this.#heapMb = options.workerHeapMb ?? WORKER_HEAP_MB;
    this.#mainHelps = options.mainHelps ?? true;
    this.#pool =
      threads >= 1
        ? new Piscina({
            filename: new URL('./worker.js', import.meta.url).href,
            minThreads: threads,
            maxThreads: threads,
            idleTimeout: 1_000,
            concurrentTasksPerWorker: 2,
            resourceLimits: { maxOldGenerationSizeMb: this.#heapMb },
          })
        : undefined;
    // A worker that dies between tasks is replaced by piscina; without a listener its error would end the process.
    this.#pool?.on('error', () => undefined);
  }

  /**
   * Runs a task on a worker; undefined when the worker ran out of its heap (`WORKER_HEAP_MB`):
   * the caller then runs it on the main thread, whose heap is not capped.
   */
  async #onWorker<T>(pool: Piscina, task: unknown, name?: string): Promise<T | undefined> {
    try {
      return (await pool.run(task, name !== undefined ? { name } : {})) as T;
    } catch (e) {
      if ((e as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') return undefined;
      throw e;
    }
  }

  /** The info diagnostic of a batch analysed on the main thread because it did not fit a worker's heap. */
  #fallbackNote(raws: readonly RawDoc[]): Diagnostic {
    const first = raws[0];
    return {
      severity: 'info',
      message: `a batch of ${raws.length} report(s) from \`${first?.id ?? ''}\` needed more than a worker's ${this.#heapMb} MB heap and was analysed on the main thread`,
      ruleId: 'pipeline/worker-heap',
      stage: 'analyze',
      ...(first !== undefined ? { file: first.path } : {}),
      ...(first?.line !== undefined ? { line: first.line } : {}),
    };
  }

  /** Analyses one batch on the main thread. */
  #local(raws: readonly RawDoc[]): { analyses: DocAnalysis[]; diagnostics: Diagnostic[] } {
    const ctx = createContext({ now: this.#now });
    return { analyses: analyzeEach(raws, ctx), diagnostics: ctx.diagnostics };
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
    if (!this.#pool) return this.#local(raws);
    const task: AnalyzeTask = { raws: raws.map(toPortableRaw), now: this.#now.toISOString() };
    const result = await this.#onWorker<AnalyzeResult>(this.#pool, task);
    if (result) return { analyses: fromStoredBatch(result.analyses, raws), diagnostics: [...result.diagnostics] };
    const { analyses, diagnostics } = this.#local(raws);
    return { analyses, diagnostics: [this.#fallbackNote(raws), ...diagnostics] };
  }

  /**
   * Analyses every document, batches in flight on all threads, results in input order.
   * `onAnalyses` sees the analyses in input order as soon as all earlier ones are in, so the main
   * thread can index them (lineage) while the workers go on.
   *
   * The main thread analyses batches too, between the messages of the workers: batches are taken
   * from one queue by each worker and by the main thread, so a worker still starting (a cold
   * process) or a main thread busy with lineage simply takes fewer. Each worker keeps a second batch
   * queued (`concurrentTasksPerWorker`), so it does not wait while the main thread is on a batch.
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
    const settle = (i: number, result: { analyses: DocAnalysis[]; diagnostics: Diagnostic[] }): void => {
      results[i] = result;
      done += batches[i]?.length ?? 0;
      onProgress?.(done);
      for (let r = results[next]; r !== undefined && next < results.length; r = results[next]) {
        next++;
        onAnalyses?.(r.analyses);
      }
    };
    let taken = 0;
    const workerLane = async (): Promise<void> => {
      for (let i = taken++; i < batches.length; i = taken++) settle(i, await this.analyze(batches[i] ?? []));
    };
    const mainLane = async (): Promise<void> => {
      for (;;) {
        // let the workers' results in (and queue their next batches) before taking one here
        await new Promise<void>((resolve) => setImmediate(resolve));
        const i = taken++;
        if (i >= batches.length) return;
        settle(i, this.#local(batches[i] ?? []));
      }
    };
    const lanes = this.#pool ? [...Array.from({ length: 2 * this.threads }, workerLane), ...(this.#mainHelps ? [mainLane()] : [])] : [workerLane()];
    await Promise.all(lanes);
    return { analyses: results.flatMap((r) => r?.analyses ?? []), diagnostics: results.flatMap((r) => r?.diagnostics ?? []) };
  }

  /** Analyses a batch for a stream: grouping features and stored JSON (`analyzeForStreamTask`), on a worker when the pool has threads. */
  async analyzeForStream(raws: readonly RawDoc[]): Promise<{ items: SpilledAnalysis[]; diagnostics: readonly Diagnostic[] }> {
    const task: AnalyzeTask = { raws: raws.map(toPortableRaw), now: this.#now.toISOString() };
    if (!this.#pool) return analyzeForStreamTask(task);
    const result = await this.#onWorker<{ items: SpilledAnalysis[]; diagnostics: readonly Diagnostic[] }>(this.#pool, task, 'analyzeForStreamTask');
    if (result) return result;
    const { items, diagnostics } = analyzeForStreamTask(task);
    return { items, diagnostics: [this.#fallbackNote(raws), ...diagnostics] };
  }

  /** Builds events from stored analyses (`buildSpilledEventsTask`), on a worker when the pool has threads. */
  async buildSpilledEvents(events: readonly (readonly { readonly json: string; readonly raw: string }[])[]): Promise<{ event: DossierEvent; lineage: readonly DossierLineage[] }[]> {
    if (!this.#pool) return buildSpilledEventsTask({ events });
    return (await this.#onWorker<{ event: DossierEvent; lineage: DossierLineage[] }[]>(this.#pool, { events }, 'buildSpilledEventsTask')) ?? buildSpilledEventsTask({ events });
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
