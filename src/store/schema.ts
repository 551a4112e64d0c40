/**
 * The store's schema, in the only place it is written down, with its version.
 *
 * A store file records the version it was written with in `PRAGMA user_version`. Opening a
 * store written by an older version runs the migrations after its version, in order, inside
 * one transaction; opening one written by a newer version is refused (it may hold data this
 * code would lose). To change the schema: append a migration to {@link MIGRATIONS}; never
 * edit one that has shipped.
 */
import { ConfigError } from '../errors.js';
import type { Database } from './sqlite.js';

/**
 * Migration `i` brings a store from version `i` to version `i + 1`.
 *
 * Version 1:
 * - `inputs`: the reports as they were added (raw text and metadata), in the order they were
 *   added (`seq`), so the dossier can be rebuilt from them.
 * - `documents`: the dossier's documents, in dossier order (`position`): `text` is the normalized
 *   text every span points into, `json` the rest of the `DossierDocument` (with any field added
 *   to the contract); `title`, `published` and `url` are copied out for lists and search. `seq` is
 *   the row id shared with `documents_fts`.
 * - `events`: one row per dossier event; `json` is the `DossierEvent`, `summary` the few fields
 *   an event list shows.
 * - `event_documents`: which documents report which event.
 * - `dossier`: the rest of the dossier (`lineage`, `entities`, `diagnostics`) and build facts,
 *   as JSON values by key.
 * - `documents_fts` (external content over `documents`, kept in sync by triggers) and
 *   `events_fts` (title, places, figures): the FTS5 search indexes.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE inputs (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    path TEXT NOT NULL,
    line INTEGER,
    title TEXT,
    published TEXT,
    url TEXT,
    text TEXT NOT NULL,
    added_at TEXT NOT NULL
  );
  CREATE TABLE documents (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL,
    title TEXT,
    published TEXT,
    url TEXT,
    json TEXT NOT NULL,
    text TEXT NOT NULL
  );
  CREATE TABLE events (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    date_start TEXT,
    summary TEXT NOT NULL,
    json TEXT NOT NULL
  );
  CREATE TABLE event_documents (
    event_id TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    PRIMARY KEY (event_id, doc_id)
  ) WITHOUT ROWID;
  CREATE INDEX event_documents_by_doc ON event_documents (doc_id);
  CREATE TABLE dossier (
    key TEXT PRIMARY KEY,
    json TEXT NOT NULL
  );
  CREATE VIRTUAL TABLE documents_fts USING fts5 (
    title, text,
    content = 'documents', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
  );
  CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
  END;
  CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
  END;
  CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
  END;
  CREATE VIRTUAL TABLE events_fts USING fts5 (
    title, body,
    tokenize = 'unicode61 remove_diacritics 2'
  );
  `,
  // Version 2: `analyses` keeps each input's extraction (the per-document stages' output, as
  // `StoredAnalysis` JSON), written in the same transaction as its input, so a build that stops
  // half-way keeps every report it analysed and re-running analyses only the rest.
  `
  CREATE TABLE analyses (
    id TEXT PRIMARY KEY REFERENCES inputs (id),
    json TEXT NOT NULL
  ) WITHOUT ROWID;
  `,
  // Version 3, for the bounded rebuild of a large store (`StoreBuilder.rebuildBounded`):
  // - `features`: what grouping reads of each analysed input (its day, publication date, stated
  //   event day and name tokens), keyed by the input's `seq` and indexed by (day, seq), so a
  //   rebuild reads the reports in the order grouping takes them without parsing every analysis
  //   or sorting in memory. Written with the analysis; stores from version 2 are filled in by the
  //   next rebuild (`Store.fillFeatures`).
  // - `events.lineage`: the lineage links among the event's documents (JSON), so an event can be
  //   read with its lineage one at a time (`--format jsonl`) when the store keeps no dossier-wide
  //   lineage. NULL in rows written before version 3 (the next rebuild rewrites them).
  // - `events_by_position`: events are read in dossier order a page at a time.
  `
  CREATE TABLE features (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    day INTEGER NOT NULL,
    published TEXT,
    event_date TEXT,
    names TEXT NOT NULL
  );
  CREATE INDEX features_by_day ON features (day, seq);
  ALTER TABLE events ADD COLUMN lineage TEXT;
  CREATE INDEX events_by_position ON events (position);
  `,
  // Version 4: `features.recalled`, the days and months a report dates happenings to
  // (`GroupFeatures.recalled`, JSON), so the bounded rebuild tells which earlier event a follow-up
  // follows (`FollowUpIndex`) as a stream does. Filled here from the stored analyses; NULL for none
  // (as `recalledJson` writes it) and for an analysis stored before it was computed.
  `
  ALTER TABLE features ADD COLUMN recalled TEXT;
  UPDATE features SET recalled = NULLIF((SELECT json_extract(a.json, '$.grouping.recalled') FROM analyses a WHERE a.id = features.id), '[]');
  `,
  // Version 5: \`features.toll\`, the dead and wounded a report states (\`GroupFeatures.toll\`, JSON
  // \`[killed, injured]\`), so the bounded rebuild links two reports of one day's happening by their
  // toll as a whole build does. Filled here from the stored analyses; NULL for none and for an
  // analysis stored before it was computed (the next re-analysis fills it).
  `
  ALTER TABLE features ADD COLUMN toll TEXT;
  UPDATE features SET toll = (SELECT json_extract(a.json, '$.grouping.toll') FROM analyses a WHERE a.id = features.id);
  `,
];

/** The schema version this code writes: the number of migrations. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Brings a database to {@link SCHEMA_VERSION} (a new, empty database gets the whole schema).
 * Throws a `ConfigError` for a store written by a newer version of corroborate.
 *
 * @example
 * const db = openDatabase(':memory:');
 * migrate(db); // db.pragma('user_version', { simple: true }) === SCHEMA_VERSION
 */
export function migrate(db: Database): void {
  const current = Number(db.pragma('user_version', { simple: true }));
  if (current > SCHEMA_VERSION) {
    throw new ConfigError(
      `the store \`${db.name}\` has schema version ${current}, newer than this corroborate's ${SCHEMA_VERSION}: upgrade corroborate or use another --store file`,
    );
  }
  if (current === SCHEMA_VERSION) return;
  db.transaction(() => {
    for (let version = current; version < SCHEMA_VERSION; version++) db.exec(MIGRATIONS[version] ?? '');
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
}
