/**
 * The app's store: one SQLite file holding the reports as added, the dossier built from them
 * (documents, events, lineage, diagnostics) and FTS5 indexes over event titles, figures and
 * document text. Every write is one transaction, so a reader never sees half a dossier.
 * The schema and its version live in `schema.ts`.
 */
import { InputError, PipelineError } from '../errors.js';
import type { RawDoc } from '../model/document.js';
import type { Dossier, DossierDiagnostic, DossierDocument, DossierEntity, DossierEvent, DossierFigure, DossierLineage } from '../model/dossier.js';
import type { DocId } from '../model/span.js';
import { migrate } from './schema.js';
import type { DocAnalysis } from '../pipeline/analyze.js';
import { fromStored, toStored, type StoredAnalysis } from '../pipeline/portable.js';
import type { SpilledAnalysis } from '../pipeline/worker.js';
// Note: the grouper's own day reading, so the store reads reports in the order `streamOrder` gives a whole build.
import { dayNumber, type GroupInput, type RecalledPeriod } from '../stages/group/index.js';
import type { Toll } from '../stages/group/toll.js';
import type { DocumentMeta, EventHit, EventSummary, Page } from './types.js';

export type { DocumentMeta, EventHit, EventSummary, FigureSummary, Page, SearchMatch } from './types.js';
import { openDatabase, type Database, type SqlValue, type Statement } from './sqlite.js';

/** Most places an {@link EventSummary} lists. */
export const SUMMARY_PLACES = 5;
/** Most figures an {@link EventSummary} lists. */
export const SUMMARY_FIGURES = 4;

/** Sort key of a report with no readable date: after every date, as `streamOrder` puts it last. */
const UNDATED_DAY = 1e9;
/** Rows read at a time by the bounded rebuild's passes (features, documents, staged events). */
const PAGE = 1_000;

/** A stored event row, as both saves compare it with the event they write. */
interface StoredEventRow {
  readonly seq: number;
  readonly position: number;
  readonly json: string;
  readonly lineage: string | null;
}

/** Writes a document row, or leaves it when nothing of it changed. */
const UPSERT_DOCUMENT = `INSERT INTO documents (id, position, title, published, url, json, text) VALUES (?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (id) DO UPDATE SET position = excluded.position, title = excluded.title, published = excluded.published,
    url = excluded.url, json = excluded.json, text = excluded.text
  WHERE position IS NOT excluded.position OR json IS NOT excluded.json OR text IS NOT excluded.text`;

/**
 * The pages of a keyset-paged query, in order: `read(after)` gives at most `PAGE` rows whose key
 * is past `after`; `key` reads a row's key. Only one page is in memory at a time.
 */
function* pages<T>(read: (after: number) => readonly T[], key: (row: T) => number): Generator<readonly T[]> {
  for (let after = -1; ; ) {
    const rows = read(after);
    if (rows.length > 0) yield rows;
    const last = rows[rows.length - 1];
    if (last === undefined || rows.length < PAGE) return;
    after = key(last);
  }
}

/** Most document hits a search ranks before grouping them by event. */
const DOCUMENT_HITS = 1000;
/** Characters that mark hits in snippets (never markup). */
const HIT_START = '\u0001';
const HIT_END = '\u0002';
/** A word of a search query: letters and digits in any script. */
const QUERY_WORD = /[\p{L}\p{N}]+/gu;
const MAX_QUERY_WORDS = 16;

const KIND_ORDER: readonly DossierFigure['kind'][] = ['killed', 'injured', 'detained', 'missing', 'displaced', 'participants', 'troops'];
const SCOPE_ORDER: readonly DossierFigure['scope']['key'][] = ['main', 'unscoped', 'total', 'other', 'recurring'];

/**
 * Turns what a person typed into a safe FTS5 query: every word quoted (so no FTS5 syntax can be
 * injected), all required, the last one as a prefix. `undefined` when there is no word.
 *
 * @example
 * toMatchQuery('Baku "massacre'); // '"Baku" "massacre"*'
 * toMatchQuery('  -- '); // undefined
 */
export function toMatchQuery(query: string): string | undefined {
  const words = (query.match(QUERY_WORD) ?? []).slice(0, MAX_QUERY_WORDS);
  if (words.length === 0) return undefined;
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}

/**
 * The list view of an event: title, date, first places, number of documents and its headline
 * figures (killed first, the event's own scope before totals).
 *
 * @example
 * summarizeEvent(dossier.events[0]).figures[0].kind === 'killed';
 */
export function summarizeEvent(event: DossierEvent): EventSummary {
  const rank = (f: DossierFigure): number => {
    const kind = KIND_ORDER.indexOf(f.kind);
    const scope = SCOPE_ORDER.indexOf(f.scope.key);
    return (kind < 0 ? KIND_ORDER.length : kind) * 10 + (scope < 0 ? SCOPE_ORDER.length : scope);
  };
  const figures = [...event.figures]
    .sort((a, b) => rank(a) - rank(b))
    .slice(0, SUMMARY_FIGURES)
    .map((f) => ({ kind: f.kind, label: f.scope.label, low: f.low, best: f.best, high: f.high, agreement: f.agreement }));
  return {
    id: event.id,
    title: event.title,
    date: event.date,
    places: event.places.slice(0, SUMMARY_PLACES),
    documents: event.documents.length,
    figures,
  };
}

