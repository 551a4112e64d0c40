/**
 * Building events from a stream of reports of any length, in memory bounded by the open events.
 *
 * The work is split so that the main thread stays light and the workers do the heavy parts:
 * 1. Workers analyse batches of reports and send back what grouping reads (names, dates) and the
 *    analysis as JSON, which the main thread writes to a temporary SQLite file without parsing it.
 * 2. The main thread groups the reports online (`EventGrouper`) in date order: by default it reads
 *    the features back sorted by date (an external sort: a dump in crawl order is not in event
 *    order, and gva-dev's articles are in no order at all); with `order: 'arrival'` (a dump known
 *    to be in date order) it groups them as they come.
 * 3. When grouping has moved past an event (`windowDays`), the event is closed: its documents'
 *    analyses are read from the file and sent to a worker, which builds the event from them alone
 *    (lineage, entities, figures, date, timeline); events are handed to `onEvent` in the order they
 *    closed.
 * 4. An event that follows up one the stream closed before (a hearing, a trial, a sentence that
 *    recalls the shooting's day and names its people) cannot be joined to it, which is written out
 *    already: it says which it follows (`follows`, by `FollowUpIndex`: `joinFollowUps`' rule).
 * Memory holds the open events' grouping features (a few weeks of reports), not their analyses,
 * and the names and day of the last `FOLLOW_UP_CAPACITY` closed events;
 * the file costs disk, about seven times the text. In `arrival` order a dump far out of date order
 * still builds in bounded memory, but its events may be split (`outOfOrder` counts the reports that
 * came too late for their event).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawDoc } from '../model/document.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { DossierEvent, DossierLineage } from '../model/dossier.js';
import type { DocId } from '../model/span.js';
// Note: the grouper's own day reading, so the sort order is the order `streamOrder` gives a whole build.
import { ClosedEvents, EventGrouper, dayNumber, isOneSmallCollection, type GroupInput, type GroupOptions, type RecalledPeriod } from '../stages/group/index.js';
import type { Toll } from '../stages/group/toll.js';
import { openDatabase, type Database, type Statement } from '../store/sqlite.js';
import { AnalysisPool, streamThreads } from './pool.js';
import type { SpilledAnalysis } from './worker.js';

/** An event closed by the stream. */
export interface StreamEvent {
  readonly event: DossierEvent;
  /** Lineage links among the event's documents. */
  readonly lineage: readonly DossierLineage[];
}

/** Options of `StreamBuilder`. */
export interface StreamOptions {
  /** Reference date of the build. */
  readonly now: Date;
  /** Worker threads (default `streamThreads()`: one per core; 0 works on the main thread). */
  readonly threads?: number;
  /** Documents per analysis task. */
  readonly batchSize?: number;
  /** Options of the grouping stage. */
  readonly group?: Partial<GroupOptions>;
  /** `date` (default): group the reports in date order (sorted through the temporary file); `arrival`: as they come. */
  readonly order?: 'date' | 'arrival';
  /** Folder of the temporary file (default: the system's). */
  readonly tmpdir?: string;
  /** Called with each closed event, in the order events close; awaited (back-pressure for the writer). */
  readonly onEvent: (closed: StreamEvent) => void | Promise<void>;
  /** Called with the diagnostics of each analysed batch. */
  readonly onDiagnostics?: (diagnostics: readonly Diagnostic[]) => void;
  /** Called after each analysed batch with the number of documents analysed so far. */
  readonly onProgress?: (documents: number) => void;
}

/** What a finished stream did. */
export interface StreamSummary {
  readonly documents: number;
  readonly events: number;
  /** Reports that came more than `windowDays` behind the stream's date (`arrival` order only). */
  readonly outOfOrder: number;
  /** Most documents held in open events at once. */
  readonly peakOpenDocs: number;
}

/** Sort key of undated reports: after every date. */
const UNDATED = 1e9;
/** Rows read at a time when reading the file back in date order. */
const PAGE = 2_000;

interface SpillRow {
  readonly seq: number;
  readonly day: number;
  readonly id: string;
  readonly published: string | null;
  readonly event_date: string | null;
  readonly names: string;
  readonly recalled: string | null;
  readonly toll: string | null;
}

/**
 * The folders of temporary files not yet closed. A process that ends before a build closes its
 * file (a reader that closed the pipe, a full disk, an interrupt: each ends in `process.exit`)
 * deletes them as it exits, so a dump's copy is not left behind in the temporary folder.
 */
const openSpills = new Set<string>();

function removeOpenSpills(): void {
  for (const dir of openSpills) rmSync(dir, { recursive: true, force: true });
  openSpills.clear();
}

