import { describe, expect, it } from 'vitest';
import { renderGeoJson, toGeoJson } from '../../src/render/geojson.js';
import { blackJanuaryDossier, handmadeDossier } from './fixtures.js';

/** Checks the RFC 7946 rules a FeatureCollection of points must follow; returns the problems found. */
function rfc7946Problems(value: unknown): string[] {
  const problems: string[] = [];
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(value) || value['type'] !== 'FeatureCollection') return ['not a FeatureCollection'];
  if ('crs' in value) problems.push('`crs` is not part of RFC 7946');
  const features = value['features'];
  if (!Array.isArray(features)) return ['`features` is not an array'];
  features.forEach((f: unknown, i) => {
    if (!isObject(f) || f['type'] !== 'Feature') return void problems.push(`feature ${i}: not a Feature`);
    if (!('geometry' in f)) problems.push(`feature ${i}: no geometry member`);
    if (!('properties' in f) || !(f['properties'] === null || isObject(f['properties']))) problems.push(`feature ${i}: properties must be an object or null`);
    if ('id' in f && typeof f['id'] !== 'string' && typeof f['id'] !== 'number') problems.push(`feature ${i}: id must be a string or number`);
    const g = f['geometry'];
    if (g === null) return;
    if (!isObject(g) || g['type'] !== 'Point') return void problems.push(`feature ${i}: geometry is not a Point`);
    const c = g['coordinates'];
    if (!Array.isArray(c) || c.length < 2 || !c.every((n) => typeof n === 'number' && Number.isFinite(n))) return void problems.push(`feature ${i}: bad coordinates`);
    const [lon, lat] = c as number[];
    if (Math.abs(lon!) > 180 || Math.abs(lat!) > 90) problems.push(`feature ${i}: coordinates out of range (longitude first)`);
  });
  return problems;
}

describe('toGeoJson', () => {
  it('writes one unlocated Feature per event while no gazetteer is given', () => {
    const collection = toGeoJson(handmadeDossier());
    expect(rfc7946Problems(JSON.parse(JSON.stringify(collection)))).toEqual([]);
    expect(collection.features.map((f) => [f.id, f.geometry, f.properties.location])).toEqual([
      ['e1', null, 'Springfield'],
      ['e2', null, null],
    ]);
    expect(collection.features[0]?.properties).toMatchObject({ deaths_low: 2, deaths_best: 2, deaths_high: 3, sources: 3, independent_sources: 2, places: ['Springfield', 'Illinois'] });
  });

  it('places a located event at [longitude, latitude]', () => {
    const collection = toGeoJson(handmadeDossier(), { locate: (p) => (p === 'Springfield' ? { latitude: 39.78, longitude: -89.65, precision: 'city' } : undefined) });
    expect(rfc7946Problems(collection)).toEqual([]);
    expect(collection.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [-89.65, 39.78] });
    expect(collection.features[0]?.properties.location_precision).toBe('city');
    expect(collection.features[1]?.geometry).toBeNull();
  });

  it('never writes a point off the globe', () => {
    const collection = toGeoJson(handmadeDossier(), { locate: () => ({ latitude: 200, longitude: 10 }) });
    expect(collection.features.every((f) => f.geometry === null)).toBe(true);
  });

  it('renders valid JSON for the seed dossier, its event at its first place', async () => {
    const dossier = await blackJanuaryDossier();
    const parsed: unknown = JSON.parse(renderGeoJson(dossier));
    expect(rfc7946Problems(parsed)).toEqual([]);
    const collection = parsed as ReturnType<typeof toGeoJson>;
    expect(collection.features).toHaveLength(dossier.events.length);
    expect(collection.features[0]?.properties.location).toBe(dossier.events[0]?.places[0] ?? null);
  });

  it('holds an empty collection for a dossier without events', () => {
    expect(toGeoJson({ version: 1, documents: [], events: [], entities: [], lineage: [] })).toEqual({ type: 'FeatureCollection', features: [] });
  });
});
