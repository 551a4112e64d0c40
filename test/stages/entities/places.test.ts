import { describe, expect, it } from 'vitest';
import type { Entity, PlaceInfo } from '../../../src/model/entity.js';
import { countyKey, loadGazetteer, type Gazetteer, type UsTown } from '../../../src/stages/entities/gazetteer.js';
import { eventPlaces, namedAreas, placeWithin } from '../../../src/stages/entities/places.js';

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
  roswell: [
    { name: 'Roswell', country: 'US', region: 'Georgia', precision: 'city', lat: 34.02, lon: -84.36, population: 94000 },
    { name: 'Roswell', country: 'US', region: 'New Mexico', precision: 'city', lat: 33.39, lon: -104.52, population: 48000 },
  ],
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

  it('an address the way American police give it makes a town American ("the 200 block of Arnold Street" and "Delia police")', () => {
    const street: Entity = { id: 'place-street', type: 'place', name: 'Arnold Street', aliases: [], titles: [], place: { name: 'Arnold Street', precision: 'point' }, mentions: [{ doc: 'a', span: { doc: 'a', start: 90, end: 103 }, text: 'Arnold Street', rule: 'en/entity/street-block' }] };
    const bare: Entity = { ...street, mentions: [{ ...street.mentions[0]!, rule: 'en/entity/street' }] };
    expect(eventPlaces([bare, place('Delia', [['a', 40, 'en/entity/place-police']])], { gazetteer: GAZETTEER }).slice(0, 2)).toEqual(['Delia', 'Italy']);
    expect(eventPlaces([street, place('Delia', [['a', 40, 'en/entity/place-police']])], { gazetteer: GAZETTEER }).slice(0, 2)).toEqual(['Delia', 'Kansas']);
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

  it('outside the United States, a dateline gives its vote to a town the gazetteer lacks where the lede puts the event ("NIAMEY - ... the attack in Tamberi")', () => {
    const niamey: PlaceInfo = { name: 'Niamey', country: 'NE', region: '08', precision: 'city', lat: 13.51, lon: 2.11, population: 774235 };
    const tamberi: PlaceInfo = { name: 'Tamberi', country: 'NE', precision: 'city' };
    const capital = place('Niamey', [['b', 0, 'en/entity/dateline-city'], ['c', 0, 'en/entity/dateline-city'], ['d', 600, 'en/entity/gazetteer']], niamey);
    const town = place('Tamberi', [['a', 0, 'en/entity/dateline-town'], ['a', 190, 'en/entity/place-event'], ['b', 150, 'en/entity/place-event-unlisted'], ['c', 350, 'en/entity/place-event-unlisted']], tamberi);
    expect(eventPlaces([capital, town], { gazetteer: GAZETTEER }).slice(0, 3)).toEqual(['Tamberi', 'Niger', 'Niamey']);
    // a state's cue before the town's in the lede does not keep the vote on the dateline ("a village in Tamber state ... stormed Tamberi village")
    const state: PlaceInfo = { name: 'Tamber', precision: 'region' };
    const withState = [
      place('Niamey', [['b', 0, 'en/entity/dateline-city'], ['c', 0, 'en/entity/dateline-city']], niamey),
      place('Tamber', [['b', 100, 'en/entity/place-event'], ['c', 100, 'en/entity/place-event']], state),
      place('Tamberi', [['b', 300, 'en/entity/place-event-unlisted'], ['c', 350, 'en/entity/place-event-unlisted']], tamberi),
    ];
    expect(eventPlaces(withState, { gazetteer: GAZETTEER })[0]).toBe('Tamberi');
    // An American dateline keeps its vote: there the postal names list every town, and a name they lack is a part of the city.
    const houston: PlaceInfo = { name: 'Houston', country: 'US', region: 'Texas', precision: 'city', lat: 29.76, lon: -95.36, population: 2296224 };
    const part: PlaceInfo = { name: 'Alief', precision: 'city' };
    const american = [place('Houston', [['b', 0, 'en/entity/dateline-city'], ['c', 0, 'en/entity/dateline-city']], houston), place('Alief', [['b', 150, 'en/entity/place-event-unlisted'], ['c', 350, 'en/entity/place-event-unlisted']], part)];
    expect(eventPlaces(american, { gazetteer: GAZETTEER })[0]).toBe('Houston');
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

  it.each([
    ['Eastern New Mexico Medical Center', 'New Mexico'],
    ['New Mexico News Network', 'Georgia'],
  ])('a state in an organization\'s name, news outlets aside, reads a town when the reports state no state: %s', (organization, state) => {
    const org: Entity = { id: 'org-1', type: 'organization', name: organization, aliases: [], titles: [], mentions: [{ doc: 'a', span: { doc: 'a', start: 300, end: 300 + organization.length }, text: organization, rule: 'en/entity/organization-head' }] };
    const entities = [place('Roswell', [['a', 30, 'en/entity/place-police'], ['a', 200, 'en/entity/place-police']]), org];
    expect(eventPlaces(entities, { gazetteer: GAZETTEER }).slice(0, 2)).toEqual(['Roswell', state]);
  });

  it('a town named only where the wounded were treated is no town of the event: a county comes first, else the state', () => {
    const oakLawn: PlaceInfo = { name: 'Oak Lawn', country: 'US', region: 'Illinois', precision: 'city', lat: 41.71, lon: -87.76, population: 56781 };
    const cook: PlaceInfo = { name: 'Cook County', country: 'US', region: 'Illinois', precision: 'county' };
    const treated = place('Oak Lawn', [['a', 300, 'en/entity/place-facility'], ['b', 400, 'en/entity/place-facility']], oakLawn);
    expect(eventPlaces([treated, place('Cook County', [['a', 500, 'en/entity/county']], cook)], { gazetteer: GAZETTEER }).slice(0, 3)).toEqual(['Cook County', 'Illinois', 'United States']);
    expect(eventPlaces([treated], { gazetteer: GAZETTEER })).toEqual(['Illinois', 'United States', 'Oak Lawn']);
    // a town the reports also put the event in stays first
    const shotThere = place('Oak Lawn', [['a', 30, 'en/entity/place-event'], ['a', 300, 'en/entity/place-facility']], oakLawn);
    expect(eventPlaces([shotThere], { gazetteer: GAZETTEER }).slice(0, 2)).toEqual(['Oak Lawn', 'Illinois']);
  });

  it('no places, no list', () => {
    expect(eventPlaces([person('Robert Seth Denton')], { gazetteer: GAZETTEER })).toEqual([]);
  });
});

/** A gazetteer with US counties and postal towns, for the rules that read them. */
const US: Record<string, PlaceInfo[]> = {
  hudson: [
    { name: 'Hudson', country: 'US', region: 'Ohio', precision: 'city', lat: 41.24, lon: -81.44, population: 22262 },
    { name: 'Hudson', country: 'US', region: 'Florida', precision: 'city', lat: 28.36, lon: -82.69, population: 12158 },
  ],
  delia: [{ name: 'Delia', country: 'IT', region: '15', precision: 'city', lat: 37.35, lon: 13.93, population: 4300 }],
  atlanta: [{ name: 'Atlanta', country: 'US', region: 'Georgia', precision: 'city', lat: 33.75, lon: -84.39, population: 463878 }],
  jonesboro: [
    { name: 'Jonesboro', country: 'US', region: 'Arkansas', precision: 'city', lat: 35.84, lon: -90.7, population: 73907 },
    { name: 'Jonesboro', country: 'US', region: 'Georgia', precision: 'city', lat: 33.52, lon: -84.35, population: 4724 },
  ],
  'new orleans': [{ name: 'New Orleans', country: 'US', region: 'Louisiana', precision: 'city', lat: 29.95, lon: -90.08, population: 389617 }],
  lafayette: [{ name: 'Lafayette', country: 'US', region: 'Louisiana', precision: 'city', lat: 30.22, lon: -92.02, population: 127657 }],
  pérez: [{ name: 'Pérez', country: 'AR', region: '21', precision: 'city', lat: -33.0, lon: -60.77, population: 24436 }],
  allentown: [{ name: 'Allentown', country: 'US', region: 'Pennsylvania', precision: 'city', lat: 40.61, lon: -75.49, population: 120207 }],
  southside: [{ name: 'Southside', country: 'US', region: 'Alabama', precision: 'city', lat: 33.92, lon: -86.02, population: 8572 }],
  wallace: [{ name: 'Wallace', country: 'US', region: 'North Carolina', precision: 'city', lat: 34.74, lon: -77.99, population: 3964 }],
  landover: [{ name: 'Landover', country: 'US', region: 'Maryland', precision: 'city', lat: 38.93, lon: -76.9, population: 23078 }],
  lumberton: [{ name: 'Lumberton', country: 'US', region: 'North Carolina', precision: 'city', lat: 34.62, lon: -79.01, population: 21667 }],
  'broad ripple': [{ name: 'Broad Ripple', country: 'US', region: 'Indiana', precision: 'city', lat: 39.87, lon: -86.14, population: 17041 }],
  indianapolis: [{ name: 'Indianapolis', country: 'US', region: 'Indiana', precision: 'city', lat: 39.77, lon: -86.16, population: 829718 }],
  chubbuck: [{ name: 'Chubbuck', country: 'US', region: 'Idaho', precision: 'city', lat: 42.92, lon: -112.47, population: 14428 }],
  pocatello: [{ name: 'Pocatello', country: 'US', region: 'Idaho', precision: 'city', lat: 42.87, lon: -112.45, population: 54441 }],
  berlin: [
    { name: 'Berlin', country: 'DE', region: '16', precision: 'city', lat: 52.52, lon: 13.41, population: 3426354 },
    { name: 'Berlin', country: 'US', region: 'Massachusetts', precision: 'city', lat: 42.38, lon: -71.64, population: 2800 },
  ],
  'new britain': [{ name: 'New Britain', country: 'US', region: 'Connecticut', precision: 'city', lat: 41.66, lon: -72.78, population: 72808 }],
  trinidad: [
    { name: 'Trinidad', country: 'BO', region: '03', precision: 'city', lat: -14.83, lon: -64.9, population: 84259 },
    { name: 'Trinidad', country: 'US', region: 'Colorado', precision: 'city', lat: 37.17, lon: -104.5, population: 8208 },
  ],
  caledonia: [
    { name: 'Caledonia', country: 'US', region: 'Wisconsin', precision: 'city', lat: 42.81, lon: -87.92, population: 24684 },
    { name: 'Caledonia', country: 'US', region: 'New York', precision: 'city', lat: 42.97, lon: -77.85, population: 2146 },
  ],
  rochester: [
    { name: 'Rochester', country: 'US', region: 'New York', precision: 'city', lat: 43.15, lon: -77.62, population: 209802 },
    { name: 'Rochester', country: 'US', region: 'Minnesota', precision: 'city', lat: 44.02, lon: -92.47, population: 110742 },
  ],
  columbus: [
    { name: 'Columbus', country: 'US', region: 'Ohio', precision: 'city', lat: 39.96, lon: -83.0, population: 850106 },
    { name: 'Columbus', country: 'US', region: 'Georgia', precision: 'city', lat: 32.46, lon: -84.99, population: 200579 },
  ],
  spring: [
    { name: 'Spring', country: 'US', region: 'Texas', precision: 'city', lat: 30.08, lon: -95.42, population: 54298 },
    { name: 'Şpring', country: 'RO', region: '01', precision: 'city', lat: 45.97, lon: 23.78, population: 2492 },
  ],
  'los banos': [
    { name: 'Los Baños', country: 'PH', region: '40', precision: 'city', lat: 14.17, lon: 121.24, population: 95750 },
    { name: 'Los Banos', country: 'US', region: 'California', precision: 'city', lat: 37.06, lon: -120.85, population: 37000 },
  ],
};
const COUNTIES: Record<string, string[]> = {
  pasco: ['Florida'],
  jackson: ['Kansas', 'Missouri', 'Ohio'],
  clayton: ['Georgia', 'Iowa'],
  lafayette: ['Louisiana'],
  lehigh: ['Pennsylvania'],
  greenville: ['South Carolina'],
  horry: ['South Carolina'],
  harris: ['Georgia', 'Texas'],
  montgomery: ['Maryland', 'Pennsylvania', 'Texas'],
  merced: ['California'],
};
const POSTAL_CODES: Record<string, number> = { 'harris Texas': 232, 'harris Georgia': 7, 'montgomery Maryland': 76, 'montgomery Pennsylvania': 60, 'montgomery Texas': 25 };
const TOWNS: UsTown[] = [
  { name: 'Hudson', region: 'Florida', county: 'pasco', lat: 28.36, lon: -82.69 },
  { name: 'Hudson', region: 'Ohio', county: 'summit', lat: 41.24, lon: -81.44 },
  { name: 'Delia', region: 'Kansas', county: 'jackson', lat: 39.24, lon: -95.97 },
  { name: 'Jonesboro', region: 'Georgia', county: 'clayton', lat: 33.52, lon: -84.35 },
  { name: 'Jonesboro', region: 'Arkansas', county: 'craighead', lat: 35.84, lon: -90.7 },
  { name: 'Atlanta', region: 'Georgia', county: 'fulton', lat: 33.75, lon: -84.39 },
  { name: 'Lafayette', region: 'Louisiana', county: 'lafayette', lat: 30.22, lon: -92.02 },
  { name: 'New Orleans', region: 'Louisiana', county: 'orleans', lat: 29.95, lon: -90.08 },
  { name: 'Indianapolis', region: 'Indiana', county: 'marion', lat: 39.86, lon: -86.14 },
  { name: 'Pocatello', region: 'Idaho', county: 'bannock', lat: 42.91, lon: -112.46 },
  { name: 'Orlando', region: 'Florida', county: 'orange', lat: 28.58, lon: -81.45 },
  { name: 'Berlin', region: 'Connecticut', county: 'hartford', lat: 41.62, lon: -72.75 },
  { name: 'Berlin', region: 'Massachusetts', county: 'worcester', lat: 42.38, lon: -71.64 },
  { name: 'Spring', region: 'Texas', county: 'harris', lat: 30.08, lon: -95.42 },
  { name: 'Spring', region: 'Texas', county: 'montgomery', lat: 30.33, lon: -95.46 },
];
const US_GAZETTEER: Gazetteer = {
  lookup: (name) => US[name.toLowerCase()] ?? [],
  lookupVariant: () => [],
  usState: () => undefined,
  usCountyStates: (name) => COUNTIES[countyKey(name)] ?? [],
  usTowns: (name) => TOWNS.filter((t) => t.name.toLowerCase() === name.toLowerCase()),
  usCountyPostalCodes: (name, region) => POSTAL_CODES[`${countyKey(name)} ${region}`] ?? 0,
};

type At = [string, number, string][];
/** A place of `US` (its first reading unless told), a county, a state, an organization. */
const town = (name: string, at: At, reading = 0): Entity => place(name, at, US[name.toLowerCase()]![reading]!);
const county = (name: string, at: At): Entity => place(name, at, { name, precision: 'county' });
const state = (name: string, at: At): Entity => place(name, at, { name, country: 'US', region: name, precision: 'region' });
const organization = (name: string): Entity => ({ id: `org-${name}`, type: 'organization', name, aliases: [], titles: [], mentions: [{ doc: 'a', span: { doc: 'a', start: 500, end: 500 + name.length }, text: name, rule: 'en/entity/organization-head' }] });
const many = (doc: string, rule: string, n: number, from = 10): At => Array.from({ length: n }, (_, i) => [doc, from + 150 * i, rule]);

describe('eventPlaces: counties and postal towns', () => {
  const cases: [string, Entity[], string[]][] = [
    // A county of one state gives the state of a town read elsewhere ...
    ['"Hudson" with "Pasco County" is Hudson, Florida', [town('Hudson', [['a', 40, 'en/entity/place-in']]), county('Pasco County', [['a', 200, 'en/entity/county']])], ['Hudson', 'Florida']],
    // ... and without it the larger reading stays.
    ['"Hudson" alone is Hudson, Ohio', [town('Hudson', [['a', 40, 'en/entity/place-in']])], ['Hudson', 'Ohio']],
    // A town too small for the gazetteer, in a county named, is read there by the postal names.
    ['"near Delia in Jackson County" is Delia, Kansas', [town('Delia', [['a', 40, 'en/entity/place-in']]), county('Jackson County', [['a', 60, 'en/entity/county']])], ['Delia', 'Kansas', 'United States']],
    ['"near Delia" alone is the gazetteer\'s Delia', [town('Delia', [['a', 40, 'en/entity/place-in']])], ['Delia', 'Italy']],
    // A town in the county the reports put the event in comes before a town named more that lies elsewhere ...
    [
      '"Clayton County" puts the event in Jonesboro, Georgia, not at the Atlanta hospital',
      [town('Atlanta', [['a', 17, 'en/entity/place-preposition'], ['a', 190, 'en/entity/gazetteer'], ['a', 900, 'en/entity/gazetteer']]), town('Jonesboro', [['a', 420, 'en/entity/place-in']]), county('Clayton County', [...many('a', 'en/entity/county', 2, 120), ['b', 30, 'en/entity/county']])],
      ['Jonesboro', 'Georgia'],
    ],
    // ... but not a county named in passing (where a suspect was arrested).
    [
      '"Lafayette Parish" named once does not move the event out of New Orleans',
      [town('New Orleans', [['a', 0, 'en/entity/dateline-city'], ['b', 0, 'en/entity/dateline-city'], ['c', 40, 'en/entity/place-event']]), town('Lafayette', [['c', 500, 'en/entity/place-event']]), county('Lafayette Parish', [['c', 1800, 'en/entity/county']])],
      ['New Orleans', 'Louisiana'],
    ],
    // In American reports a town read abroad needs a cue that says it is a place.
    ['"Perez\'s mother" in reports from Lehigh County is no place of the event', [town('Pérez', many('a', 'en/entity/place-modifier', 3)), town('Allentown', [['a', 600, 'en/entity/place-preposition']]), county('Lehigh County', [['a', 2000, 'en/entity/county']])], ['Allentown', 'Pennsylvania']],
    ['with no American cue, "Perez\'s" stays', [town('Pérez', many('a', 'en/entity/place-modifier', 3)), town('Allentown', [['a', 600, 'en/entity/place-preposition']])], ['Pérez', 'Argentina']],
    // A name with no place cue, read outside the event's states, is another thing ...
    ['"Southside has normal schedule", in reports from Greenville County, South Carolina', [town('Southside', [['a', 40, 'en/entity/unknown'], ['a', 700, 'en/entity/place-preposition']]), county('Greenville County', [['a', 800, 'en/entity/county']])], ['Greenville County', 'South Carolina']],
    // ... unless a cue says it is where things happen.
    ['"a shooting in Southside" stays', [town('Southside', [['a', 40, 'en/entity/place-event']]), county('Greenville County', [['a', 800, 'en/entity/county']])], ['Southside', 'Alabama']],
    // A town with a cue named about as much comes before one with none ...
    ['"Wallace" with no cue, "in Landover, Maryland" with one', [town('Wallace', many('a', 'en/entity/unknown', 6, 200)), town('Landover', [['a', 167, 'en/entity/place-comma'], ['b', 774, 'en/entity/place-comma']])], ['Landover', 'Maryland']],
    // ... not one named far less (a town of a state the reports name: not a stray name).
    [
      '"Wallace" named in every report from North Carolina',
      [town('Wallace', [...many('a', 'en/entity/unknown', 8), ...many('b', 'en/entity/unknown', 8), ...many('c', 'en/entity/unknown', 8)]), town('Landover', [['a', 1900, 'en/entity/place-comma']]), state('North Carolina', [['b', 40, 'en/entity/gazetteer']])],
      ['Wallace', 'North Carolina'],
    ],
    // A county named more than a town of another state is where the event is.
    ['reports from Horry County, South Carolina, that name Lumberton, North Carolina', [town('Lumberton', [['a', 1065, 'en/entity/place-event'], ['b', 1207, 'en/entity/place-event']]), county('Horry County', [...many('a', 'en/entity/county', 3, 116), ['b', 100, 'en/entity/county']])], ['Horry County', 'South Carolina']],
    ['a town named more than the county stays', [town('Lumberton', [['a', 40, 'en/entity/place-event'], ['b', 40, 'en/entity/place-event']]), county('Horry County', [['a', 1500, 'en/entity/county']])], ['Lumberton', 'North Carolina']],
    // A place that is no postal town is filed under the postal town the reports name ...
    ['"INDIANAPOLIS, Ind. — ... in Broad Ripple"', [town('Broad Ripple', [['a', 13, 'en/entity/place-event'], ['a', 92, 'en/entity/place-event'], ['b', 43, 'en/entity/place-event']]), town('Indianapolis', [['b', 57, 'en/entity/dateline']])], ['Indianapolis', 'Indiana']],
    // ... but not a town with a dateline of its own.
    ['"CHUBBUCK, Idaho" keeps its name', [town('Chubbuck', [['a', 34, 'en/entity/dateline'], ['a', 585, 'en/entity/place-in'], ['b', 152, 'en/entity/place-event']]), town('Pocatello', [['b', 63, 'en/entity/dateline']])], ['Chubbuck', 'Idaho']],
    // An incoherent town is read in the event's state when the postal names have it there ...
    ['"Berlin police" in reports from Connecticut', [town('Berlin', [['a', 0, 'en/entity/place-modifier'], ['a', 126, 'en/entity/place-police']], 1), state('Connecticut', [['a', 57, 'en/entity/gazetteer']]), town('New Britain', [['b', 271, 'en/entity/place-in']])], ['Berlin', 'Connecticut']],
    // ... or, with no state named, in the state of the largest American town of its name.
    ['"Trinidad police" in a report of an American station', [town('Trinidad', [['a', 0, 'en/entity/place-police']]), organization('KKTV')], ['Trinidad', 'Colorado', 'United States']],
    // ... and near the place that fits it when the gazetteer has a town of its name there.
    ['"in Caledonia", a woman "from Rochester"', [town('Caledonia', [['a', 22, 'en/entity/place-event'], ['a', 358, 'en/entity/place-event']]), town('Rochester', [['a', 198, 'en/entity/place-preposition']])], ['Caledonia', 'New York']],
    // A county of several states: the one far the largest, when nothing else tells ...
    ['"north Harris County" is in Texas', [county('Harris County', many('a', 'en/entity/county', 3, 54))], ['Harris County', 'Texas']],
    // ... and no state when none is.
    ['"Montgomery County" alone has no state', [county('Montgomery County', many('a', 'en/entity/county', 2, 53))], ['Montgomery County']],
    // A county in an agency's name makes the reports American.
    ['"Los Banos" with the "Merced County Superior Court"', [town('Los Banos', [['a', 9, 'en/entity/place-in'], ['a', 116, 'en/entity/place-in']]), organization('Merced County Superior Court')], ['Los Banos', 'California']],
    ['"Los Banos" alone', [town('Los Banos', [['a', 9, 'en/entity/place-in'], ['a', 116, 'en/entity/place-in']])], ['Los Baños', 'Philippines']],
  ];
  it.each(cases)('%s', (_, entities, expected) => {
    expect(eventPlaces(entities, { gazetteer: US_GAZETTEER }).slice(0, expected.length)).toEqual(expected);
  });
});

describe('eventPlaces: weak and common-word cues', () => {
  /** A county whose state the text gives ("HANOVER COUNTY, Va."). */
  const statedCounty = (name: string, region: string, at: At): Entity => place(name, at, { name, country: 'US', region, precision: 'county' });
  const cases: [string, Entity[], string[]][] = [
    // A town named by a common word counts when the reports confirm it: a county it lies in ...
    ['"a party in Spring" with "northwest Harris County"', [town('Spring', [['a', 300, 'en/entity/place-common']]), county('Harris County', many('a', 'en/entity/county', 2, 52))], ['Spring', 'Texas', 'United States']],
    // ... (of the right state: Montgomery County, Texas, of the many Montgomery Counties) ...
    ['"in Spring, said Montgomery County Sheriff\'s Lt."', [town('Spring', [['a', 250, 'en/entity/place-common']]), county('Montgomery County', [['a', 42, 'en/entity/county'], ['b', 53, 'en/entity/county']])], ['Spring', 'Texas', 'United States']],
    // ... or a state the reports name.
    ['"in Spring" with "Texas" named', [town('Spring', [['a', 300, 'en/entity/place-common']]), state('Texas', [['a', 900, 'en/entity/gazetteer']])], ['Spring', 'Texas']],
    // Unconfirmed, it is no place of the event: "in Spring" alone, with a county elsewhere, with a state elsewhere.
    ['"in Spring" alone', [town('Spring', [['a', 300, 'en/entity/place-common']])], []],
    ['"in Spring" with "Pasco County"', [town('Spring', [['a', 300, 'en/entity/place-common']]), county('Pasco County', [['a', 600, 'en/entity/county']])], ['Pasco County', 'Florida']],
    ['"in Spring" with "Ohio" named', [town('Spring', [['a', 300, 'en/entity/place-common']]), state('Ohio', [['a', 600, 'en/entity/gazetteer']])], ['Ohio']],
    // A state that is only where someone is based confirms nothing.
    ['"in Spring" with a "Texas-based" firm', [town('Spring', [['a', 300, 'en/entity/place-common']]), state('Texas', [['a', 600, 'en/entity/place-based']])], ['Texas']],
    // A county whose state the text gives has that state ...
    ['"MONTGOMERY COUNTY, Texas"', [statedCounty('Montgomery County', 'Texas', [['a', 0, 'en/entity/county']])], ['Montgomery County', 'Texas', 'United States']],
    // ... and reads its towns there.
    ['"Hudson" with "PASCO COUNTY, Fla."', [town('Hudson', [['a', 300, 'en/entity/place-in']]), statedCounty('Pasco County', 'Florida', [['a', 0, 'en/entity/county']])], ['Hudson', 'Florida']],
    // "-based" is where someone is based: a city named so, even often and early, yields to a city with a cue of the event.
    [
      '"a Washington, D.C.-based artist" named often and early, and a town whose state the text gives',
      [town('Atlanta', [['a', 20, 'en/entity/place-based'], ['a', 200, 'en/entity/place-based'], ['b', 30, 'en/entity/place-based']]), town('Lafayette', [['a', 700, 'en/entity/place-comma']])],
      ['Lafayette', 'Louisiana'],
    ],
    // An outlet's town whose state the headline gives keeps that reading, when nothing else is named ...
    ['"- WTVM.com-Columbus, GA News"', [town('Columbus', [['a', 49, 'en/entity/place-outlet-comma']], 1)], ['Columbus', 'Georgia']],
    // ... but it never outweighs a town with a cue of the event, nor takes its place as a large city it would lie in.
    ['"- WTVM.com-Columbus, GA News" and "in Hudson"', [town('Columbus', [['a', 49, 'en/entity/place-outlet-comma'], ['b', 49, 'en/entity/place-outlet-comma']], 1), town('Hudson', [['a', 900, 'en/entity/place-in']])], ['Hudson', 'Ohio']],
    // The outlet's state is a state the reports name: a town with no cue of the event read elsewhere is a stray name.
    ['"- WBRC FOX6 News - Columbus, GA" and "from Southside Elementary"', [town('Columbus', [['a', 84, 'en/entity/place-outlet-comma']], 1), town('Southside', [['a', 298, 'en/entity/place-preposition']])], ['Columbus', 'Georgia']],
    ['"from Southside Elementary" alone', [town('Southside', [['a', 298, 'en/entity/place-preposition']])], ['Southside', 'Alabama']],
    // Named outside the outlet too, a large city may.
    ['"Columbus police" and "in Hudson"', [town('Columbus', [['a', 49, 'en/entity/place-outlet-comma'], ['b', 1900, 'en/entity/place-police']], 1), town('Hudson', [['a', 900, 'en/entity/place-in']])], ['Columbus', 'Georgia']],
    // The same mentions as cues of where things happen carry the event.
    ['the same city named with "in"', [town('Atlanta', [['a', 20, 'en/entity/place-in'], ['a', 200, 'en/entity/place-in'], ['b', 30, 'en/entity/place-in']]), town('Lafayette', [['a', 700, 'en/entity/place-comma']])], ['Atlanta', 'Georgia']],
  ];
  it.each(cases)('%s', (_, entities, expected) => {
    expect(eventPlaces(entities, { gazetteer: US_GAZETTEER }).slice(0, Math.max(1, expected.length))).toEqual(expected);
  });
});

describe('placeWithin (where an export puts an event)', () => {
  const gazetteer = loadGazetteer();
  it('reads the main place in the state and country the event names, not the first reading of the name', () => {
    // the gazetteer's first "Los Banos" is Los Baños in the Philippines; "Bristol" is England's
    expect(placeWithin('Los Banos', namedAreas(['California', 'United States'], gazetteer), gazetteer)).toMatchObject({ country: 'US', region: 'California' });
    expect(placeWithin('Bristol', namedAreas(['Tennessee', 'United States'], gazetteer), gazetteer)).toMatchObject({ country: 'US', region: 'Tennessee' });
    // "Georgia" is a country and a US state: the state holds Columbus
    expect(placeWithin('Columbus', namedAreas(['Georgia', 'United States'], gazetteer), gazetteer)).toMatchObject({ country: 'US', region: 'Georgia' });
    expect(placeWithin('Baku', namedAreas(['Azerbaijan'], gazetteer), gazetteer)).toMatchObject({ country: 'AZ' });
  });
  it('gives no point in the wrong country, and the first reading when nothing else is named', () => {
    // "Arizona" with "United States" is the state, which has no point, not a town of Honduras
    expect(placeWithin('Arizona', namedAreas(['United States'], gazetteer), gazetteer)).toBeUndefined();
    expect(placeWithin('Baku', namedAreas([], gazetteer), gazetteer)).toMatchObject({ country: 'AZ' });
  });
});