/**
 * The temporary file: each report's grouping features and stored analysis, written a batch per
 * transaction (no journal, no fsync: it lives as long as the build), read back by date or by
 * sequence number. Only the rows being read are in memory.
 */
class SpillFile {
  readonly #dir: string;
  readonly #db: Database;
  readonly #insert: Statement;
  readonly #page: Statement<SpillRow>;
  readonly #analysis: Statement<{ json: string; raw: string }>;
  readonly #hasId: Statement<{ one: number }>;
  #seq = 0;

  constructor(parent: string) {
    this.#dir = mkdtempSync(join(parent, 'corroborate-stream-'));
    if (openSpills.size === 0) process.once('exit', removeOpenSpills);
    openSpills.add(this.#dir);
    this.#db = openDatabase(join(this.#dir, 'stream.db'));
    this.#db.pragma('journal_mode = OFF');
    this.#db.pragma('synchronous = OFF');
    this.#db.exec(
      'CREATE TABLE spill (seq INTEGER PRIMARY KEY, id TEXT NOT NULL, day INTEGER NOT NULL, published TEXT, event_date TEXT, names TEXT NOT NULL, recalled TEXT, toll TEXT, json TEXT NOT NULL, raw TEXT NOT NULL)',
    );
    // Note: the id index answers `has` (duplicate ids in a dump) from disk, so memory does not hold every id read.
    this.#db.exec('CREATE INDEX spill_id ON spill (id)');
    this.#insert = this.#db.prepare('INSERT INTO spill (seq, id, day, published, event_date, names, recalled, toll, json, raw) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    this.#page = this.#db.prepare<SpillRow>('SELECT seq, id, day, published, event_date, names, recalled, toll FROM spill WHERE (day, seq) > (?, ?) ORDER BY day, seq LIMIT ?');
    this.#analysis = this.#db.prepare<{ json: string; raw: string }>('SELECT json, raw FROM spill WHERE seq = ?');
    this.#hasId = this.#db.prepare<{ one: number }>('SELECT 1 AS one FROM spill WHERE id = ? LIMIT 1');
  }

  /** Whether a report with this id is in the file. */
  has(id: DocId): boolean {
    return this.#hasId.get(id) !== undefined;
  }

