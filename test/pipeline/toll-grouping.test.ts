/**
 * Two reports of one shooting that share only the venue's name, and the same day and toll: one event
 * in every way of building (a whole build, a stream in both orders, a store's whole and bounded
 * rebuilds, and a store written before the toll was a grouping feature); with another toll, two.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawDoc } from '../../src/model/document.js';
import { buildDossier } from '../../src/pipeline/build.js';
import { createContext } from '../../src/pipeline/stage.js';
import { StreamBuilder } from '../../src/pipeline/stream.js';
import { openStore, type Store } from '../../src/store/store.js';
import { openDatabase } from '../../src/store/sqlite.js';
import { StoreBuilder, type RebuildMode } from '../../src/store/builder.js';

const NOW = new Date('2026-01-01');
/** A report of 2021-03-07. */
const report = (id: string, text: string): RawDoc => ({ id, path: `${id}.txt`, published: '2021-03-07', text });
const X = report(
  'x',
  'Five people were wounded in a shooting outside the Brindlecourt in Velmora late Saturday, police said. Sergeant Tamsin Okafor said Oskar Brantley, Mira Quell and Jonas Vedder were taken to Harrowgate Medical Center by Ulla Pettersen of Norvale Ambulance.',
);
const Y = report(
  'y',
  'Police say five people were wounded late Saturday at the Brindlecourt. Its owner, Hester Graum, said Dario Fenk, Lucia Morrow and Ivo Tamsk heard the shots from Corvin Lane near Estermoor.',
);
/** The same report with another toll. */
const Z: RawDoc = { ...Y, id: 'z', text: Y.text.replace('five people', 'four people') };
/** Reports that name none of the above, so the names above are rare. */
const BACKGROUND: RawDoc[] = Array.from({ length: 30 }, (_, i) => ({ id: `b${i}`, path: 'b.txt', published: '2021-02-01', text: `Report number ${i} about the weather in Kestrel${i} and Marrow${i}.` }));

/** The documents of the event that holds `x`, sorted. */
function withX(events: readonly { readonly documents: readonly string[] }[]): string[] {
  return [...(events.find((e) => e.documents.includes('x'))?.documents ?? [])].sort();
}

async function streamed(raws: readonly RawDoc[], order: 'date' | 'arrival'): Promise<string[]> {
  const events: { documents: readonly string[] }[] = [];
  const stream = new StreamBuilder({ now: NOW, threads: 0, order, group: { smallCollection: 0 }, onEvent: ({ event }) => void events.push(event) });
  for (const raw of raws) await stream.push(raw);
  await stream.end();
  return withX(events);
}

async function stored(store: Store, raws: readonly RawDoc[], rebuild: RebuildMode): Promise<string[]> {
  store.addInputs(raws, NOW.toISOString());
  await new StoreBuilder(store, { now: () => NOW, rebuild }).refresh({ threads: 0 });
  return withX(store.loadDossier()?.events ?? []);
}

describe('grouping by the same day and toll, in every way of building', () => {
  it('one event in a whole build; two with another toll', () => {
    expect(withX(buildDossier([X, Y, ...BACKGROUND], createContext({ now: NOW })).events)).toEqual(['x', 'y']);
    expect(withX(buildDossier([X, Z, ...BACKGROUND], createContext({ now: NOW })).events)).toEqual(['x']);
  });

  it('one event in a stream, in date and in arrival order', async () => {
    expect(await streamed([...BACKGROUND, X, Y], 'date')).toEqual(['x', 'y']);
    expect(await streamed([...BACKGROUND, X, Y], 'arrival')).toEqual(['x', 'y']);
    expect(await streamed([...BACKGROUND, X, Z], 'date')).toEqual(['x']);
  });

  it('one event in a store, rebuilt whole or bounded, and in a store of schema 4 (no toll in its features)', async () => {
    expect(await stored(openStore(), [X, Y, ...BACKGROUND], 'whole')).toEqual(['x', 'y']);
    const folder = mkdtempSync(join(tmpdir(), 'corroborate-toll-'));
    try {
      const path = join(folder, 'corpus.db');
      const store = openStore(path);
      expect(await stored(store, [X, Y, ...BACKGROUND], 'bounded')).toEqual(['x', 'y']);
      store.close();
      const db = openDatabase(path);
      expect(db.prepare<{ toll: string | null }>("SELECT toll FROM features WHERE id = 'x'").get()?.toll).toBe('[0,5]');
      db.exec('ALTER TABLE features DROP COLUMN toll');
      db.pragma('user_version = 4');
      db.close();
      // opening it fills the column in from the stored analyses
      const reopened = openStore(path);
      expect(await stored(reopened, [], 'bounded')).toEqual(['x', 'y']);
      reopened.close();
      const again = openDatabase(path);
      expect(again.prepare<{ toll: string | null }>("SELECT toll FROM features WHERE id = 'y'").get()?.toll).toBe('[0,5]');
      again.close();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
