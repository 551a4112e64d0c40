import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { buildDossier } from '../../src/pipeline/build.js';
import { createContext } from '../../src/pipeline/stage.js';
import type { RawDoc } from '../../src/model/document.js';
import type { Dossier } from '../../src/model/dossier.js';
import { SCHEMA_VERSION } from '../../src/store/schema.js';
import { openDatabase } from '../../src/store/sqlite.js';
import { StoreBuilder } from '../../src/store/builder.js';
import { openStore, summarizeEvent, toMatchQuery } from '../../src/store/store.js';
import { NOW, handmadeDossier } from '../render/fixtures.js';

const folder = mkdtempSync(join(tmpdir(), 'corroborate-store-test-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const REPORTS: readonly RawDoc[] = [
  { id: 'r1', path: 'r1.txt', title: 'Market attack', published: '2024-05-04', text: 'Two people were killed and four were injured in an attack on the market in Springfield on Saturday.' },
  { id: 'r2', path: 'r2.txt', title: 'Toll rises', published: '2024-05-05', text: 'Three people were killed in the attack on the Springfield market, police said on Sunday.' },
];

describe('toMatchQuery', () => {
  // [typed, FTS5 query]: every word quoted, so nothing typed is FTS5 syntax
  const CASES: readonly [string, string | undefined][] = [
    ['Baku', '"Baku"*'],
    ['Baku massacre', '"Baku" "massacre"*'],
    ['"unbalanced', '"unbalanced"*'],
    ['NEAR(a b) OR c', '"NEAR" "a" "b" "OR" "c"*'],
    ['col:value -not *', '"col" "value" "not"*'],
    ['Bakı şəhəri', '"Bakı" "şəhəri"*'],
    ['', undefined],
    ['  -- * ( ) "', undefined],
  ];
  it.each(CASES)('%j -> %j', (typed, expected) => {
    expect(toMatchQuery(typed)).toBe(expected);
  });
});

describe('schema', () => {
  it('creates the schema at the current version and refuses a store from a newer version', () => {
    const path = join(folder, 'newer.db');
    const store = openStore(path);
    store.close();
    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openStore(path)).toThrow(ConfigError);
    expect(() => openStore(path)).toThrow(/newer than this corroborate/);
  });
});

