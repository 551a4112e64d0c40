import type { RawDoc } from '../model/document.js';
import type { Dossier, DossierFigure } from '../model/dossier.js';
import type { FigureKind } from '../model/record.js';
import { US_STATES } from '../locales/en/entities-places.js';
import { foldPlaceName } from '../stages/entities/gazetteer.js';

const US_STATE_NAMES: ReadonlySet<string> = new Set(US_STATES.map((s) => s[0] ?? ''));

/**
 * Whether a predicted place is the incident's city_or_county: equal once folded ("St. Louis" and
 * "Saint Louis"; "The Bronx" and "Bronx"), or equal to the name in parentheses or before them
 * ("Trenton (Hamilton Township)").
 *
 * @example
 * isSamePlace('St. Louis', 'Saint Louis') === true
 */
export function isSamePlace(predicted: string, truth: string): boolean {
  const p = withoutThe(foldPlaceName(predicted.replace(/,.*$/, '')));
  const names = [truth.replace(/\s*\(.*\)\s*$/, ''), /\(([^)]+)\)/.exec(truth)?.[1] ?? ''].filter(Boolean).map((n) => withoutThe(foldPlaceName(n)));
  return names.includes(p);
}

/** A folded place name without a leading "the": GeoNames' "The Bronx" is GVA's "Bronx". */
function withoutThe(folded: string): string {
  return folded.startsWith('the ') ? folded.slice(4) : folded;
}

/** One incident of the Gun Violence Archive development set (`incidents.json`). */
export interface GvaIncident {
  readonly id: string;
  readonly date: string;
  readonly location: { readonly city_or_county: string; readonly state: string; readonly address?: string | undefined };
  readonly killed: number;
  readonly injured: number;
  readonly arrested: number;
  readonly documents: readonly string[];
}

/** The figure kinds scored, with the incident field they are compared to. */
export const SCORED: readonly (readonly [FigureKind, 'killed' | 'injured' | 'arrested'])[] = [
  ['killed', 'killed'],
  ['injured', 'injured'],
  ['detained', 'arrested'],
];

/** The score of one figure kind. */
export interface KindScore {
  readonly exact: number;
  readonly within: number;
  readonly total: number;
}

/** One incident's predictions, for reading the misses. */
export interface IncidentResult {
  readonly id: string;
  readonly documents: number;
  readonly truth: Readonly<Record<string, number>>;
  readonly predicted: Readonly<Record<string, { best: number; low: number; high: number | null; explanation: string }>>;
  /** The incident's date and the event's (`events[0].date.start`, null when none). */
  readonly date: { readonly truth: string; readonly predicted: string | null };
  /** The incident's city_or_county and state, and the event's places (most specific first). */
  readonly place?: { readonly truth: string; readonly predicted: readonly string[] };
  readonly error?: string;
}

/** The result of a GVA evaluation run. */
export interface GvaReport {
  readonly incidents: number;
  readonly kinds: Readonly<Record<string, KindScore>>;
  /** Share of (incident, kind) pairs whose truth lies in [low, high]. */
  readonly within: number;
  /** Incidents whose event date (`events[0].date.start`) equals the incident date. */
  readonly eventDate: { readonly exact: number; readonly total: number };
  /** Incidents whose most specific place (`events[0].places[0]`) is the incident's city_or_county. */
  readonly place: { readonly city: number; readonly state: number; readonly total: number };
  readonly results: readonly IncidentResult[];
}

/**
 * The event's figure of a kind that speaks for the incident: the `main` scope, else the `total` one.
 * Without a figure the prediction is 0 (nobody reported killed is a count of none).
 */
export function figureFor(dossier: Dossier, kind: FigureKind): DossierFigure | undefined {
  const figures = dossier.events[0]?.figures.filter((f) => f.kind === kind) ?? [];
  // Only the event's own figures: a figure of other happenings, statistics or commemorations is not the event's count.
  return figures.find((f) => f.scope.key === 'main') ?? figures.find((f) => f.scope.key === 'total');
}

/**
 * Scores dossiers against GVA incidents: exact-match accuracy of killed, injured and arrested
 * (figure `detained`), how often the true value lies in [low, high], and how often the event date
 * (`events[0].date.start`) is the incident date.
 * `build` makes the dossier of one incident's documents; a crash counts as a miss for that incident.
 *
 * @example
 * const report = scoreGva(incidents, docsById, (docs) => buildDossier(docs, ctx));
 * report.kinds.killed.exact / report.kinds.killed.total;
 */
