/**
 * The timeline picture: dated happenings (and when each report was published) in date order on a
 * vertical axis, drawn as inline SVG. Long gaps are shown as breaks in the axis rather than to
 * scale, so 1918 and 2020 fit one picture.
 */
import { svg } from './dom.js';

/** One thing to place on the timeline. */
export interface TimelineItem {
  /** ISO 8601 cut to its precision (`1990-01-20`, `1989-12`, `1956`). */
  readonly date: string;
  /** Last day of a range, when the entry spans several. */
  readonly end?: string;
  readonly precision: string;
  readonly label: string;
  /**
   * What the entry is about, relative to the event (`history`, `event`, `aftermath`,
   * `commemoration`, `publication`); it styles the marker. `publication` entries come last on a day
   * and are drawn as squares.
   */
  readonly kind: string;
}

/** Kinds of timeline entries, in legend order, with their legend words. */
export const TIMELINE_KINDS: readonly (readonly [kind: string, words: string])[] = [
  ['history', 'history before the event'],
  ['event', 'the event'],
  ['aftermath', 'aftermath'],
  ['commemoration', 'commemoration'],
  ['publication', 'a report published'],
];
const KIND_CLASS = /^[a-z-]{1,20}$/;

/** An item placed on the picture. */
export interface TimelineRow<T extends TimelineItem = TimelineItem> {
  readonly item: T;
  /** Days since 1970-01-01 of the date's first day. */
  readonly day: number;
  /** Vertical centre of the row. */
  readonly y: number;
  /** True when a break (a long gap) is drawn above the row. */
  readonly isAfterBreak: boolean;
}

/** Height of a row and of a break, and where the first row sits (SVG units). */
export const ROW_HEIGHT = 26;
const BREAK_HEIGHT = 18;
const TOP = 20;
/** Gaps longer than this (days) are drawn as breaks. */
const BREAK_DAYS = 366;
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;
const DAY_MS = 86_400_000;
const WIDTH = 760;
const AXIS_X = 112;
const LABEL_X = AXIS_X + 16;
/** Characters of a label that fit at the label font size. */
const LABEL_CHARS = 88;

/**
 * Days since 1970-01-01 of the first day an ISO date (any precision) covers; `undefined` when the
 * text is not an ISO date.
 *
 * @example
 * isoDay('1970-01-02'); // 1
 * isoDay('1990'); // 7305
 */
export function isoDay(date: string): number | undefined {
  const m = ISO_DATE.exec(date);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) - 1 : 0;
  const day = m[3] ? Number(m[3]) : 1;
  return Math.floor(Date.UTC(year, month, day) / DAY_MS);
}

/**
 * Places items in date order (happenings before publications on the same day, items without a
 * readable date left out), one row each, with a break above a row that follows a long gap.
 *
 * @example
 * layoutTimeline([{ date: '2020-01-20', precision: 'day', label: 'p', kind: 'publication' },
 *                 { date: '1990-01-20', precision: 'day', label: 'h', kind: 'event' }]).rows[0].item.label; // 'h'
 */
export function layoutTimeline<T extends TimelineItem>(items: readonly T[]): { readonly rows: TimelineRow<T>[]; readonly height: number } {
  const dated = items
    .map((item, index) => ({ item, index, day: isoDay(item.date) }))
    .filter((d): d is { item: T; index: number; day: number } => d.day !== undefined)
    .sort((a, b) => a.day - b.day || Number(a.item.kind === 'publication') - Number(b.item.kind === 'publication') || a.index - b.index);
  const rows: TimelineRow<T>[] = [];
  let y = TOP;
  let previous: number | undefined;
  for (const d of dated) {
    const isAfterBreak = previous !== undefined && d.day - previous > BREAK_DAYS;
    if (isAfterBreak) y += BREAK_HEIGHT;
    rows.push({ item: d.item, day: d.day, y, isAfterBreak });
    y += ROW_HEIGHT;
    previous = d.day;
  }
  return { rows, height: rows.length === 0 ? 0 : y - ROW_HEIGHT + TOP };
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/**
 * Draws the timeline as an `<svg>`; each row is focusable and calls `onSelect` when clicked (or
 * activated with Enter or Space). Labels are set as text nodes; long ones are cut, with the full
 * text in a `<title>`.
 */
export function drawTimeline<T extends TimelineItem>(items: readonly T[], onSelect: (item: T) => void): SVGSVGElement | undefined {
  const { rows, height } = layoutTimeline(items);
  if (rows.length === 0) return undefined;
  const first = rows[0];
  const last = rows[rows.length - 1];
  const picture = svg('svg', {
    class: 'timeline',
    viewBox: `0 0 ${WIDTH} ${height}`,
    width: WIDTH,
    height,
    role: 'list',
    'aria-label': 'Timeline',
  });
  if (first && last) picture.appendChild(svg('line', { class: 'axis', x1: AXIS_X, x2: AXIS_X, y1: first.y - 10, y2: last.y + 10 }));
  for (const row of rows) {
    if (row.isAfterBreak) {
      const y = row.y - ROW_HEIGHT / 2 - BREAK_HEIGHT / 2 + 4;
      picture.appendChild(svg('rect', { class: 'axis-break', x: AXIS_X - 6, y: y - 4, width: 12, height: 8 }));
      picture.appendChild(svg('path', { class: 'axis-break-mark', d: `M${AXIS_X - 7} ${y} l14 -4 M${AXIS_X - 7} ${y + 5} l14 -4` }));
    }
    const kind = KIND_CLASS.test(row.item.kind) ? row.item.kind : 'other';
    const range = row.item.end && row.item.end !== row.item.date ? `${row.item.date} to ${row.item.end}` : row.item.date;
    const group = svg(
      'g',
      { class: `timeline-row ${kind}`, role: 'listitem', tabindex: 0, 'data-date': row.item.date, 'data-kind': kind },
      svg('title', {}, `${range} (${row.item.kind}): ${row.item.label}`),
      svg('rect', { class: 'hit', x: 0, y: row.y - ROW_HEIGHT / 2, width: WIDTH, height: ROW_HEIGHT }),
      svg('text', { class: 'date', x: AXIS_X - 12, y: row.y + 4, 'text-anchor': 'end' }, row.item.date),
      kind === 'publication'
        ? svg('rect', { class: 'marker', x: AXIS_X - 4, y: row.y - 4, width: 8, height: 8 })
        : svg('circle', { class: 'marker', cx: AXIS_X, cy: row.y, r: 6 }),
      svg('text', { class: 'label', x: LABEL_X, y: row.y + 4 }, shorten(row.item.label, LABEL_CHARS)),
    );
    group.addEventListener('click', () => onSelect(row.item));
    group.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      onSelect(row.item);
    });
    picture.appendChild(group);
  }
  return picture;
}