describe('Store', () => {
  it('keeps inputs in the order they were added and reports duplicate ids', () => {
    const store = openStore();
    expect(store.addInputs(REPORTS, '2024-05-06T00:00:00Z').added.map((d) => d.id)).toEqual(['r1', 'r2']);
    const again = store.addInputs([{ id: 'r1', path: 'other.txt', text: 'Other text.' }, { id: 'r3', path: 'r3.txt', text: 'One died.' }], '2024-05-07T00:00:00Z');
    expect(again.added.map((d) => d.id)).toEqual(['r3']);
    expect(again.duplicates.map((d) => d.id)).toEqual(['r1']);
    expect(store.inputs()).toEqual([...REPORTS, { id: 'r3', path: 'r3.txt', text: 'One died.' }]);
    expect(store.inputCount()).toBe(3);
    expect([store.hasInput('r2'), store.hasInput('nope')]).toEqual([true, false]);
    store.close();
  });

  it('saves a dossier and gives it back unchanged', () => {
    const store = openStore();
    const dossier = handmadeDossier();
    expect(store.loadDossier()).toBeUndefined();
    store.saveDossier(dossier, '2024-05-06T00:00:00Z');
    expect(store.loadDossier()).toEqual(dossier);
    expect(store.builtAt()).toBe('2024-05-06T00:00:00Z');
    expect(store.getEvent('e1')).toEqual(dossier.events[0]);
    expect(store.getEvent('nope')).toBeUndefined();
    expect(store.getDocument('b')).toEqual(dossier.documents[1]);
    expect(store.listEvents({ limit: 10, offset: 0 })).toEqual({ total: 2, items: dossier.events.map(summarizeEvent) });
    expect(store.listEvents({ limit: 1, offset: 1 }).items.map((e) => e.id)).toEqual(['e2']);
    expect(store.lineageAmong(['a', 'c'])).toEqual(dossier.lineage);
    expect(store.lineageAmong(['a', 'b'])).toEqual([]);
    store.close();
  });

  it('lists documents newest added first, with the events they report', () => {
    const store = openStore();
    store.addInputs([{ id: 'c', path: 'c.txt', text: 'x' }], '2024-05-06T00:00:00Z');
    store.addInputs([{ id: 'a', path: 'a.txt', text: 'x' }], '2024-05-07T00:00:00Z');
    store.saveDossier(handmadeDossier(), '2024-05-07T00:00:00Z');
    const page = store.listDocuments({ limit: 10, offset: 0 });
    // a (added last), c, then b (never an input) in dossier order
    expect(page.items.map((d) => [d.id, d.addedAt, d.events])).toEqual([
      ['a', '2024-05-07T00:00:00Z', ['e1']],
      ['c', '2024-05-06T00:00:00Z', ['e1']],
      ['b', null, ['e1', 'e2']],
    ]);
    expect(page.items[0]).toMatchObject({ title: 'Report A', url: 'https://example.org/a', length: handmadeDossier().documents[0]?.text.length });
    expect(store.listDocuments({ limit: 10, offset: 0, ids: ['b'] }).items.map((d) => d.id)).toEqual(['b']);
    store.close();
  });

  it('finds events by their title, figures and documents, with marked snippets', () => {
    const store = openStore();
    store.saveDossier(handmadeDossier(), '2024-05-06T00:00:00Z');
    const byText = store.searchEvents('police', { limit: 10 });
    expect(byText.items.map((e) => e.id)).toEqual(['e1', 'e2']); // doc b reports both events
    expect(byText.items[0]?.match).toMatchObject({ doc: 'b', documents: 1 });
    expect(byText.items[0]?.match.snippet).toContain('\u0001police\u0002');
    const byTitle = store.searchEvents('market attack', { limit: 10 });
    expect(byTitle.items.map((e) => e.id)).toEqual(['e1']);
    const byPrefix = store.searchEvents('springf', { limit: 10 });
    expect(byPrefix.items[0]?.id).toBe('e1');
    expect(byPrefix.items[0]?.match.documents).toBe(3);
    expect(store.searchEvents('nothing-like-this', { limit: 10 })).toEqual({ total: 0, items: [] });
    expect(store.searchEvents('"(', { limit: 10 })).toEqual({ total: 0, items: [] });
    store.close();
  });

  it('keeps the search index in step when documents change or go', () => {
    const store = openStore();
    const dossier = handmadeDossier();
    store.saveDossier(dossier, 't1');
    const changed: Dossier = {
      ...dossier,
      documents: dossier.documents.filter((d) => d.id !== 'b').map((d) => (d.id === 'a' ? { ...d, text: `${d.text} Rewritten with zanzibar.` } : d)),
      events: [{ ...dossier.events[0]!, documents: ['a', 'c'] }],
    };
    store.saveDossier(changed, 't2');
    expect(store.searchEvents('police', { limit: 10 }).total).toBe(0);
    expect(store.searchEvents('zanzibar', { limit: 10 }).items.map((e) => e.match.doc)).toEqual(['a']);
    expect(store.getDocument('b')).toBeUndefined();
    expect(store.loadDossier()).toEqual(changed);
    store.close();
  });

  it('leaves the saved dossier whole when a save fails half-way', () => {
    const store = openStore();
    const dossier = handmadeDossier();
    store.saveDossier(dossier, 't1');
    const broken: Dossier = { ...dossier, documents: [], events: [dossier.events[0]!, dossier.events[0]!] }; // duplicate event id
    expect(() => store.saveDossier(broken, 't2')).toThrow(/UNIQUE/);
    expect(store.loadDossier()).toEqual(dossier);
    expect(store.builtAt()).toBe('t1');
    store.close();
  });

  it('persists in a file across connections', () => {
    const path = join(folder, 'persist.db');
    const first = openStore(path);
    first.addInputs(REPORTS, 'now');
    first.saveDossier(handmadeDossier(), 't1');
    first.close();
    const second = openStore(path);
    expect(second.inputs()).toEqual(REPORTS);
    expect(second.loadDossier()).toEqual(handmadeDossier());
    second.close();
  });
});

describe('StoreBuilder', () => {
  it('builds the same dossier as buildDossier, one report at a time', () => {
    const store = openStore();
    const builder = new StoreBuilder(store, { now: () => NOW });
    const first = builder.add([REPORTS[0]!]);
    expect([first.added.length, first.rebuilt]).toEqual([1, true]);
    const second = builder.add([REPORTS[1]!]);
    expect([second.added.length, second.rebuilt]).toEqual([1, true]);
    const expected = buildDossier(REPORTS, createContext({ now: NOW }));
    const saved = store.loadDossier();
    expect(saved?.events).toEqual(expected.events);
    expect(saved?.documents).toEqual(expected.documents);
    expect(saved?.diagnostics).toEqual(expected.diagnostics);
    expect(saved?.events[0]?.figures.find((f) => f.kind === 'killed')?.claims.map((c) => c.value).sort()).toEqual([2, 3]);
    store.close();
  });

  it('does not rebuild when every report is already stored', () => {
    const store = openStore();
    const builder = new StoreBuilder(store, { now: () => NOW });
    builder.add(REPORTS);
    const builtAt = store.builtAt();
    const again = builder.add(REPORTS);
    expect([again.added.length, again.duplicates.length, again.rebuilt]).toEqual([0, 2, false]);
    expect(store.builtAt()).toBe(builtAt);
    store.close();
  });

  it('builds an empty dossier for an empty store', () => {
    const store = openStore();
    const result = new StoreBuilder(store, { now: () => NOW }).add([]);
    expect(result.rebuilt).toBe(true);
    expect(store.loadDossier()).toMatchObject({ documents: [], events: [] });
    store.close();
  });
});
