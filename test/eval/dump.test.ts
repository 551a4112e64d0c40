import { describe, expect, it } from 'vitest';
import { eventForDocuments, goldGroups, type GvaIncident } from '../../src/eval/gva.js';
import type { Dossier, DossierEvent } from '../../src/model/dossier.js';

function event(id: string, documents: string[]): DossierEvent {
  return { id, title: id, date: null, places: [], documents, figures: [], timeline: [], quotes: [] };
}

function incident(id: string, documents: string[]): GvaIncident {
  return { id, date: '2016-01-01', location: { city_or_county: 'X', state: 'Y' }, killed: 0, injured: 0, arrested: 0, documents };
}

describe('--dump scoring helpers', () => {
  it('goldGroups puts a document listed under two incidents under the first only', () => {
    expect(goldGroups([incident('1', ['a', 'b']), incident('2', ['b', 'c']), incident('3', ['a'])])).toEqual([['a', 'b'], ['c']]);
  });

  it('eventForDocuments narrows the dossier to the event holding most of the documents', () => {
    const dossier: Dossier = { version: 1, documents: [], events: [event('e1', ['a', 'x', 'y']), event('e2', ['b', 'c'])], entities: [], lineage: [], diagnostics: [] };
    expect(eventForDocuments(dossier, ['a', 'b', 'c']).events.map((e) => e.id)).toEqual(['e2']);
    expect(eventForDocuments(dossier, ['a']).events.map((e) => e.id)).toEqual(['e1']);
    expect(eventForDocuments(dossier, ['q']).events).toEqual([]);
  });

  it('eventForDocuments breaks a tie by the event with fewer documents of other incidents', () => {
    const dossier: Dossier = { version: 1, documents: [], events: [event('e1', ['a', 'x', 'y']), event('e2', ['b', 'z']), event('e3', ['c'])], entities: [], lineage: [], diagnostics: [] };
    expect(eventForDocuments(dossier, ['a', 'c']).events.map((e) => e.id)).toEqual(['e3']);
    expect(eventForDocuments(dossier, ['a', 'b']).events.map((e) => e.id)).toEqual(['e2']);
  });
});
