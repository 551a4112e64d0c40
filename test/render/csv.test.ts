import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvText, eventRow, figureName, headlineFigure, lineageGroups, renderCsv } from '../../src/render/csv.js';
import type { Dossier } from '../../src/model/dossier.js';
import { blackJanuaryDossier, handmadeDossier } from './fixtures.js';

/** A strict RFC 4180 reader: CRLF records, `"`-quoted fields with `""` escapes. Throws on anything else. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  if (!text.endsWith('\r\n')) throw new Error('the last record must end with CRLF');
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) throw new Error('unterminated quoted field');
        cell += text.slice(i, quote);
        if (text[quote + 1] === '"') {
          cell += '"';
          i = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} in an unquoted field at ${i}`);
        cell += text[i];
        i++;
      }
    }
    row.push(cell);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else throw new Error(`expected , or CRLF at ${i}`);
  }
  return rows;
}

function records(dossier: Dossier): Record<string, string>[] {
  const [header, ...rows] = parseCsv(renderCsv(dossier));
  expect(header).toEqual(CSV_COLUMNS);
  return rows.map((r) => {
    expect(r).toHaveLength(CSV_COLUMNS.length);
    return Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i] ?? '']));
  });
}

describe('csvText', () => {
  // [input, cell as written]
  const CASES: readonly [string | undefined, string][] = [
    ['Baku', 'Baku'],
    ['', ''],
    [undefined, ''],
    ['Baku, Azerbaijan', '"Baku, Azerbaijan"'],
    ['He said "no"', '"He said ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1 555', "'+1 555"],
    ['-2+3', "'-2+3"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\t=1', "'\t=1"],
    ['=HYPERLINK("http://x", "y")', '"\'=HYPERLINK(""http://x"", ""y"")"'],
    ['a=b', 'a=b'],
    ["'quoted", "'quoted"],
  ];
  it.each(CASES)('%j -> %j', (input, expected) => {
    expect(csvText(input)).toBe(expected);
  });
});

describe('lineageGroups', () => {
  it('joins linked documents and keeps the others alone, in input order', () => {
    const link = (a: string, b: string) => ({ docs: [a, b] as const, relation: 'duplicate' as const, sharedPassages: 1, evidence: [] });
    expect(lineageGroups(['a', 'b', 'c', 'd'], [link('a', 'c'), link('c', 'd')])).toEqual([['a', 'c', 'd'], ['b']]);
    expect(lineageGroups(['a', 'b'], [])).toEqual([['a'], ['b']]);
    // links to documents outside the event are ignored
    expect(lineageGroups(['a', 'b'], [link('a', 'x')])).toEqual([['a'], ['b']]);
  });
});

describe('headlineFigure', () => {
  it('takes the event scope before a total, and never another place or a recurring figure', () => {
    const dossier = handmadeDossier();
    const e1 = dossier.events[0]!;
    expect(headlineFigure(e1, 'killed')?.scope.key).toBe('main');
    expect(headlineFigure(e1, 'injured')).toBeUndefined();
    const onlyOther = { ...e1, figures: e1.figures.map((f) => ({ ...f, scope: { ...f.scope, key: 'other' as const } })) };
    expect(headlineFigure(onlyOther, 'killed')).toBeUndefined();
    const onlyTotal = { ...e1, figures: e1.figures.filter((f) => f.scope.key === 'total') };
    expect(headlineFigure(onlyTotal, 'killed')?.best).toBe(9);
  });
});

describe('renderCsv', () => {
  it('writes a header and one RFC 4180 row per event, CRLF-terminated', () => {
    const text = renderCsv(handmadeDossier());
    expect(text.split('\r\n')).toHaveLength(4); // header, 2 events, final empty string
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\r(?!\n)/);
  });

  it('fills the ACLED/UCDP-like columns from the headline figures, lineage and documents', () => {
    const [e1, e2] = records(handmadeDossier());
    expect(e1).toMatchObject({
      event_id: 'e1',
      title: 'Shooting in Springfield, "market" attack',
      event_date: '2024-05-04',
      event_date_end: '',
      date_precision: 'day',
      location: 'Springfield',
      admin1: '',
      latitude: '',
      longitude: '',
      location_precision: '',
      deaths_low: '2',
      deaths_best: '2',
      deaths_high: '3',
      injured: '',
      detained: '',
      sources: '3',
      independent_sources: '2', // a and c are one lineage
      source_ids: 'a;b;c',
    });
    expect(e1?.notes).toBe('killed in total: 9 | killed in Springfield: 2 (2 reports: a, c) vs 3 (1 report: b); best 2: lower');
    expect(e2).toMatchObject({ event_id: 'e2', deaths_best: '', sources: '1', independent_sources: '1', location: '', notes: '' });
  });

  it('neutralizes formulas in text cells but keeps negative coordinates as numbers', () => {
    const [e1, e2] = records(handmadeDossier());
    expect(e2?.title).toBe("'=cmd|' /C calc'!A0");
    const withPlaces = renderCsv(handmadeDossier(), { locate: (p) => (p === 'Springfield' ? { latitude: 39.78, longitude: -89.65, precision: 'city', admin1: 'Illinois' } : undefined) });
    const [, row] = parseCsv(withPlaces);
    const cell = (name: string) => row?.[CSV_COLUMNS.indexOf(name)];
    expect([cell('latitude'), cell('longitude'), cell('location_precision'), cell('admin1')]).toEqual(['39.78', '-89.65', 'city', 'Illinois']);
    expect(e1?.longitude).toBe('');
  });

  it('drops a located point outside the globe rather than write it', () => {
    const row = eventRow(handmadeDossier(), handmadeDossier().events[0]!, { locate: () => ({ latitude: 91, longitude: 10 }) });
    expect([row.latitude, row.longitude]).toEqual([undefined, undefined]);
  });

  it('writes the header alone for a dossier without events', () => {
    expect(renderCsv({ version: 1, documents: [], events: [], entities: [], lineage: [] })).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });

  it('writes the seed event with its killed conflict explained in the notes', async () => {
    const dossier = await blackJanuaryDossier();
    const [row] = records(dossier);
    const killed = headlineFigure(dossier.events[0]!, 'killed');
    expect(killed).toBeDefined();
    expect(row?.deaths_best).toBe(String(killed?.best));
    expect(row?.deaths_low).toBe(String(killed?.low));
    expect(row?.deaths_high).toBe(killed?.high === null ? '' : String(killed?.high));
    expect(row?.sources).toBe('5');
    expect(row?.source_ids?.split(';')).toEqual(dossier.events[0]!.documents);
    for (const f of dossier.events[0]!.figures.filter((x) => x.agreement === 'conflicting')) expect(row?.notes).toContain(f.explanation);
  });
});

describe('figureName', () => {
  it('names a figure by its kind and scope, and a whole-event figure by its kind alone', () => {
    expect(figureName({ kind: 'killed', scope: { key: 'main', place: 'Baku', period: '1990-01-19', label: 'in Baku, that night' } })).toBe('killed in Baku, that night');
    expect(figureName({ kind: 'injured', scope: { key: 'main', place: null, period: null, label: 'the event' } })).toBe('injured');
  });
});
