/**
 * The bounded rebuild of a store (`StoreBuilder.rebuildBounded`, what a large store gets) against the
 * whole-dossier one (what a small store gets), forced on one small corpus: the same events, ids,
 * documents and per-event lineage; re-running writes nothing; adding reports rewrites only the
 * events they touch, with the ids the whole rebuild gives them.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawDoc } from '../../src/model/document.js';
import { openStore, type Store } from '../../src/store/store.js';
import { openDatabase } from '../../src/store/sqlite.js';
import { StoreBuilder, type RebuildMode } from '../../src/store/builder.js';

const NOW = new Date('2026-01-01');
const SYLLABLES = ['bar', 'ken', 'dol', 'mira', 'tor', 'vel', 'sa', 'lun', 'gor', 'pe', 'ran', 'zu'];
const FIRST = ['Anna', 'Boris', 'Clara', 'Dario', 'Elena', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas'];

/** An invented name from a number: syllables by its digits in base 12. */
function invented(n: number): string {
  let name = '';
  for (let x = n + 12; x > 0; x = Math.floor(x / 12)) name += SYLLABLES[x % 12];
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The `k`-th report of invented shooting `i` (one every three days, so events close while others are open). */
function report(i: number, k: number): RawDoc {
  const town = invented(i * 7 + 3);
  const street = `${invented(i * 5 + 11)} Street`;
  const victim = `${FIRST[i % 10]} ${invented(i)}`;
  const published = new Date(Date.UTC(2020, 0, 1) + (3 * i + k) * 86_400_000).toISOString().slice(0, 10);
  const text =
    k === 0
      ? `${i % 4 + 1} people were killed and ${i % 5} were wounded when a gunman opened fire on ${street} in ${town}. Police named one of the victims as ${victim}.`
      : `${town} police named ${victim} among the people shot dead on ${street}. Sergeant ${invented(i + 400)} asked witnesses to come forward.`;
  return { id: `r${i}-${k}`, path: 'dump.jsonl', published, title: `${town} shooting`, text };
}

/** The bundled sample's wire report and its rewrite, which copies it (lineage). */
const WIRE: RawDoc[] = ['01-wire-first-report', '02-wire-rewrite'].map((id) => {
  const path = fileURLToPath(new URL(`../../sample/${id}.txt`, import.meta.url));
  return { id, path, text: readFileSync(path, 'utf8') };
});

/** Two reports of each of 20 shootings and the sample's wire reports, in no date order. */
const CORPUS: RawDoc[] = [...Array.from({ length: 20 }, (_, i) => [report(i, 0), report(i, 1)]).flat(), ...WIRE]
  .sort((a, b) => (a.id.length * 7 + a.id.charCodeAt(1)) % 5 - (b.id.length * 7 + b.id.charCodeAt(1)) % 5 || a.id.localeCompare(b.id));

/** Stores the reports (analysed by the rebuild) and rebuilds with the given path. */
async function build(store: Store, raws: readonly RawDoc[], rebuild: RebuildMode) {
  store.addInputs(raws, NOW.toISOString());
  return new StoreBuilder(store, { now: () => NOW, rebuild }).refresh({ threads: 0 });
}

function eventLines(store: Store): string[] {
  return [...store.eventLines()];
}

describe('StoreBuilder.rebuildBounded', () => {
  it('gives the events, ids, documents and lineage of the whole-dossier rebuild', async () => {
    const whole = openStore();
    const bounded = openStore();
    expect(await build(whole, CORPUS, 'whole')).toMatchObject({ bounded: false });
    const first = await build(bounded, CORPUS, 'bounded');
    expect(first.bounded).toBe(true);
    const wholeDossier = whole.loadDossier();
    const boundedDossier = bounded.loadDossier();
    // the corpus is grouped into its 21 events (not one, not 42)
    expect(wholeDossier?.events.length).toBe(21);
    expect(first.events).toEqual({ written: 21, kept: 0, deleted: 0 });
    expect(boundedDossier?.events).toEqual(wholeDossier?.events);
    expect(boundedDossier?.documents).toEqual(wholeDossier?.documents);
    expect(eventLines(bounded)).toEqual(eventLines(whole));
    expect(boundedDossier?.lineage).toEqual(wholeDossier?.lineage);
    expect(boundedDossier?.lineage.map((l) => [...l.docs].sort())).toEqual([['01-wire-first-report', '02-wire-rewrite']]);
    // what the bounded rebuild leaves out is said, not hidden
    expect(boundedDossier?.entities).toEqual([]);
    expect(wholeDossier?.entities.length).toBeGreaterThan(0);
    expect(boundedDossier?.diagnostics?.map((d) => d.rule)).toContain('store/bounded-rebuild');
    whole.close();
    bounded.close();
  });

  it('adds nothing when run again, and rewrites only the events that new reports change, with stable ids', async () => {
    const whole = openStore();
    const bounded = openStore();
    await build(whole, CORPUS, 'whole');
    await build(bounded, CORPUS, 'bounded');
    const before = eventLines(bounded);
    expect(await build(bounded, [], 'bounded')).toEqual({ events: { written: 0, kept: 21, deleted: 0 }, bounded: true });
    expect(eventLines(bounded)).toEqual(before);

    // a third report of shooting 4 and the two of a new one
    const more = [{ ...report(4, 0), id: 'r4-2', text: `${report(4, 0).text} A third victim died in hospital.` }, report(30, 0), report(30, 1)];
    const wholeMore = await build(whole, more, 'whole');
    const boundedMore = await build(bounded, more, 'bounded');
    expect(boundedMore.events).toEqual({ written: 2, kept: 20, deleted: 0 });
    expect(boundedMore.events).toEqual(wholeMore.events);
    expect(eventLines(bounded)).toEqual(eventLines(whole));
    const shooting4 = bounded.loadDossier()?.events.find((e) => e.documents.includes('r4-0'));
    expect(shooting4?.documents).toEqual(['r4-0', 'r4-1', 'r4-2']);
    expect(shooting4?.id).toBe(JSON.parse(before.find((l) => l.includes('"r4-0"')) ?? '{}').id);
    whole.close();
    bounded.close();
  });

  it("gives a split event's id to its largest part and new ids to the others, as the whole rebuild does", async () => {
    const whole = openStore();
    const bounded = openStore();
    for (const store of [whole, bounded]) {
      store.addInputs(CORPUS, NOW.toISOString());
      // every report in one stored event, e1
      new StoreBuilder(store, { now: () => NOW, build: { grouping: 'one' } }).rebuild();
    }
    await new StoreBuilder(whole, { now: () => NOW, rebuild: 'whole' }).refresh({ threads: 0 });
    const split = await new StoreBuilder(bounded, { now: () => NOW, rebuild: 'bounded' }).refresh({ threads: 0 });
    expect(split.events).toEqual({ written: 21, kept: 0, deleted: 0 });
    expect(eventLines(bounded)).toEqual(eventLines(whole));
    const ids = bounded.loadDossier()?.events.map((e) => e.id) ?? [];
    expect(ids[0]).toBe('e1');
    expect(new Set(ids).size).toBe(21);
    whole.close();
    bounded.close();
  });

  it('tells which earlier event a follow-up follows, where the whole rebuild joins them, also in a store of schema 3', async () => {
    // Four months after shooting 0, its sentencing: it recalls the month and names the victim and the town.
    const victim = `${FIRST[0]} ${invented(0)}`;
    const followUp: RawDoc = {
      id: 'sentencing',
      path: 'dump.jsonl',
      published: '2020-05-04',
      title: 'Sentencing',
      text: `A ${invented(3)} judge sentenced ${invented(900)} ${invented(901)} on Monday for killing ${victim} in January in ${invented(3)}.`,
    };
    const folder = mkdtempSync(join(tmpdir(), 'corroborate-bounded-'));
    try {
      const options = { now: () => NOW, build: { group: { minSharedWeight: 2 } } };
      const whole = openStore();
      whole.addInputs([...CORPUS, followUp], NOW.toISOString());
      await new StoreBuilder(whole, { ...options, rebuild: 'whole' }).refresh({ threads: 0 });
      const joined = whole.loadDossier()?.events.find((e) => e.documents.includes('sentencing'));
      expect([...(joined?.documents ?? [])].sort()).toEqual(['r0-0', 'r0-1', 'sentencing']);
      whole.close();

      const path = join(folder, 'corpus.db');
      const bounded = openStore(path);
      bounded.addInputs([...CORPUS, followUp], NOW.toISOString());
      await new StoreBuilder(bounded, { ...options, rebuild: 'bounded' }).refresh({ threads: 0 });
      const told = (store: Store) => {
        const events = store.loadDossier()?.events ?? [];
        const shooting = events.find((e) => e.documents.includes('r0-0'));
        const later = events.find((e) => e.documents.includes('sentencing'));
        return { shooting, later, following: events.filter((e) => e.follows !== undefined).length };
      };
      const first = told(bounded);
      expect(first.later?.documents).toEqual(['sentencing']);
      expect(first.shooting?.id).toMatch(/^e\d+$/);
      expect(first.later?.follows).toBe(first.shooting?.id);
      expect(first.following).toBe(1);
      // the event line carries it too, and a run with nothing new writes nothing
      expect(eventLines(bounded).find((l) => l.includes('"sentencing"'))).toContain(`"follows":"${first.shooting?.id}"`);
      expect((await new StoreBuilder(bounded, { ...options, rebuild: 'bounded' }).refresh({ threads: 0 })).events).toEqual({ written: 0, kept: 22, deleted: 0 });
      bounded.close();

      // a store of schema 3 has no recalled days (nor tolls) in its features: opening it fills them in from the analyses
      const db = openDatabase(path);
      db.exec('ALTER TABLE features DROP COLUMN recalled');
      db.exec('ALTER TABLE features DROP COLUMN toll');
      db.pragma('user_version = 3');
      db.close();
      const reopened = openStore(path);
      expect((await new StoreBuilder(reopened, { ...options, rebuild: 'bounded' }).refresh({ threads: 0 })).events).toEqual({ written: 0, kept: 22, deleted: 0 });
      expect(told(reopened).later?.follows).toBe(first.shooting?.id);
      reopened.close();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('continues a store the whole-dossier rebuild saved, and one without grouping features (schema 2)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'corroborate-bounded-'));
    try {
      const path = join(folder, 'corpus.db');
      const store = openStore(path);
      await build(store, CORPUS, 'whole');
      const saved = eventLines(store);
      // the same events, lineage and documents from the other path: nothing to rewrite
      expect(await build(store, [], 'bounded')).toEqual({ events: { written: 0, kept: 21, deleted: 0 }, bounded: true });
      store.close();
      // a store analysed before the features table existed: the rebuild fills it in
      const db = openDatabase(path);
      db.exec('DELETE FROM features');
      db.close();
      const reopened = openStore(path);
      expect(await build(reopened, [], 'bounded')).toEqual({ events: { written: 0, kept: 21, deleted: 0 }, bounded: true });
      expect(eventLines(reopened)).toEqual(saved);
      reopened.close();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
