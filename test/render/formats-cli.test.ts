import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/render/csv.js';
import { BLACK_JANUARY } from './fixtures.js';

// The CLI as a user runs it: the built bin (npm test builds first).
const BIN = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

function build(format: string) {
  const r = spawnSync(process.execPath, [BIN, 'build', BLACK_JANUARY, '--format', format], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: `${r.stderr}${r.error ? ` (${r.error.message})` : ''}` };
}

describe('corroborate build --format', () => {
  it('writes the HTML report, CSV and GeoJSON of the same dossier', () => {
    expect(existsSync(BIN)).toBe(true);
    const built = build('json');
    expect(built.code, built.stderr).toBe(0);
    const json = JSON.parse(built.stdout) as { events: { id: string; documents: string[] }[] };
    const html = build('html');
    expect(html.code, html.stderr).toBe(0);
    expect(html.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(html.stdout).toContain('<script id="dossier-data" type="application/json">');
    const csv = build('csv');
    expect(csv.code, csv.stderr).toBe(0);
    const lines = csv.stdout.split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(json.events.length + 2);
    const geojson = build('geojson');
    expect(geojson.code, geojson.stderr).toBe(0);
    const collection = JSON.parse(geojson.stdout) as { type: string; features: { id: string; properties: { source_ids: string[] } }[] };
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((f) => [f.id, f.properties.source_ids])).toEqual(json.events.map((e) => [e.id, e.documents]));
  });

  it('refuses an unknown format with exit code 2', () => {
    const r = build('pdf');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Allowed choices are json, md, html, csv, geojson/);
  });
});
