/**
 * CSV export: one row per event with ACLED- and UCDP-like columns (RFC 4180, formula-injection
 * safe), and the event-level facts the GeoJSON export shares.
 */
import type { Dossier, DossierEvent, DossierFigure, DossierLineage } from '../model/dossier.js';
import type { DocId } from '../model/span.js';

/** Where a place is, when a gazetteer knows it. */
export interface PlaceLocation {
  readonly latitude: number;
  readonly longitude: number;
  /** How exact the point is, e.g. `city`, `admin1`, `country` (ACLED's geo_precision as words). */
  readonly precision?: string;
  /** First-level administrative region (province, state). */
  readonly admin1?: string;
}

/** Options of the event exports. */
export interface ExportOptions {
  /**
   * Looks up an event's main place, read within the event's other places (its state and country:
   * "Los Banos" with "California", "United States"); without it coordinates stay empty.
   */
  readonly locate?: (place: string, within: readonly string[]) => PlaceLocation | undefined;
}

/** The scope label of a figure that states no place nor period (`reconcileFigures`). */
const WHOLE_EVENT_LABEL = 'the event';

/**
 * A figure's kind and scope as words ("killed in Baku, that night"); a figure of the whole event,
 * with no place nor period, by its kind alone ("injured", not "injured the event").
 *
 * @example figureName({ kind: 'injured', scope: { key: 'main', place: null, period: null, label: 'the event' } }) === 'injured'
 */
export function figureName(f: Pick<DossierFigure, 'kind' | 'scope'>): string {
  return f.scope.label === WHOLE_EVENT_LABEL ? f.kind : `${f.kind} ${f.scope.label}`;
}

/** A figure's reconciled values. */
export interface FigureValues {
  readonly low: number;
  readonly best: number;
  readonly high: number | null;
}

/**
 * The event-level facts of one event, as the CSV and GeoJSON exports write them. A count is
 * `undefined` when no report states one (not reported, which is not zero).
 */
export interface EventRow {
  readonly id: string;
  readonly title: string;
  readonly dateStart: string | undefined;
  readonly dateEnd: string | undefined;
  readonly datePrecision: string | undefined;
  readonly location: string | undefined;
  readonly places: readonly string[];
  readonly admin1: string | undefined;
  readonly latitude: number | undefined;
  readonly longitude: number | undefined;
  readonly locationPrecision: string | undefined;
  readonly deaths: FigureValues | undefined;
  readonly injured: FigureValues | undefined;
  readonly detained: FigureValues | undefined;
  readonly sources: number;
  readonly independentSources: number;
  readonly sourceIds: readonly DocId[];
  /** Conflicts explained, and figures of other scopes ("killed in total: 147"). */
  readonly notes: readonly string[];
}

