import { describe, expect, it } from 'vitest';
import type { Entity, PlaceInfo } from '../../../src/model/entity.js';
import type { Gazetteer } from '../../../src/stages/entities/gazetteer.js';
import { eventPlaces } from '../../../src/stages/entities/places.js';

const CITIES: Record<string, PlaceInfo[]> = {
  raleigh: [{ name: 'Raleigh', country: 'US', region: 'North Carolina', precision: 'city', lat: 35.77, lon: -78.64, population: 451066 }],
  smithfield: [
    { name: 'Smithfield', country: 'US', region: 'Rhode Island', precision: 'city', lat: 41.92, lon: -71.55, population: 21430 },
    { name: 'Smithfield', country: 'US', region: 'North Carolina', precision: 'city', lat: 35.51, lon: -78.34, population: 12000 },
  ],
  granger: [
    { name: 'Granger', country: 'US', region: 'Indiana', precision: 'city', lat: 41.75, lon: -86.11, population: 30465 },
    { name: 'Granger', country: 'US', region: 'Washington', precision: 'city', lat: 46.34, lon: -120.19, population: 3700 },
  ],
  mattawa: [{ name: 'Mattawa', country: 'US', region: 'Washington', precision: 'city', lat: 46.74, lon: -119.9, population: 4400 }],
  germantown: [{ name: 'Germantown', country: 'US', region: 'Maryland', precision: 'city', lat: 39.17, lon: -77.27, population: 86395 }],
  philadelphia: [{ name: 'Philadelphia', country: 'US', region: 'Pennsylvania', precision: 'city', lat: 39.95, lon: -75.16, population: 1567442 }],
  denton: [{ name: 'Denton', country: 'US', region: 'Texas', precision: 'city', lat: 33.21, lon: -97.13, population: 131044 }],
  delia: [
    { name: 'Delia', country: 'IT', region: '15', precision: 'city', lat: 37.35, lon: 13.93, population: 4300 },
    { name: 'Delia', country: 'US', region: 'Kansas', precision: 'city', lat: 39.24, lon: -95.97, population: 1500 },
  ],
  bristol: [{ name: 'Bristol', country: 'US', region: 'Tennessee', precision: 'city', lat: 36.6, lon: -82.19, population: 26000 }],
};
const GAZETTEER: Gazetteer = { lookup: (name) => CITIES[name.toLowerCase()] ?? [], lookupVariant: () => [], usState: () => undefined };

/** A place entity with one mention per [doc, start, rule]. */
function place(name: string, at: readonly [string, number, string][], info = CITIES[name.toLowerCase()]![0]!): Entity {
  return { id: `place-${name}`, type: 'place', name, aliases: [], titles: [], place: info, mentions: at.map(([doc, start, rule]) => ({ doc, span: { doc, start, end: start + name.length }, text: name, rule })) };
}

function person(name: string): Entity {
  return { id: `person-${name}`, type: 'person', name, aliases: [], titles: [], mentions: [{ doc: 'a', span: { doc: 'a', start: 900, end: 900 + name.length }, text: name, rule: 'en/entity/title' }] };
}

