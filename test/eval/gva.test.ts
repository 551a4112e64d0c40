import { describe, expect, it } from 'vitest';
import { isSamePlace, scoreGva, type GvaIncident } from '../../src/eval/gva.js';
import { scoresOf } from '../../src/cli/eval.js';
import type { RawDoc } from '../../src/model/document.js';
import type { Dossier } from '../../src/model/dossier.js';

function incident(id: string, date: string): GvaIncident {
  return { id, date, location: { city_or_county: 'Springfield', state: 'Ohio' }, killed: 0, injured: 0, arrested: 0, documents: [id] };
}

/** A dossier whose only event has the given date (or none). */
function dossierDated(start: string | undefined): Dossier {
  return {
    version: 1,
    documents: [],
    events: [{ id: 'e1', title: 't', date: start ? { start, precision: 'day' } : null, places: [], documents: [], figures: [], timeline: [], quotes: [] }],
    entities: [],
    lineage: [],
  };
}

describe('scoreGva: event date', () => {
  const docs = new Map<string, RawDoc>(['a', 'b', 'c'].map((id) => [id, { id, path: `${id}.txt`, text: 'x' }]));
  const dates: Record<string, string | undefined> = { a: '2016-01-02', b: '2016-01-03', c: undefined };
  const report = scoreGva([incident('a', '2016-01-02'), incident('b', '2016-01-02'), incident('c', '2016-01-02')], docs, (group) =>
    dossierDated(dates[group[0]?.id ?? '']),
  );

  it('counts incidents whose event starts on the incident date', () => {
    expect(report.eventDate).toEqual({ exact: 1, total: 3 });
    expect(report.results.map((r) => r.date)).toEqual([
      { truth: '2016-01-02', predicted: '2016-01-02' },
      { truth: '2016-01-02', predicted: '2016-01-03' },
      { truth: '2016-01-02', predicted: null },
    ]);
  });

  it('reports it among the scores the floors pin, in percent', () => {
    expect(scoresOf(report)['eventDate.exact']).toBe(33.3);
  });
});

describe('isSamePlace', () => {
  const cases: [string, string, boolean][] = [
    // predicted, GVA city_or_county, same
    ['St. Louis', 'Saint Louis', true],
    ['Trenton', 'Trenton (Hamilton Township)', true],
    ['Hamilton Township', 'Trenton (Hamilton Township)', true],
    ['Washington, D.C.', 'Washington', true],
    // GeoNames' "The Bronx" is GVA's "Bronx", either way round.
    ['The Bronx', 'Bronx', true],
    ['Colony', 'The Colony', true],
    ['Bronx', 'Brooklyn', false],
    ['The Dalles', 'Dallas', false],
    ['Theodore', 'Odore', false],
    ['Greenville County', 'Greenville', false],
  ];
  it.each(cases)('%j and %j: %s', (predicted, truth, same) => expect(isSamePlace(predicted, truth)).toBe(same));
});
