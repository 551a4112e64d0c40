/** The front end's pure helpers (no browser needed): passage cutting, snippets, URLs, timeline layout. */
import { describe, expect, it } from 'vitest';
import { safeUrl } from '../../web/src/dom.js';
import { segmentText, snippetParts, type Segment } from '../../web/src/passage.js';
import { isoDay, layoutTimeline, ROW_HEIGHT, type TimelineItem } from '../../web/src/timeline.js';
import { pictureItems } from '../../web/src/viewer.js';

const compact = (segments: Segment[]) => segments.map((s) => `${s.start}-${s.end}:${s.kind}`);

describe('segmentText', () => {
  // [length, passage, inner, segments]
  const CASES: readonly [number, [number, number] | undefined, [number, number] | undefined, string[]][] = [
    [20, [5, 15], [8, 11], ['0-5:plain', '5-8:passage', '8-11:number', '11-15:passage', '15-20:plain']],
    [20, [0, 20], undefined, ['0-20:passage']],
    [20, [5, 15], [5, 15], ['0-5:plain', '5-15:number', '15-20:plain']],
    [20, undefined, undefined, ['0-20:plain']],
    [0, undefined, undefined, []],
    // out-of-range spans are clamped to the text, never thrown on
    [10, [8, 50], [2, 9], ['0-8:plain', '8-9:number', '9-10:passage']],
    [10, [-5, 3], undefined, ['0-3:passage', '3-10:plain']],
    [10, [7, 4], undefined, ['0-10:plain']],
    [10, [Number.NaN, 4], undefined, ['0-4:passage', '4-10:plain']],
  ];
  it.each(CASES)('length %i, passage %j, number %j', (length, passage, inner, expected) => {
    expect(compact(segmentText(length, passage, inner))).toEqual(expected);
  });

  it('covers the text exactly once, in order', () => {
    const segments = segmentText(100, [10, 60], [20, 25]);
    expect(segments[0]?.start).toBe(0);
    expect(segments.at(-1)?.end).toBe(100);
    segments.slice(1).forEach((s, i) => expect(s.start).toBe(segments[i]?.end));
  });
});

describe('snippetParts', () => {
  const CASES: readonly [string, [string, boolean][]][] = [
    ['the \u0001Baku\u0002 massacre', [['the ', false], ['Baku', true], [' massacre', false]]],
    ['\u0001a\u0002\u0001b\u0002', [['a', true], ['b', true]]],
    ['no hit <b>markup</b>', [['no hit <b>markup</b>', false]]],
    ['', []],
  ];
  it.each(CASES)('%j', (snippet, expected) => {
    expect(snippetParts(snippet).map((p) => [p.text, p.hit])).toEqual(expected);
  });
});

describe('safeUrl', () => {
  const CASES: readonly [string | null | undefined, string | undefined][] = [
    ['https://example.org/a?b=1', 'https://example.org/a?b=1'],
    ['http://example.org', 'http://example.org/'],
    ['  https://example.org/x  ', 'https://example.org/x'],
    ['javascript:alert(1)', undefined],
    ['JaVaScRiPt:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['//evil.example/x', undefined],
    ['ftp://example.org', undefined],
    ['https://', undefined],
    [null, undefined],
    ['', undefined],
  ];
  it.each(CASES)('%j -> %j', (url, expected) => {
    expect(safeUrl(url)).toBe(expected);
  });
});

describe('isoDay', () => {
  const CASES: readonly [string, number | undefined][] = [
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['1990', 7305],
    ['1990-02', 7336],
    ['2024-05-04T10:00:00Z', 19847],
    ['last week', undefined],
    ['', undefined],
  ];
  it.each(CASES)('%j -> %j', (date, expected) => {
    expect(isoDay(date)).toBe(expected);
  });
});

describe('layoutTimeline', () => {
  const item = (date: string, kind: string, label = date): TimelineItem => ({ date, precision: 'day', label, kind });

  it('orders by date, publications after the happenings of their day, and breaks the axis at long gaps', () => {
    const { rows, height } = layoutTimeline([
      item('2020-01-20', 'publication', 'published'),
      item('1990-01-20', 'event', 'crackdown'),
      item('2020-01-20', 'commemoration', 'anniversary'),
      item('1990-01-19', 'event', 'troops enter'),
      item('not a date', 'event', 'dropped'),
    ]);
    expect(rows.map((r) => [r.item.label, r.isAfterBreak])).toEqual([
      ['troops enter', false],
      ['crackdown', false],
      ['anniversary', true],
      ['published', false],
    ]);
    expect(rows[1]!.y - rows[0]!.y).toBe(ROW_HEIGHT);
    expect(rows[2]!.y - rows[1]!.y).toBeGreaterThan(ROW_HEIGHT);
    expect(height).toBeGreaterThan(rows.at(-1)!.y);
  });

  it('places nothing when nothing is dated', () => {
    expect(layoutTimeline([item('someday', 'event')])).toEqual({ rows: [], height: 0 });
  });
});

describe('pictureItems', () => {
  it('keeps the event first when there are too many entries, in the original order', () => {
    const items = [
      { date: '1918', precision: 'year', label: 'h1', kind: 'history' },
      { date: '1990', precision: 'year', label: 'e1', kind: 'event' },
      { date: '2020', precision: 'year', label: 'p1', kind: 'publication' },
      { date: '1991', precision: 'year', label: 'a1', kind: 'aftermath' },
      { date: '1990', precision: 'year', label: 'e2', kind: 'event' },
    ];
    expect(pictureItems(items, 3).map((i) => i.label)).toEqual(['e1', 'a1', 'e2']);
    expect(pictureItems(items, 10)).toEqual(items);
  });
});