describe('eventPlaces', () => {
  it('a dateline outweighs the bare name of a large city (the station, the hospital)', () => {
    const entities = [place('Raleigh', [['a', 400, 'en/entity/gazetteer'], ['a', 700, 'en/entity/gazetteer'], ['b', 500, 'en/entity/gazetteer']]), place('Smithfield', [['a', 0, 'en/entity/dateline']], CITIES['smithfield']![1])];
    expect(eventPlaces(entities, { gazetteer: GAZETTEER }).slice(0, 3)).toEqual(['Smithfield', 'North Carolina', 'United States']);
  });

  it('one long report cannot outvote the others: each report gives one vote', () => {
    const long = Array.from({ length: 12 }, (_, i) => ['a', 3000 + 400 * i, 'en/entity/place-in'] as [string, number, string]);
    const smithfield = CITIES['smithfield']![1];
    const entities = [place('Raleigh', long), place('Smithfield', [['b', 40, 'en/entity/place-comma'], ['c', 60, 'en/entity/place-comma']], smithfield)];
    expect(eventPlaces(entities, { gazetteer: GAZETTEER })[0]).toBe('Smithfield');
  });

  it('reads a town of many names where the other places are: Granger near Mattawa is in Washington', () => {
    const entities = [place('Granger', [['a', 30, 'en/entity/place-in']]), place('Mattawa', [['b', 500, 'en/entity/place-preposition']])];
    expect(eventPlaces(entities, { gazetteer: GAZETTEER }).slice(0, 2)).toEqual(['Granger', 'Washington']);
  });

  it('a town far from every other place yields to the large city named ("in Germantown" is in Philadelphia)', () => {
    const entities = [place('Germantown', [['a', 30, 'en/entity/place-in'], ['a', 200, 'en/entity/place-in']]), place('Philadelphia', [['b', 90, 'en/entity/place-section']])];
    expect(eventPlaces(entities, { gazetteer: GAZETTEER }).slice(0, 2)).toEqual(['Philadelphia', 'Pennsylvania']);
  });

  it('a place named like a person of the event counts only with a dateline or a state after it', () => {
    const entities = [person('Robert Seth Denton'), place('Denton', [['a', 10, 'en/entity/place-preposition'], ['b', 20, 'en/entity/place-in']]), place('Bristol', [['c', 300, 'en/entity/place-in']])];
    expect(eventPlaces(entities, { gazetteer: GAZETTEER })[0]).toBe('Bristol');
  });

  it('a US broadcaster among the sources makes a town American ("WIBW" and "in Delia")', () => {
    const station: Entity = { id: 'org-1', type: 'organization', name: 'WIBW', aliases: [], titles: [], mentions: [{ doc: 'a', span: { doc: 'a', start: 0, end: 4 }, text: 'WIBW', rule: 'en/entity/acronym' }] };
    expect(eventPlaces([place('Delia', [['a', 40, 'en/entity/place-in']])], { gazetteer: GAZETTEER }).slice(0, 2)).toEqual(['Delia', 'Italy']);
    expect(eventPlaces([station, place('Delia', [['a', 40, 'en/entity/place-in']])], { gazetteer: GAZETTEER }).slice(0, 2)).toEqual(['Delia', 'Kansas']);
  });

  it('a dateline gives its vote to the town of its state the lede puts the event in ("NEW ORLEANS (AP) — ... the shootings in Charenton")', () => {
    const newOrleans: PlaceInfo = { name: 'New Orleans', country: 'US', region: 'Louisiana', precision: 'city', lat: 29.95, lon: -90.08, population: 389617 };
    const charenton: PlaceInfo = { name: 'Charenton', country: 'US', region: 'Louisiana', precision: 'city', lat: 29.88, lon: -91.53, population: 1903 };
    const entities = [place('New Orleans', [['a', 0, 'en/entity/dateline-city'], ['b', 0, 'en/entity/dateline-city']], newOrleans), place('Charenton', [['a', 396, 'en/entity/place-event'], ['b', 350, 'en/entity/place-event']], charenton)];
    expect(eventPlaces(entities, { gazetteer: GAZETTEER }).slice(0, 2)).toEqual(['Charenton', 'Louisiana']);
    // Without the event cue, the dateline stays.
    const plain = [entities[0]!, place('Charenton', [['a', 396, 'en/entity/place-in'], ['b', 350, 'en/entity/place-in']], charenton)];
    expect(eventPlaces(plain, { gazetteer: GAZETTEER })[0]).toBe('New Orleans');
  });

  it('a town next to a large dateline city does not take its vote (a part or suburb named alone)', () => {
    const houston: PlaceInfo = { name: 'Houston', country: 'US', region: 'Texas', precision: 'city', lat: 29.76, lon: -95.36, population: 2296224 };
    const bellaire: PlaceInfo = { name: 'Bellaire', country: 'US', region: 'Texas', precision: 'city', lat: 29.71, lon: -95.46, population: 17000 };
    const entities = [place('Houston', [['a', 0, 'en/entity/dateline-city']], houston), place('Bellaire', [['a', 300, 'en/entity/place-event']], bellaire)];
    expect(eventPlaces(entities, { gazetteer: GAZETTEER })[0]).toBe('Houston');
  });

  it('one name read two ways across reports is the reading a report states ("Quincy, Ill." and a bare "QUINCY")', () => {
    const illinois: PlaceInfo = { name: 'Quincy', country: 'US', region: 'Illinois', precision: 'city', lat: 39.94, lon: -91.41, population: 40780 };
    const massachusetts: PlaceInfo = { name: 'Quincy', country: 'US', region: 'Massachusetts', precision: 'city', lat: 42.25, lon: -71.0, population: 93027 };
    const entities = [place('Quincy', [['a', 20, 'en/entity/place-comma']], illinois), { ...place('Quincy', [['b', 0, 'en/entity/dateline-city'], ['c', 0, 'en/entity/dateline-city']], massachusetts), id: 'place-Quincy-2' }];
    expect(eventPlaces(entities, { gazetteer: GAZETTEER }).slice(0, 2)).toEqual(['Quincy', 'Illinois']);
  });

  it('a county named far more than any town takes the state of the event\'s American town', () => {
    const county: PlaceInfo = { name: 'Catoosa County', precision: 'county' };
    const ringgold: PlaceInfo = { name: 'Ringgold', country: 'US', region: 'Georgia', precision: 'city', lat: 34.92, lon: -85.11, population: 3700 };
    const at = Array.from({ length: 6 }, (_, i) => [i % 2 === 0 ? 'a' : 'b', 10 + 100 * i, 'en/entity/county'] as [string, number, string]);
    const entities = [place('Catoosa County', at, county), place('Ringgold', [['b', 900, 'en/entity/place-preposition']], ringgold)];
    expect(eventPlaces(entities, { gazetteer: GAZETTEER }).slice(0, 3)).toEqual(['Catoosa County', 'Georgia', 'United States']);
  });

  it('no places, no list', () => {
    expect(eventPlaces([person('Robert Seth Denton')], { gazetteer: GAZETTEER })).toEqual([]);
  });
});