/** The text of an event the search index holds: title, places and each figure's label, values and explanation. */
function eventSearchBody(event: DossierEvent): string {
  const lines = [event.places.join(', ')];
  for (const f of event.figures) lines.push(`${f.kind} ${f.scope.label} ${f.best} ${f.explanation}`);
  for (const t of event.timeline) lines.push(t.summary);
  return lines.join('\n');
}

interface DocumentRow {
  readonly json: string;
  readonly text: string;
}

interface InputRow {
  readonly id: string;
  readonly path: string;
  readonly line: number | null;
  readonly title: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly text: string;
}

interface EventRow {
  readonly id: string;
  readonly summary: string;
  readonly json: string;
}

/**
 * The day grouping sorts a report by: the event day its text states, else its publication day
 * (as `streamOrder` reads them); {@link UNDATED_DAY} when neither is readable.
 */
function sortDay(eventDate: string | null | undefined, published: string | null | undefined): number {
  const stated = dayNumber(eventDate ?? undefined);
  const day = Number.isFinite(stated) ? stated : dayNumber(published ?? undefined);
  return Number.isFinite(day) ? day : UNDATED_DAY;
}

/** The `features.recalled` value of a report's recalled periods: NULL for none. */
function recalledJson(recalled: readonly RecalledPeriod[] | undefined): string | null {
  return recalled === undefined || recalled.length === 0 ? null : JSON.stringify(recalled);
}

/** The precision of an ISO date from its length, as `assembleDossier` reads a document's `published`. */
function precisionOfIso(iso: string): 'year' | 'month' | 'day' {
  return iso.length <= 4 ? 'year' : iso.length <= 7 ? 'month' : 'day';
}

/** What the bounded rebuild reads of a stored analysis to write its document row. */
interface AnalysisDocumentRow {
  readonly seq: number;
  readonly id: string;
  readonly path: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly basis: DossierDocument['publishedBasis'];
  readonly precision: DossierDocument['publishedPrecision'] | null;
  readonly language: string;
  readonly url: string | null;
  readonly text: string;
}

/**
 * A stored analysis's document as the dossier has it, without its text. Note: the same fields, in
 * the same order, as `assembleDossier` gives a document, so a store rebuilt by either path keeps
 * the other's document rows as they are.
 */
function documentJson(row: AnalysisDocumentRow): string {
  const doc: Omit<DossierDocument, 'text'> = {
    id: row.id,
    path: row.path,
    title: row.title,
    published: row.published,
    publishedBasis: row.basis,
    ...(row.published !== null ? { publishedPrecision: row.precision ?? precisionOfIso(row.published) } : {}),
    language: row.language,
    url: row.url,
  };
  return JSON.stringify(doc);
}

/** The lineage links of a dossier among each event's documents (both ends in the event), by event id. */
function lineageByEvent(dossier: Dossier): Map<string, DossierLineage[]> {
  const eventOf = new Map<DocId, string>();
  for (const e of dossier.events) for (const d of e.documents) eventOf.set(d, e.id);
  const byEvent = new Map<string, DossierLineage[]>();
  for (const link of dossier.lineage) {
    const event = eventOf.get(link.docs[0] ?? '');
    if (event === undefined || !link.docs.every((d) => eventOf.get(d) === event)) continue;
    const list = byEvent.get(event);
    if (list) list.push(link);
    else byEvent.set(event, [link]);
  }
  return byEvent;
}

/** An event as `--format jsonl` writes it: the contract's event with one more field, `lineage`. */
function eventLine(json: string, lineage: string | null): string {
  // Note: as JSON.stringify({ ...event, lineage }) writes it, without parsing the event.
  return `${json.slice(0, -1)},"lineage":${lineage ?? '[]'}}`;
}

function toDocument(row: DocumentRow): DossierDocument {
  return { ...(JSON.parse(row.json) as Omit<DossierDocument, 'text'>), text: row.text };
}

/** A document without its text, as the `json` column holds it. */
function withoutText(doc: DossierDocument): Omit<DossierDocument, 'text'> {
  const { text: _text, ...rest } = doc;
  return rest;
}

function toRawDoc(row: InputRow): RawDoc {
  return {
    id: row.id,
    path: row.path,
    text: row.text,
    ...(row.line !== null ? { line: row.line } : {}),
    ...(row.title !== null ? { title: row.title } : {}),
    ...(row.published !== null ? { published: row.published } : {}),
    ...(row.url !== null ? { url: row.url } : {}),
  };
}

/** What `saveDossier` did to the stored events. */
export interface SaveResult {
  /** Events inserted or rewritten. */
  readonly written: number;
  /** Events stored already, with the same id and content. */
  readonly kept: number;
  /** Events no longer in the dossier. */
  readonly deleted: number;
}

/**
 * A store file (or an in-memory store). Open one with {@link openStore}.
 */
export class Store {
  readonly #db: Database;
  readonly #statements = new Map<string, Statement>();

  /** Use {@link openStore}. */
  constructor(db: Database) {
    this.#db = db;
  }

  /** The file the store lives in (`:memory:` for an in-memory store). */
  get path(): string {
    return this.#db.name;
  }