/** Scopes that can stand for the event itself, best first; `other` and `recurring` never do. */
const EVENT_SCOPES: readonly DossierFigure['scope']['key'][] = ['main', 'unscoped', 'total'];
/** Cells that start with one of these are read as formulas by spreadsheets. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Cells that need RFC 4180 quoting. */
const NEEDS_QUOTES = /[",\r\n]/;
const ISO_PRECISION: Readonly<Record<number, string>> = { 4: 'year', 7: 'month', 10: 'day' };

/**
 * Groups documents that are not independent (connected by lineage links); a document without
 * links is a group of its own. Groups keep the order of `docs`.
 *
 * @example
 * lineageGroups(['a', 'b', 'c'], [{ docs: ['a', 'c'], relation: 'duplicate', sharedPassages: 3, evidence: [] }]);
 * // [['a', 'c'], ['b']]
 */
export function lineageGroups(docs: readonly DocId[], lineage: readonly DossierLineage[]): DocId[][] {
  const parent = new Map<DocId, DocId>(docs.map((d) => [d, d]));
  const root = (d: DocId): DocId => {
    let r = d;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    parent.set(d, r);
    return r;
  };
  for (const link of lineage) {
    const [a, b] = link.docs;
    if (a === undefined || b === undefined || !parent.has(a) || !parent.has(b)) continue;
    const ra = root(a);
    const rb = root(b);
    if (ra !== rb) parent.set(rb, ra);
  }
  const groups = new Map<DocId, DocId[]>();
  for (const d of docs) {
    const r = root(d);
    const group = groups.get(r);
    if (group) group.push(d);
    else groups.set(r, [d]);
  }
  return [...groups.values()];
}

/**
 * The figure of a kind that stands for the event: its own scope first (`main`), then a figure
 * with no stated scope, then a total. `undefined` when no report states the kind.
 *
 * @example
 * headlineFigure(event, 'killed')?.best; // 130 for "130 died in Baku that night" (147 in total is a note)
 */
export function headlineFigure(event: DossierEvent, kind: DossierFigure['kind']): DossierFigure | undefined {
  let best: DossierFigure | undefined;
  let bestRank = EVENT_SCOPES.length;
  for (const f of event.figures) {
    if (f.kind !== kind) continue;
    const rank = EVENT_SCOPES.indexOf(f.scope.key);
    if (rank >= 0 && rank < bestRank) {
      best = f;
      bestRank = rank;
    }
  }
  return best;
}

function values(f: DossierFigure | undefined): FigureValues | undefined {
  return f ? { low: f.low, best: f.best, high: f.high } : undefined;
}

function figureValue(f: DossierFigure): string {
  if (f.low === f.best && f.high === f.best) return `${f.best}`;
  return `${f.best} (${f.low}-${f.high ?? 'open'})`;
}

/**
 * The event-level facts of an event (see {@link EventRow}).
 *
 * @example
 * eventRow(dossier, dossier.events[0]).deaths; // { low: 130, best: 130, high: 141 }
 */
export function eventRow(dossier: Dossier, event: DossierEvent, options: ExportOptions = {}): EventRow {
  const headlines = new Set<DossierFigure>();
  const pick = (kind: DossierFigure['kind']): DossierFigure | undefined => {
    const f = headlineFigure(event, kind);
    if (f) headlines.add(f);
    return f;
  };
  const deaths = pick('killed');
  const injured = pick('injured');
  const detained = pick('detained');
  const notes: string[] = [];
  for (const f of event.figures) {
    if (f.agreement === 'conflicting') notes.push(`${figureName(f)}: ${f.explanation}`);
    else if (!headlines.has(f)) notes.push(`${figureName(f)}: ${figureValue(f)}`);
  }
  const location = event.places[0];
  const found = location !== undefined ? options.locate?.(location, event.places.slice(1)) : undefined;
  const isPoint = found !== undefined && Math.abs(found.latitude) <= 90 && Math.abs(found.longitude) <= 180;
  const start = event.date?.start;
  return {
    id: event.id,
    title: event.title,
    dateStart: start,
    dateEnd: event.date?.end,
    datePrecision: event.date?.precision ?? (start !== undefined ? ISO_PRECISION[start.length] : undefined),
    location,
    places: event.places,
    admin1: found?.admin1,
    latitude: isPoint ? found.latitude : undefined,
    longitude: isPoint ? found.longitude : undefined,
    locationPrecision: isPoint ? found.precision : undefined,
    deaths: values(deaths),
    injured: values(injured),
    detained: values(detained),
    sources: event.documents.length,
    independentSources: lineageGroups(event.documents, dossier.lineage).length,
    sourceIds: event.documents,
    notes,
  };
}

/**
 * One CSV cell of text: `'`-prefixed when a spreadsheet would read it as a formula
 * (`=`, `+`, `-`, `@`, tab, carriage return), quoted per RFC 4180 when it holds `"`, `,` or a
 * line break.
 *
 * @example
 * csvText('=HYPERLINK("x")'); // '"\'=HYPERLINK(""x"")"'
 * csvText('Baku, Azerbaijan'); // '"Baku, Azerbaijan"'
 */
export function csvText(value: string | undefined): string {
  if (value === undefined || value === '') return '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV cell of a number (never prefixed: a negative longitude stays a number); empty when unknown. */
function csvNumber(value: number | null | undefined): string {
  return value === undefined || value === null || !Number.isFinite(value) ? '' : String(value);
}

/** The CSV columns, in order. */
export const CSV_COLUMNS: readonly string[] = [
  'event_id',
  'title',
  'event_date',
  'event_date_end',
  'date_precision',
  'location',
  'admin1',
  'latitude',
  'longitude',
  'location_precision',
  'deaths_low',
  'deaths_best',
  'deaths_high',
  'injured',
  'detained',
  'sources',
  'independent_sources',
  'source_ids',
  'notes',
];

/**
 * Renders a dossier as CSV: a header row, then one row per event with ACLED/UCDP-like columns
 * ({@link CSV_COLUMNS}). RFC 4180: CRLF line ends, quoted cells where needed. Text cells that a
 * spreadsheet would run as formulas are prefixed with `'`. Counts no report states are empty;
 * `deaths_high` is empty when the claims are open-ended. Latitude, longitude and location
 * precision stay empty until a gazetteer is given as `options.locate`.
 *
 * @example
 * renderCsv(dossier).split('\r\n')[0].startsWith('event_id,title,event_date');
 */
export function renderCsv(dossier: Dossier, options: ExportOptions = {}): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const event of dossier.events) {
    const r = eventRow(dossier, event, options);
    lines.push(
      [
        csvText(r.id),
        csvText(r.title),
        csvText(r.dateStart),
        csvText(r.dateEnd),
        csvText(r.datePrecision),
        csvText(r.location),
        csvText(r.admin1),
        csvNumber(r.latitude),
        csvNumber(r.longitude),
        csvText(r.locationPrecision),
        csvNumber(r.deaths?.low),
        csvNumber(r.deaths?.best),
        csvNumber(r.deaths?.high),
        csvNumber(r.injured?.best),
        csvNumber(r.detained?.best),
        csvNumber(r.sources),
        csvNumber(r.independentSources),
        csvText(r.sourceIds.join(';')),
        csvText(r.notes.join(' | ')),
      ].join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