  /** Writes a batch in one transaction; returns each item's sequence number. */
  put(items: readonly SpilledAnalysis[], rawOf: ReadonlyMap<DocId, string>): number[] {
    return this.#db.transaction(() =>
      items.map((item) => {
        const seq = this.#seq++;
        const day = dayNumber(item.eventDate ?? item.published);
        this.#insert.run(seq, item.id, Number.isFinite(day) ? day : UNDATED, item.published ?? null, item.eventDate ?? null, JSON.stringify(item.names), item.recalled ? JSON.stringify(item.recalled) : null, item.toll ? JSON.stringify(item.toll) : null, item.json, rawOf.get(item.id) ?? '');
        return seq;
      }),
    )();
  }

  /** Every report's grouping features, by date (undated last), then order of arrival; a page at a time. */
  *byDate(): Generator<{ seq: number; input: GroupInput }> {
    this.#db.exec('CREATE INDEX IF NOT EXISTS spill_by_day ON spill (day, seq)');
    let day = Number.NEGATIVE_INFINITY;
    let seq = -1;
    for (;;) {
      const rows = this.#page.all(day, seq, PAGE);
      for (const row of rows) yield { seq: row.seq, input: inputOf(row) };
      const last = rows[rows.length - 1];
      if (!last || rows.length < PAGE) return;
      day = last.day;
      seq = last.seq;
    }
  }

  /** The stored analysis (JSON) and raw input of a report. */
  analysis(seq: number): { json: string; raw: string } {
    const row = this.#analysis.get(seq);
    if (!row) throw new Error(`internal: report ${seq} is not in the stream's temporary file`);
    return row;
  }

  /** Closes and deletes the file. */
  close(): void {
    if (this.#db.open) this.#db.close();
    rmSync(this.#dir, { recursive: true, force: true });
    openSpills.delete(this.#dir);
    if (openSpills.size === 0) process.off('exit', removeOpenSpills);
  }
}

function inputOf(row: SpillRow): GroupInput {
  return {
    id: row.id,
    text: '',
    names: JSON.parse(row.names) as string[],
    ...(row.published !== null ? { published: row.published } : {}),
    ...(row.event_date !== null ? { eventDate: row.event_date } : {}),
    ...(row.recalled !== null ? { recalled: JSON.parse(row.recalled) as RecalledPeriod[] } : {}),
    ...(row.toll !== null ? { toll: JSON.parse(row.toll) as Toll } : {}),
  };
}

/**
 * Streams reports into events.
 *
 * @example
 * const stream = new StreamBuilder({ now: new Date(), onEvent: ({ event }) => console.log(JSON.stringify(event)) });
 * for await (const raw of reports) await stream.push(raw);
 * const summary = await stream.end();
 */
export class StreamBuilder {
  readonly #options: StreamOptions;
  readonly #pool: AnalysisPool;
  readonly #grouper: EventGrouper;
  readonly #spill: SpillFile;
  readonly #order: 'date' | 'arrival';
  /** Open documents: id to sequence number in the file, and what `FollowUpIndex` reads of them. */
  readonly #open = new Map<DocId, { readonly seq: number; readonly input: GroupInput }>();
  /** Closed events, numbered as they close (`e1`, `e2`, ...), to tell the follow-ups of those already written out. */
  readonly #followUps: ClosedEvents;
  /** Batches being analysed, in input order, with their raw texts. */
  readonly #inFlight: { raws: ReadonlyMap<DocId, string>; result: Promise<{ items: SpilledAnalysis[]; diagnostics: readonly Diagnostic[] }> }[] = [];
  readonly #maxInFlight: number;
  readonly #windowDays: number;
  /** Closed events waiting to be sent to a worker, and their number of documents. */
  #closed: number[][] = [];
  #closedDocs = 0;
  /** Batches of events being built, in the order they closed. */
  readonly #building: Promise<{ event: DossierEvent; lineage: readonly DossierLineage[] }[]>[] = [];
  #batch: RawDoc[] = [];
  /**
   * The first reports, held back from the grouper until the stream holds more than a small
   * collection (`smallCollection`); undefined once released. A stream that ends within it is
   * grouped as a whole build groups it: one event when every report names one thing
   * (`sharedAnchor`), so `--format jsonl` over a folder of one event's reports gives the one
   * event `--format json` gives.
   */
  #head: { seq: number; input: GroupInput }[] | undefined = [];
  #documents = 0;
  #events = 0;
  #outOfOrder = 0;
  #peakOpen = 0;
  #latestDay = Number.NEGATIVE_INFINITY;

  constructor(options: StreamOptions) {
    this.#options = options;
    this.#order = options.order ?? 'date';
    this.#pool = new AnalysisPool({ now: options.now, threads: options.threads ?? streamThreads(), ...(options.batchSize !== undefined ? { batchSize: options.batchSize } : {}) });
    this.#grouper = new EventGrouper(options.group);
    this.#followUps = new ClosedEvents(this.#grouper.options);
    this.#windowDays = this.#grouper.windowDays;
    this.#maxInFlight = Math.max(2, this.#pool.threads * 2);
    this.#spill = new SpillFile(options.tmpdir ?? tmpdir());
  }

  /** Adds a report; resolves when it is queued (waits while the pool is saturated). */
  async push(raw: RawDoc): Promise<void> {
    this.#batch.push(raw);
    if (this.#batch.length >= this.#pool.batchSize) await this.#send();
  }

  /**
   * Whether a report with this id was pushed already (a dump that repeats an id): asked of the
   * batches not written yet, then of the temporary file, so memory does not grow with the dump.
   */
  has(id: DocId): boolean {
    return this.#batch.some((r) => r.id === id) || this.#inFlight.some((b) => b.raws.has(id)) || this.#spill.has(id);
  }

  /** Analyses what is left, closes every event, stops the workers and deletes the temporary file. */
  async end(): Promise<StreamSummary> {
    try {
      if (this.#batch.length > 0) await this.#send();
      while (this.#inFlight.length > 0) await this.#take();
      if (this.#order === 'date') for (const { seq, input } of this.#spill.byDate()) await this.#group(seq, input);
      await this.#endHead();
      for (const ids of this.#grouper.flush()) await this.#emit(ids);
      await this.#buildClosed();
      while (this.#building.length > 0) await this.#deliver();
    } finally {
      this.#spill.close();
      await this.#pool.close();
    }
    return { documents: this.#documents, events: this.#events, outOfOrder: this.#outOfOrder, peakOpenDocs: this.#peakOpen };
  }

  async #send(): Promise<void> {
    const batch = this.#batch;
    this.#batch = [];
    // the input as read: a web page or PDF's own text, which the analysis's offsets point into
    this.#inFlight.push({ raws: new Map(batch.map((r) => [r.id, r.page?.raw ?? r.text])), result: this.#pool.analyzeForStream(batch) });
    while (this.#inFlight.length >= this.#maxInFlight) await this.#take();
  }

  /** Writes the oldest batch to the file (input order); in arrival order, groups it too. */
  async #take(): Promise<void> {
    const next = this.#inFlight.shift();
    if (!next) return;
    const { items, diagnostics } = await next.result;
    if (diagnostics.length > 0) this.#options.onDiagnostics?.(diagnostics);
    const seqs = this.#spill.put(items, next.raws);
    this.#documents += items.length;
    if (this.#order === 'arrival') {
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (item) await this.#group(seqs[i] ?? -1, { ...item, text: '' });
      }
    }
    this.#options.onProgress?.(this.#documents);
  }

  /** Hands one report to the grouper (`#groupNow`), or holds it back while the stream is still a small collection (`#head`). */
  async #group(seq: number, given: GroupInput): Promise<void> {
    if (this.#head === undefined) return this.#groupNow(seq, given);
    this.#head.push({ seq, input: given });
    if (this.#head.length > this.#grouper.options.smallCollection) await this.#releaseHead();
  }

  /** Hands the held-back reports to the grouper, in order; from then on reports go straight to it. */
  async #releaseHead(): Promise<void> {
    const head = this.#head ?? [];
    this.#head = undefined;
    for (const { seq, input } of head) await this.#groupNow(seq, input);
  }

  /** At the end of a stream that stayed a small collection: one event if its reports share a name, else grouped as usual. */
  async #endHead(): Promise<void> {
    const head = this.#head;
    if (head === undefined) return;
    if (!isOneSmallCollection(head.map((h) => h.input), this.#grouper.options)) return this.#releaseHead();
    this.#head = undefined;
    for (const { seq, input } of head) this.#keep(seq, input);
    await this.#emit(head.map((h) => h.input.id));
  }

  /** Keeps what `FollowUpIndex` reads of an open report, and nothing more (an arrival-order input carries its analysis's JSON). */
  #keep(seq: number, input: GroupInput): void {
    const kept: GroupInput = {
      id: input.id,
      text: '',
      ...(input.names !== undefined ? { names: input.names } : {}),
      ...(input.published !== undefined ? { published: input.published } : {}),
      ...(input.eventDate !== undefined ? { eventDate: input.eventDate } : {}),
      ...(input.recalled !== undefined ? { recalled: input.recalled } : {}),
    };
    this.#open.set(input.id, { seq, input: kept });
    if (this.#open.size > this.#peakOpen) this.#peakOpen = this.#open.size;
  }

  /**
   * Hands one report to the grouper and queues the events that closed. In arrival order the
   * stream's clock is the publication date (a crawl's order), so follow-ups keep their event open.
   */
  async #groupNow(seq: number, given: GroupInput): Promise<void> {
    const input: GroupInput = this.#order === 'arrival' && given.published !== undefined ? { ...given, at: given.published } : given;
    const day = dayNumber(input.at ?? input.eventDate ?? input.published);
    if (Number.isFinite(day)) {
      if (day < this.#latestDay - this.#windowDays) this.#outOfOrder++;
      if (day > this.#latestDay) this.#latestDay = day;
    }
    this.#keep(seq, input);
    this.#grouper.add(input);
    for (const ids of this.#grouper.closeReady()) await this.#emit(ids);
  }

  /** Queues a closed event to be built on a worker; its documents leave the open set. */
  async #emit(ids: readonly DocId[]): Promise<void> {
    const open = ids.flatMap((id) => {
      const doc = this.#open.get(id);
      this.#open.delete(id);
      return doc === undefined ? [] : [doc];
    });
    if (open.length === 0) return;
    const seqs = open.map((d) => d.seq);
    // Events are numbered in the order they close, as `#deliver` names them.
    this.#followUps.close(
      open.map((d) => d.input),
      (t) => this.#grouper.weightOf(t),
    );
    this.#closed.push(seqs);
    this.#closedDocs += seqs.length;
    if (this.#closedDocs >= this.#pool.batchSize) await this.#buildClosed();
  }

  /** Sends the queued closed events to a worker, with their stored analyses; waits while too many builds are in flight. */
  async #buildClosed(): Promise<void> {
    if (this.#closed.length === 0) return;
    const events = this.#closed.map((seqs) => seqs.map((seq) => this.#spill.analysis(seq)));
    this.#closed = [];
    this.#closedDocs = 0;
    this.#building.push(this.#pool.buildSpilledEvents(events));
    while (this.#building.length >= this.#maxInFlight) await this.#deliver();
  }

  /** Hands the oldest built events to `onEvent`, numbered in the order they closed. */
  async #deliver(): Promise<void> {
    const next = this.#building.shift();
    if (!next) return;
    for (const { event, lineage } of await next) {
      this.#events++;
      const { number, follows } = this.#followUps.deliver();
      await this.#options.onEvent({ event: { ...event, id: `e${number}`, ...(follows !== undefined ? { follows: `e${follows}` } : {}) }, lineage });
    }
  }
}