  #statement<Row>(sql: string): Statement<Row> {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.#db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement as Statement<Row>;
  }

  /**
   * Adds reports as inputs, in one transaction. A report whose id is already stored is not added
   * (it comes back in `duplicates`).
   *
   * @example
   * store.addInputs([{ id: 'a', path: 'a.txt', text: 'Two died.' }], new Date().toISOString()).added.length === 1;
   */
  addInputs(raws: readonly RawDoc[], addedAt: string): { readonly added: readonly RawDoc[]; readonly duplicates: readonly RawDoc[] } {
    const insert = this.#statement(
      'INSERT INTO inputs (id, path, line, title, published, url, text, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
    );
    const added: RawDoc[] = [];
    const duplicates: RawDoc[] = [];
    this.#db.transaction(() => {
      for (const raw of raws) {
        const { changes } = insert.run(raw.id, raw.path, raw.line ?? null, raw.title ?? null, raw.published ?? null, raw.url ?? null, raw.text, addedAt);
        (changes > 0 ? added : duplicates).push(raw);
      }
    })();
    return { added, duplicates };
  }

  /**
   * Adds reports with their analyses, in one transaction: either both are stored or neither. A
   * report whose id is already stored is skipped (it comes back in `duplicates`).
   *
   * @example
   * store.addAnalyzed([raw], [analyzeDocument(raw, ctx)], new Date().toISOString()).added.length === 1;
   */
  addAnalyzed(raws: readonly RawDoc[], analyses: readonly DocAnalysis[], addedAt: string): { readonly added: readonly RawDoc[]; readonly duplicates: readonly RawDoc[] } {
    const byId = new Map(analyses.map((a) => [a.doc.id, a]));
    return this.#db.transaction(() => {
      const result = this.addInputs(raws, addedAt);
      for (const raw of result.added) {
        const a = byId.get(raw.id);
        if (a) this.putAnalysis(a);
      }
      return result;
    })();
  }

  /**
   * Adds reports with their analyses as a worker gives them for a stream (`SpilledAnalysis`: the
   * stored JSON, made on the worker, and the grouping features), in one transaction, as
   * `addAnalyzed` does; the main thread never parses the analyses.
   */
  addSpilled(raws: readonly RawDoc[], items: readonly SpilledAnalysis[], addedAt: string): { readonly added: readonly RawDoc[]; readonly duplicates: readonly RawDoc[] } {
    const byId = new Map(items.map((item) => [item.id, item]));
    return this.#db.transaction(() => {
      const result = this.addInputs(raws, addedAt);
      for (const raw of result.added) {
        const item = byId.get(raw.id);
        if (item) this.#putStored(item);
      }
      return result;
    })();
  }

  /** Stores the analysis of an input already stored (one whose analysis is missing or stale), with its grouping features. */
  putAnalysis(analysis: DocAnalysis): void {
    const { id, published } = analysis.doc;
    const { eventDate, names, recalled, toll } = analysis.grouping;
    this.#putStored({
      id,
      names,
      json: JSON.stringify(toStored(analysis)),
      ...(published !== undefined ? { published } : {}),
      ...(eventDate !== undefined ? { eventDate } : {}),
      ...(recalled !== undefined && recalled.length > 0 ? { recalled } : {}),
      ...(toll !== undefined ? { toll } : {}),
    });
  }

  #putStored(item: SpilledAnalysis): void {
    this.#db.transaction(() => {
      this.#statement('INSERT INTO analyses (id, json) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET json = excluded.json').run(item.id, item.json);
      this.#statement(
        'INSERT OR REPLACE INTO features (seq, id, day, published, event_date, names, recalled, toll) SELECT seq, id, ?, ?, ?, ?, ?, ? FROM inputs WHERE id = ?',
      ).run(sortDay(item.eventDate, item.published), item.published ?? null, item.eventDate ?? null, JSON.stringify(item.names), recalledJson(item.recalled), item.toll ? JSON.stringify(item.toll) : null, item.id);
    })();
  }

  /**
   * Inputs that have no stored analysis (added before analyses were stored, or by `addInputs`),
   * in the order they were added; at most `limit` of them.
   */
  unanalyzedInputs(limit = -1): RawDoc[] {
    return this.#statement<InputRow>('SELECT id, path, line, title, published, url, text FROM inputs WHERE id NOT IN (SELECT id FROM analyses) ORDER BY seq LIMIT ?')
      .all(limit)
      .map(toRawDoc);
  }

  /** The stored analyses, in the order their inputs were added. `skip` lists ids the caller already holds. */
  analyses(skip: ReadonlySet<DocId> = new Set()): DocAnalysis[] {
    const rows = this.#statement<{ id: string; json: string; text: string }>('SELECT a.id, a.json, i.text FROM analyses a JOIN inputs i ON i.id = a.id ORDER BY i.seq').all();
    return rows.filter((r) => !skip.has(r.id)).map((r) => fromStored(JSON.parse(r.json) as StoredAnalysis, r.text));
  }

  /** Ids of the inputs, in the order they were added. */
  inputIds(): DocId[] {
    return this.#statement<{ id: string }>('SELECT id FROM inputs ORDER BY seq').all().map((r) => r.id);
  }

  /** Every input, in the order it was added. */
  inputs(): RawDoc[] {
    return this.#statement<InputRow>('SELECT id, path, line, title, published, url, text FROM inputs ORDER BY seq').all().map(toRawDoc);
  }

  /** Number of inputs. */
  inputCount(): number {
    return this.#statement<{ n: number }>('SELECT count(*) AS n FROM inputs').get()?.n ?? 0;
  }

  /** True when an input with this id is stored. */
  hasInput(id: DocId): boolean {
    return this.#statement('SELECT 1 FROM inputs WHERE id = ?').get(id) !== undefined;
  }

  /** The text of the input stored with this id; undefined when there is none. */
  inputText(id: DocId): string | undefined {
    return this.#statement<{ text: string }>('SELECT text FROM inputs WHERE id = ?').get(id)?.text;
  }

  /**
   * What writes event rows, for both saves: `remove` deletes an event with its search entry and
   * document links; `put` saves an event at a position, keeping the stored row when its content and
   * lineage are the same (only its position moves) and replacing it otherwise. `event` is read only
   * when the row is written.
   */
  #eventWriter(): {
    remove(row: { readonly seq: number; readonly id: string }): void;
    put(old: StoredEventRow | undefined, id: string, position: number, json: string, lineage: string, event: () => DossierEvent): 'kept' | 'written';
  } {
    const insertEvent = this.#statement('INSERT INTO events (id, position, title, date_start, summary, json, lineage) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const movePosition = this.#statement('UPDATE events SET position = ? WHERE seq = ?');
    const deleteEvent = this.#statement('DELETE FROM events WHERE seq = ?');
    const deleteEventSearch = this.#statement('DELETE FROM events_fts WHERE rowid = ?');
    const deleteEventDocuments = this.#statement('DELETE FROM event_documents WHERE event_id = ?');
    const insertEventSearch = this.#statement('INSERT INTO events_fts (rowid, title, body) VALUES (?, ?, ?)');
    const insertEventDocument = this.#statement('INSERT OR IGNORE INTO event_documents (event_id, doc_id) VALUES (?, ?)');
    const remove = (row: { readonly seq: number; readonly id: string }): void => {
      deleteEventSearch.run(row.seq);
      deleteEventDocuments.run(row.id);
      deleteEvent.run(row.seq);
    };
    const put = (old: StoredEventRow | undefined, id: string, position: number, json: string, lineage: string, event: () => DossierEvent): 'kept' | 'written' => {
      if (old && old.json === json && old.lineage === lineage) {
        if (old.position !== position) movePosition.run(position, old.seq);
        return 'kept';
      }
      if (old) remove({ seq: old.seq, id });
      const e = event();
      const { lastInsertRowid } = insertEvent.run(id, position, e.title, e.date?.start ?? null, JSON.stringify(summarizeEvent(e)), json, lineage);
      insertEventSearch.run(lastInsertRowid, e.title, eventSearchBody(e));
      for (const doc of e.documents) insertEventDocument.run(id, doc);
      return 'written';
    };
    return { remove, put };
  }

  /**
   * Replaces the stored dossier with `dossier`, in one transaction. Documents whose title and text
   * did not change keep their search index entries; an event stored under the same id with the
   * same content is left as it is (only its position is updated), so adding reports rewrites only
   * the events they change. Returns how many events were written, kept and deleted.
   *
   * @example
   * store.saveDossier(buildDossier(store.inputs(), ctx), new Date().toISOString());
   */
  saveDossier(dossier: Dossier, builtAt: string): SaveResult {
    const upsertDocument = this.#statement(UPSERT_DOCUMENT);
    const deleteOtherDocuments = this.#statement('DELETE FROM documents WHERE id NOT IN (SELECT value FROM json_each(?))');
    const storedEvents = this.#statement<{ seq: number; id: string; position: number; json: string; lineage: string | null }>('SELECT seq, id, position, json, lineage FROM events');
    const { remove, put } = this.#eventWriter();
    const putValue = this.#statement('INSERT INTO dossier (key, json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET json = excluded.json');
    return this.#db.transaction(() => {
      dossier.documents.forEach((d, position) => {
        upsertDocument.run(d.id, position, d.title, d.published, d.url ?? null, JSON.stringify(withoutText(d)), d.text);
      });
      deleteOtherDocuments.run(JSON.stringify(dossier.documents.map((d) => d.id)));
      const stored = new Map(storedEvents.all().map((row) => [row.id, row]));
      const result = { written: 0, kept: 0, deleted: 0 };
      const wanted = new Set(dossier.events.map((e) => e.id));
      for (const row of stored.values()) {
        if (wanted.has(row.id)) continue;
        remove(row);
        result.deleted++;
      }
      const done = new Set<string>();
      const lineage = lineageByEvent(dossier);
      dossier.events.forEach((event, position) => {
        // Rolls back the whole save, documents included (the store keeps its last good dossier).
        if (done.has(event.id)) throw new Error(`the dossier has event id \`${event.id}\` twice: event ids must be UNIQUE`);
        done.add(event.id);
        const json = JSON.stringify(event);
        const links = JSON.stringify(lineage.get(event.id) ?? []);
        result[put(stored.get(event.id), event.id, position, json, links, () => event)]++;
      });
      putValue.run('lineage', JSON.stringify(dossier.lineage));
      putValue.run('entities', JSON.stringify(dossier.entities));
      putValue.run('diagnostics', JSON.stringify(dossier.diagnostics ?? []));
      putValue.run('builtAt', JSON.stringify(builtAt));
      return result;
    })();
  }

  /**
   * Fills in the grouping features of analyses stored without them (by a version before 3), a page
   * at a time, reading only those fields of each analysis. Returns how many it filled.
   */
  fillFeatures(): number {
    const missing = this.#statement<{ seq: number; id: string; published: string | null; event_date: string | null; names: string | null; recalled: string | null; toll: string | null }>(
      `SELECT i.seq, i.id, json_extract(a.json, '$.doc.published') AS published, json_extract(a.json, '$.grouping.eventDate') AS event_date,
         json_extract(a.json, '$.grouping.names') AS names, json_extract(a.json, '$.grouping.recalled') AS recalled, json_extract(a.json, '$.grouping.toll') AS toll
       FROM inputs i JOIN analyses a ON a.id = i.id
       WHERE i.seq > ? AND NOT EXISTS (SELECT 1 FROM features f WHERE f.seq = i.seq) ORDER BY i.seq LIMIT ?`,
    );
    const insert = this.#statement('INSERT OR REPLACE INTO features (seq, id, day, published, event_date, names, recalled, toll) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    let filled = 0;
    for (const rows of pages((after) => missing.all(after, PAGE), (row) => row.seq)) {
      this.#db.transaction(() => {
        for (const r of rows) insert.run(r.seq, r.id, sortDay(r.event_date, r.published), r.published, r.event_date, r.names ?? '[]', r.recalled === '[]' ? null : r.recalled, r.toll);
      })();
      filled += rows.length;
    }
    return filled;
  }

  /**
   * What grouping reads of every analysed input, in the order it takes them: by day (the stated
   * event day, else the publication day; undated last), then in the order added. Read a page at a
   * time from the `features_by_day` index: only the page is in memory.
   */
  *featuresByDate(): Generator<{ readonly seq: number; readonly input: GroupInput }> {
    const page = this.#statement<{ seq: number; id: string; day: number; published: string | null; event_date: string | null; names: string; recalled: string | null; toll: string | null }>(
      'SELECT seq, id, day, published, event_date, names, recalled, toll FROM features WHERE (day, seq) > (?, ?) ORDER BY day, seq LIMIT ?',
    );
    for (let day = Number.MIN_SAFE_INTEGER, seq = -1; ; ) {
      const rows = page.all(day, seq, PAGE);
      for (const r of rows) {
        const input: GroupInput = {
          id: r.id,
          text: '',
          names: JSON.parse(r.names) as string[],
          ...(r.published !== null ? { published: r.published } : {}),
          ...(r.event_date !== null ? { eventDate: r.event_date } : {}),
          ...(r.recalled !== null ? { recalled: JSON.parse(r.recalled) as RecalledPeriod[] } : {}),
          ...(r.toll !== null ? { toll: JSON.parse(r.toll) as Toll } : {}),
        };
        yield { seq: r.seq, input };
      }
      const last = rows[rows.length - 1];
      if (!last || rows.length < PAGE) return;
      day = last.day;
      seq = last.seq;
    }
  }

  /** The stored analysis (`StoredAnalysis` JSON, unparsed) and raw input of the input numbered `seq`: what `fromStored` reads. */
  storedAnalysis(seq: number): { readonly json: string; readonly raw: string } {
    const row = this.#statement<{ json: string; raw: string }>('SELECT a.json, i.text AS raw FROM inputs i JOIN analyses a ON a.id = i.id WHERE i.seq = ?').get(seq);
    if (!row) throw new Error(`internal: input ${seq} has no stored analysis`);
    return row;
  }

  /**
   * Starts staging a rebuilt dossier's events (`stageEvent`, then `saveStaged`), for a rebuild
   * that does not hold them all in memory. Staged events live in temporary tables of this
   * connection (on disk, not in the store file): a build that stops before `saveStaged` leaves the
   * store as it was.
   */
  beginStaging(): void {
    this.#db.exec(`
      CREATE TEMP TABLE IF NOT EXISTS staged_events (
        tmp INTEGER PRIMARY KEY, size INTEGER NOT NULL, date_start TEXT NOT NULL, first_doc TEXT NOT NULL, least_doc TEXT NOT NULL,
        docs TEXT NOT NULL, json TEXT NOT NULL, lineage TEXT NOT NULL, position INTEGER, id TEXT, number INTEGER, follows INTEGER
      );
      CREATE INDEX IF NOT EXISTS temp.staged_events_by_position ON staged_events (position);
      CREATE INDEX IF NOT EXISTS temp.staged_events_by_number ON staged_events (number);
      CREATE INDEX IF NOT EXISTS temp.staged_events_by_id ON staged_events (id);
      CREATE TEMP TABLE IF NOT EXISTS staged_taken (id TEXT PRIMARY KEY) WITHOUT ROWID;
      DELETE FROM staged_events;
      DELETE FROM staged_taken;
    `);
  }

  /**
   * Stages one rebuilt event (its id is given by `saveStaged`) with the lineage links among its
   * documents; `order` numbers it (the order the rebuild closed it) and names the number of the
   * staged event it follows up, which `saveStaged` writes as `follows` with that event's id.
   */
  stageEvent(event: DossierEvent, lineage: readonly DossierLineage[], order?: { readonly number: number; readonly follows?: number }): void {
    const least = event.documents.reduce((a, b) => (b < a ? b : a), event.documents[0] ?? '');
    this.#statement('INSERT INTO staged_events (size, date_start, first_doc, least_doc, docs, json, lineage, number, follows) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      event.documents.length,
      event.date?.start ?? '9999',
      event.documents[0] ?? '',
      least,
      JSON.stringify(event.documents),
      JSON.stringify({ ...event, id: '' }),
      JSON.stringify(lineage),
      order?.number ?? null,
      order?.follows ?? null,
    );
  }

  /**
   * Saves the staged events as the store's dossier, in one transaction, as `saveDossier` saves a
   * whole one, without holding it in memory (every pass reads a page at a time):
   * 1. the events are ordered as `assembleDossier` orders them (by number of documents, then date,
   *    then first document; Note: ids compared by code unit here, by locale there);
   * 2. each takes the id of the stored event it shares most documents with, largest first, and the
   *    rest new ids after the highest stored one, as `stableIds` gives them;
   * 3. every analysed input's document row is written (only those that changed), others deleted;
   * 4. events stored with the same id and content are kept, the others written (with `follows`,
   *    the id of the staged event each follows up, when `stageEvent` named one), and stored events
   *    no longer produced deleted.
   * The dossier keeps `entities` and `diagnostics` as given, and lineage per event only (no
   * dossier-wide `lineage` value: `loadDossier` and `lineageAmong` read it from the events).
   */
  saveStaged(builtAt: string, rest: Pick<Dossier, 'entities' | 'diagnostics'>): SaveResult {
    const order = this.#statement(
      `UPDATE staged_events SET position = r.n FROM (
         SELECT tmp, row_number() OVER (ORDER BY size DESC, date_start, first_doc, least_doc, tmp) - 1 AS n FROM staged_events
       ) AS r WHERE staged_events.tmp = r.tmp`,
    );
    const highest = this.#statement<{ n: number | null }>(
      "SELECT max(CAST(substr(id, 2) AS INTEGER)) AS n FROM events WHERE id GLOB 'e[0-9]*' AND substr(id, 2) NOT GLOB '*[^0-9]*'",
    );
    const byPosition = this.#statement<{ tmp: number; position: number; id: string | null; docs: string; json: string; lineage: string; follows: number | null }>(
      'SELECT tmp, position, id, docs, json, lineage, follows FROM staged_events WHERE position > ? ORDER BY position LIMIT ?',
    );
    const idOfNumber = this.#statement<{ id: string | null }>('SELECT id FROM staged_events WHERE number = ?');
    const continued = this.#statement<{ id: string }>(
      `SELECT ed.event_id AS id, count(*) AS n FROM json_each(?) AS d JOIN event_documents ed ON ed.doc_id = d.value
       WHERE ed.event_id NOT IN (SELECT id FROM staged_taken) GROUP BY ed.event_id ORDER BY n DESC, ed.event_id LIMIT 1`,
    );
    const take = this.#statement('INSERT INTO staged_taken (id) VALUES (?)');
    const setId = this.#statement('UPDATE staged_events SET id = ? WHERE tmp = ?');
    const analysedDocuments = this.#statement<AnalysisDocumentRow>(
      `SELECT i.seq, i.id, json_extract(a.json, '$.doc.path') AS path, json_extract(a.json, '$.doc.title') AS title,
         json_extract(a.json, '$.doc.published') AS published, json_extract(a.json, '$.doc.publishedBasis') AS basis,
         json_extract(a.json, '$.inferredPublished.precision') AS precision, json_extract(a.json, '$.doc.language') AS language,
         json_extract(a.json, '$.doc.url') AS url, json_extract(a.json, '$.doc.text') AS text
       FROM inputs i JOIN analyses a ON a.id = i.id WHERE i.seq > ? ORDER BY i.seq LIMIT ?`,
    );
    const upsertDocument = this.#statement(UPSERT_DOCUMENT);
    const deleteOtherDocuments = this.#statement('DELETE FROM documents WHERE id NOT IN (SELECT id FROM analyses)');
    const unwanted = this.#statement<{ seq: number; id: string }>('SELECT seq, id FROM events WHERE seq > ? AND id NOT IN (SELECT id FROM staged_events) ORDER BY seq LIMIT ?');
    const storedEvent = this.#statement<{ seq: number; position: number; json: string; lineage: string | null }>('SELECT seq, position, json, lineage FROM events WHERE id = ?');
    const { remove, put } = this.#eventWriter();
    const putValue = this.#statement('INSERT INTO dossier (key, json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET json = excluded.json');
    const deleteValue = this.#statement('DELETE FROM dossier WHERE key = ?');
    /** Each staged event by position, a page at a time. */
    const eachStaged = (visit: (row: { tmp: number; position: number; id: string | null; docs: string; json: string; lineage: string; follows: number | null }) => void): void => {
      for (const rows of pages((after) => byPosition.all(after, PAGE), (row) => row.position)) for (const row of rows) visit(row);
    };
    return this.#db.transaction(() => {
      order.run();
      // Ids, before anything is written: every event is matched against the stored dossier.
      let next = highest.get()?.n ?? 0;
      eachStaged((row) => {
        const old = continued.get(row.docs)?.id;
        if (old !== undefined) take.run(old);
        setId.run(old ?? `e${++next}`, row.tmp);
      });
      let position = 0;
      for (const rows of pages((after) => analysedDocuments.all(after, PAGE), (row) => row.seq)) {
        for (const row of rows) upsertDocument.run(row.id, position++, row.title, row.published, row.url, documentJson(row), row.text);
      }
      deleteOtherDocuments.run();
      const result = { written: 0, kept: 0, deleted: 0 };
      for (const rows of pages((after) => unwanted.all(after, PAGE), (row) => row.seq)) {
        for (const row of rows) remove(row);
        result.deleted += rows.length;
      }
      eachStaged((row) => {
        const id = row.id ?? '';
        // Note: the staged JSON starts with `{"id":""`; the id goes in without parsing the event, and
        // `follows` last, as a stream's event line has it.
        const follows = row.follows === null ? undefined : idOfNumber.get(row.follows)?.id ?? undefined;
        const body = row.json.slice('{"id":""'.length);
        const json = `{"id":${JSON.stringify(id)}${follows === undefined ? body : `${body.slice(0, -1)},"follows":${JSON.stringify(follows)}}`}`;
        result[put(storedEvent.get(id), id, row.position, json, row.lineage, () => JSON.parse(json) as DossierEvent)]++;
      });
      deleteValue.run('lineage');
      putValue.run('entities', JSON.stringify(rest.entities));
      putValue.run('diagnostics', JSON.stringify(rest.diagnostics ?? []));
      putValue.run('builtAt', JSON.stringify(builtAt));
      return result;
    })();
  }

  /**
   * Every stored event as `build --format jsonl` writes it (the contract's event and `lineage`, the
   * links among its documents), one line each, in dossier order, read a page at a time.
   */
  *eventLines(): Generator<string> {
    const page = this.#statement<{ position: number; json: string; lineage: string | null }>('SELECT position, json, lineage FROM events WHERE position > ? ORDER BY position LIMIT ?');
    for (const rows of pages((after) => page.all(after, PAGE), (row) => row.position)) {
      for (const row of rows) yield `${eventLine(row.json, row.lineage)}\n`;
    }
  }

  /** The stored events' documents, by event id. */
  eventDocuments(): Map<string, DocId[]> {
    const map = new Map<string, DocId[]>();
    for (const row of this.#statement<{ event_id: string; doc_id: string }>('SELECT event_id, doc_id FROM event_documents').iterate()) {
      const list = map.get(row.event_id);
      if (list) list.push(row.doc_id);
      else map.set(row.event_id, [row.doc_id]);
    }
    return map;
  }

  #value<T>(key: string): T | undefined {
    const row = this.#statement<{ json: string }>('SELECT json FROM dossier WHERE key = ?').get(key);
    return row ? (JSON.parse(row.json) as T) : undefined;
  }

  /** When the stored dossier was built (ISO 8601), or `undefined` when none has been saved. */
  builtAt(): string | undefined {
    return this.#value<string>('builtAt');
  }

  /** The stored dossier, reassembled; `undefined` when none has been saved. */
  loadDossier(): Dossier | undefined {
    if (this.builtAt() === undefined) return undefined;
    const documents = this.#statement<DocumentRow>('SELECT json, text FROM documents ORDER BY position').all().map(toDocument);
    const events = this.#statement<EventRow>('SELECT json FROM events ORDER BY position')
      .all()
      .map((row) => JSON.parse(row.json) as DossierEvent);
    return {
      version: 1,
      documents,
      events,
      entities: this.#value<DossierEntity[]>('entities') ?? [],
      // A bounded rebuild keeps lineage per event only (see `saveStaged`).
      lineage: this.#value<DossierLineage[]>('lineage') ?? this.#statement<{ lineage: string | null }>('SELECT lineage FROM events ORDER BY position').all().flatMap((r) => (r.lineage ? (JSON.parse(r.lineage) as DossierLineage[]) : [])),
      diagnostics: this.#value<DossierDiagnostic[]>('diagnostics') ?? [],
    };
  }

  /** Events in dossier order, a page at a time. */
  listEvents(options: { readonly limit: number; readonly offset: number }): Page<EventSummary> {
    const total = this.#statement<{ n: number }>('SELECT count(*) AS n FROM events').get()?.n ?? 0;
    const items = this.#statement<EventRow>('SELECT summary FROM events ORDER BY position LIMIT ? OFFSET ?')
      .all(options.limit, options.offset)
      .map((row) => JSON.parse(row.summary) as EventSummary);
    return { total, items };
  }

  /**
   * Events whose title, places, figures or documents match every word of `query` (the last word
   * as a prefix), best match first (FTS5 bm25). Each comes with the best-matching document and a
   * snippet.
   *
   * @example
   * store.searchEvents('Baku massacre', { limit: 20 }).items[0].match.snippet; // '…the \u0001massacre\u0002 in \u0001Baku\u0002…'
   */
  searchEvents(query: string, options: { readonly limit: number }): Page<EventHit> {
    const match = toMatchQuery(query);
    if (match === undefined) return { total: 0, items: [] };
    interface Best {
      score: number;
      eventSeq?: number;
      doc?: { id: DocId; seq: number; score: number };
      documents: number;
    }
    const best = new Map<string, Best>();
    const eventHits = this.#statement<{ id: string; seq: number; score: number }>(
      'SELECT e.id, e.seq, bm25(events_fts) AS score FROM events_fts JOIN events e ON e.seq = events_fts.rowid WHERE events_fts MATCH ?',
    ).all(match);
    for (const hit of eventHits) best.set(hit.id, { score: hit.score, eventSeq: hit.seq, documents: 0 });
    // Note: bm25 scores are negative, lower is better; document hits come best first.
    const documentHits = this.#statement<{ event: string; doc: string; seq: number; score: number }>(
      `SELECT ed.event_id AS event, hits.id AS doc, hits.seq, hits.score FROM (
         SELECT d.id, d.seq, bm25(documents_fts) AS score FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
         WHERE documents_fts MATCH ? ORDER BY score LIMIT ?
       ) AS hits JOIN event_documents ed ON ed.doc_id = hits.id ORDER BY hits.score`,
    ).all(match, DOCUMENT_HITS);
    for (const hit of documentHits) {
      const entry = best.get(hit.event) ?? { score: hit.score, documents: 0 };
      entry.documents++;
      entry.doc ??= { id: hit.doc, seq: hit.seq, score: hit.score };
      entry.score = Math.min(entry.score, hit.score);
      best.set(hit.event, entry);
    }
    const ranked = [...best.entries()].sort((a, b) => a[1].score - b[1].score).slice(0, options.limit);
    const summary = this.#statement<EventRow>('SELECT summary FROM events WHERE id = ?');
    const eventSnippet = this.#statement<{ snippet: string }>(
      `SELECT snippet(events_fts, -1, '${HIT_START}', '${HIT_END}', '…', 16) AS snippet FROM events_fts WHERE events_fts MATCH ? AND rowid = ?`,
    );
    const documentSnippet = this.#statement<{ snippet: string; title: string | null }>(
      `SELECT snippet(documents_fts, -1, '${HIT_START}', '${HIT_END}', '…', 16) AS snippet, documents_fts.title AS title FROM documents_fts WHERE documents_fts MATCH ? AND rowid = ?`,
    );
    const items: EventHit[] = [];
    for (const [id, hit] of ranked) {
      const row = summary.get(id);
      if (!row) continue;
      // A document passage says more than the event's own index text, so it is shown when there is one.
      const inDocument = hit.doc ? documentSnippet.get(match, hit.doc.seq) : undefined;
      const inEvent = !inDocument && hit.eventSeq !== undefined ? eventSnippet.get(match, hit.eventSeq) : undefined;
      items.push({
        ...(JSON.parse(row.summary) as EventSummary),
        match: {
          doc: hit.doc?.id ?? null,
          title: inDocument?.title ?? null,
          snippet: inDocument?.snippet ?? inEvent?.snippet ?? '',
          documents: hit.documents,
        },
      });
    }
    return { total: best.size, items };
  }

  /** One event, or `undefined`. */
  getEvent(id: string): DossierEvent | undefined {
    const row = this.#statement<EventRow>('SELECT json FROM events WHERE id = ?').get(id);
    return row ? (JSON.parse(row.json) as DossierEvent) : undefined;
  }

  /** One document with its text, or `undefined`. */
  getDocument(id: DocId): DossierDocument | undefined {
    const row = this.#statement<DocumentRow>('SELECT json, text FROM documents WHERE id = ?').get(id);
    return row ? toDocument(row) : undefined;
  }

  /** Documents without their text, newest added first (documents that were never inputs last). */
  listDocuments(options: { readonly limit: number; readonly offset: number; readonly ids?: readonly DocId[] }): Page<DocumentMeta> {
    const filter = options.ids ? 'WHERE d.id IN (SELECT value FROM json_each(?))' : '';
    const filterParams: SqlValue[] = options.ids ? [JSON.stringify(options.ids)] : [];
    const total = this.#statement<{ n: number }>(`SELECT count(*) AS n FROM documents d ${filter}`).get(...filterParams)?.n ?? 0;
    const rows = this.#statement<{ json: string; length: number; added_at: string | null; events: string | null }>(
      `SELECT d.json, length(d.text) AS length, i.added_at,
         (SELECT json_group_array(event_id) FROM event_documents WHERE doc_id = d.id) AS events
       FROM documents d LEFT JOIN inputs i ON i.id = d.id ${filter}
       ORDER BY i.seq IS NULL, i.seq DESC, d.position LIMIT ? OFFSET ?`,
    ).all(...filterParams, options.limit, options.offset);
    const items = rows.map((r): DocumentMeta => {
      const doc = JSON.parse(r.json) as Omit<DossierDocument, 'text'>;
      return {
        id: doc.id,
        path: doc.path,
        title: doc.title,
        published: doc.published,
        publishedBasis: doc.publishedBasis,
        url: doc.url ?? null,
        length: r.length,
        addedAt: r.added_at,
        events: r.events ? (JSON.parse(r.events) as string[]) : [],
      };
    });
    return { total, items };
  }

  /** The lineage links between the given documents (both ends among them). */
  lineageAmong(ids: readonly DocId[]): DossierLineage[] {
    const set = new Set(ids);
    // A bounded rebuild keeps lineage per event only: the links of the events these documents report.
    const links =
      this.#value<DossierLineage[]>('lineage') ??
      this.#statement<{ lineage: string | null }>(
        'SELECT DISTINCT e.lineage FROM event_documents ed JOIN events e ON e.id = ed.event_id WHERE ed.doc_id IN (SELECT value FROM json_each(?))',
      )
        .all(JSON.stringify(ids))
        .flatMap((r) => (r.lineage ? (JSON.parse(r.lineage) as DossierLineage[]) : []));
    return links.filter((l) => l.docs.every((d) => set.has(d)));
  }

  /** Closes the connection; the store cannot be used afterwards. */
  close(): void {
    if (this.#db.open) this.#db.close();
  }
}

/**
 * Opens a store file, creating it (and its schema) when missing and migrating an older one;
 * `':memory:'` (the default) for a store that lives as long as the process.
 *
 * @example
 * const store = openStore('corpus.db');
 * store.listEvents({ limit: 20, offset: 0 }).items;
 */
export function openStore(path = ':memory:'): Store {
  let db: ReturnType<typeof openDatabase> | undefined;
  try {
    db = openDatabase(path);
    if (path !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    migrate(db);
    return new Store(db);
  } catch (e) {
    db?.close();
    // A store of a newer version says so itself.
    if (e instanceof PipelineError) throw e;
    // "file is not a database", "unable to open database file": name the file and say what to do; the file is left as it is.
    throw new InputError(`the store ${path} cannot be opened (${e instanceof Error ? e.message : String(e)}); give a store corroborate wrote, or a new file name`, path);
  }
}
