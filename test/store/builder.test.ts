import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/store.js';
import { StoreBuilder, stableIds } from '../../src/store/builder.js';
import type { Dossier, DossierEvent } from '../../src/model/dossier.js';

function event(id: string, documents: string[]): DossierEvent {
  return { id, title: id, date: null, places: [], documents, figures: [], timeline: [], quotes: [] };
}

describe('stableIds', () => {
  const dossier = (events: DossierEvent[]): Dossier => ({ version: 1, documents: [], events, entities: [], lineage: [], diagnostics: [] });

  it('numbers a fresh store e1, e2, ... in dossier order', () => {
    expect(stableIds(dossier([event('x', ['a']), event('y', ['b'])]), new Map()).events.map((e) => e.id)).toEqual(['e1', 'e2']);
  });

  it('gives each event the id of the stored event it continues, and new ones after the highest', () => {
    const stored = new Map([
      ['e1', ['a', 'b']],
      ['e4', ['c']],
    ]);
    const next = stableIds(dossier([event('e1', ['c', 'd', 'z']), event('e2', ['a', 'b']), event('e3', ['q'])]), stored);
    expect(next.events.map((e) => [e.id, e.documents])).toEqual([
      ['e4', ['c', 'd', 'z']],
      ['e1', ['a', 'b']],
      ['e5', ['q']],
    ]);
  });

  it('gives a split event\'s id to the part with more of its documents', () => {
    const next = stableIds(dossier([event('x', ['a']), event('y', ['b', 'c'])]), new Map([['e2', ['a', 'b', 'c']]]));
    expect(next.events.map((e) => e.id)).toEqual(['e3', 'e2']);
  });
});

describe('StoreBuilder', () => {
  it('rewrites only the events that the added reports change', () => {
    const store = openStore();
    const builder = new StoreBuilder(store, { now: () => new Date('2026-01-01') });
    const velmora = [
      { id: 'v1', path: 'v1.txt', published: '2021-03-02', text: 'Oskar Brantley was shot dead on Quillon Street in Velmora on Monday. Two others were wounded.' },
      { id: 'v2', path: 'v2.txt', published: '2021-03-02', text: 'Velmora police named Oskar Brantley, killed on Quillon Street; two people were hurt.' },
    ];
    const durnhill = [{ id: 'd1', path: 'd1.txt', published: '2019-07-10', text: 'Lidia Farrow was killed in Durnhill on Pellham Avenue on Tuesday, police said.' }];
    const background = Array.from({ length: 30 }, (_, i) => ({ id: `z${i}`, path: `z${i}.txt`, published: `2015-0${1 + (i % 9)}-1${i % 10}`, text: `Weather report ${i} for Kestrel${i}.` }));
    const first = builder.add([...velmora, ...durnhill, ...background]);
    expect(first.events).toMatchObject({ kept: 0, deleted: 0 });
    const before = store.loadDossier();
    const velmoraId = before?.events.find((e) => e.documents.includes('v1'))?.id;
    const durnhillId = before?.events.find((e) => e.documents.includes('d1'))?.id;
    expect([...(before?.events.find((e) => e.id === velmoraId)?.documents ?? [])].sort()).toEqual(['v1', 'v2']);

    const more = builder.add([{ id: 'd2', path: 'd2.txt', published: '2019-07-11', text: 'Durnhill police named Lidia Farrow, shot dead on Pellham Avenue.' }]);
    // one event rewritten (Durnhill's, now with two reports), every other one kept as it was
    expect(more.events).toEqual({ written: 1, kept: (before?.events.length ?? 0) - 1, deleted: 0 });
    const after = store.loadDossier();
    expect([...(after?.events.find((e) => e.id === durnhillId)?.documents ?? [])].sort()).toEqual(['d1', 'd2']);
    expect(after?.events.find((e) => e.id === velmoraId)).toEqual(before?.events.find((e) => e.id === velmoraId));

    // the same reports again: nothing added, nothing rebuilt
    expect(builder.add(velmora)).toMatchObject({ added: [], rebuilt: false });
    store.close();
  });
});