export function scoreGva(
  incidents: readonly GvaIncident[],
  documents: ReadonlyMap<string, RawDoc>,
  build: (docs: readonly RawDoc[]) => Dossier,
): GvaReport {
  const tallies = new Map<string, { exact: number; within: number; total: number }>();
  for (const [kind] of SCORED) tallies.set(kind, { exact: 0, within: 0, total: 0 });
  const results: IncidentResult[] = [];
  let withinAll = 0;
  let pairs = 0;
  let datesRight = 0;
  let citiesRight = 0;
  let statesRight = 0;
  for (const incident of incidents) {
    const docs = incident.documents.map((id) => documents.get(id)).filter((d): d is RawDoc => d !== undefined);
    const truth: Record<string, number> = {};
    const predicted: Record<string, { best: number; low: number; high: number | null; explanation: string }> = {};
    let dossier: Dossier | undefined;
    let error: string | undefined;
    try {
      dossier = build(docs);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    for (const [kind, field] of SCORED) {
      const tally = tallies.get(kind);
      if (!tally) continue;
      const value = incident[field];
      truth[kind] = value;
      tally.total++;
      pairs++;
      if (!dossier) continue;
      const f = figureFor(dossier, kind);
      const best = f?.best ?? 0;
      const low = f?.low ?? 0;
      const high = f ? f.high : 0;
      predicted[kind] = { best, low, high, explanation: f?.explanation ?? 'no figure: 0' };
      if (best === value) tally.exact++;
      if (low <= value && (high === null || value <= high)) {
        tally.within++;
        withinAll++;
      }
    }
    const predictedDate = dossier?.events[0]?.date?.start ?? null;
    if (predictedDate === incident.date) datesRight++;
    const places = dossier?.events[0]?.places ?? [];
    if (places[0] !== undefined && isSamePlace(places[0], incident.location.city_or_county)) citiesRight++;
    // The state: the first US state name among the places (the most specific place's state comes right after it).
    if (places.find((p) => US_STATE_NAMES.has(p)) === incident.location.state) statesRight++;
    results.push({
      id: incident.id,
      documents: docs.length,
      truth,
      predicted,
      date: { truth: incident.date, predicted: predictedDate },
      place: { truth: `${incident.location.city_or_county}, ${incident.location.state}`, predicted: places.slice(0, 4) },
      ...(error !== undefined ? { error } : {}),
    });
  }
  return {
    incidents: incidents.length,
    kinds: Object.fromEntries(tallies),
    within: pairs === 0 ? 0 : withinAll / pairs,
    eventDate: { exact: datesRight, total: incidents.length },
    place: { city: citiesRight, state: statesRight, total: incidents.length },
    results,
  };
}

/**
 * The gold grouping of a dump: each incident's documents (a document listed under several
 * incidents counts under the first, so every document is in one group).
 */
export function goldGroups(incidents: readonly GvaIncident[]): string[][] {
  const seen = new Set<string>();
  return incidents.map((i) => i.documents.filter((d) => !seen.has(d) && (seen.add(d), true))).filter((g) => g.length > 0);
}

/**
 * For scoring one build over a whole dump per incident: the dossier narrowed to the event that
 * holds most of the incident's documents (ties: the one with fewest documents of other incidents,
 * then the one listed first), as `scoreGva` reads
 * `events[0]`.
 *
 * @example
 * scoreGva(incidents, docsById, (docs) => eventForDocuments(dossier, docs.map((d) => d.id)));
 */
export function eventForDocuments(dossier: Dossier, ids: readonly string[]): Dossier {
  const wanted = new Set(ids);
  let best: Dossier['events'][number] | undefined;
  let bestCount = 0;
  for (const event of dossier.events) {
    let count = 0;
    for (const d of event.documents) if (wanted.has(d)) count++;
    // A tie goes to the event with fewer documents of other incidents: the one about this incident.
    if (count > bestCount || (count === bestCount && count > 0 && best !== undefined && event.documents.length < best.documents.length)) {
      best = event;
      bestCount = count;
    }
  }
  return { ...dossier, events: best ? [best] : [] };
}
