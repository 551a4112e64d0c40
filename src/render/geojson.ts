/**
 * GeoJSON export of event places (RFC 7946): one Feature per event, at its main place.
 */
import type { Dossier } from '../model/dossier.js';
import { eventRow, type ExportOptions } from './csv.js';

/** An RFC 7946 Point (longitude first). */
export interface GeoJsonPoint {
  readonly type: 'Point';
  readonly coordinates: readonly [longitude: number, latitude: number];
}

/** One event as a GeoJSON Feature; `geometry` is `null` while the place has no known coordinates. */
export interface GeoJsonFeature {
  readonly type: 'Feature';
  readonly id: string;
  readonly geometry: GeoJsonPoint | null;
  readonly properties: {
    readonly event_id: string;
    readonly title: string;
    readonly location: string | null;
    readonly places: readonly string[];
    readonly admin1: string | null;
    readonly location_precision: string | null;
    readonly event_date: string | null;
    readonly event_date_end: string | null;
    readonly date_precision: string | null;
    readonly deaths_low: number | null;
    readonly deaths_best: number | null;
    readonly deaths_high: number | null;
    readonly injured: number | null;
    readonly detained: number | null;
    readonly sources: number;
    readonly independent_sources: number;
    readonly source_ids: readonly string[];
    readonly notes: readonly string[];
  };
}

/** An RFC 7946 FeatureCollection. */
export interface GeoJsonFeatureCollection {
  readonly type: 'FeatureCollection';
  readonly features: readonly GeoJsonFeature[];
}

/**
 * The GeoJSON FeatureCollection of a dossier's events: one Feature per event, `geometry` a Point
 * at its main place when `options.locate` knows it, else `null` (an unlocated Feature, valid per
 * RFC 7946 §3.2). Properties carry the same facts as the CSV columns.
 *
 * @example
 * toGeoJson(dossier).features[0].properties.location; // 'Baku'
 */
export function toGeoJson(dossier: Dossier, options: ExportOptions = {}): GeoJsonFeatureCollection {
  const features = dossier.events.map((event): GeoJsonFeature => {
    const r = eventRow(dossier, event, options);
    const geometry: GeoJsonPoint | null =
      r.latitude !== undefined && r.longitude !== undefined ? { type: 'Point', coordinates: [r.longitude, r.latitude] } : null;
    return {
      type: 'Feature',
      id: r.id,
      geometry,
      properties: {
        event_id: r.id,
        title: r.title,
        location: r.location ?? null,
        places: r.places,
        admin1: r.admin1 ?? null,
        location_precision: r.locationPrecision ?? null,
        event_date: r.dateStart ?? null,
        event_date_end: r.dateEnd ?? null,
        date_precision: r.datePrecision ?? null,
        deaths_low: r.deaths?.low ?? null,
        deaths_best: r.deaths?.best ?? null,
        deaths_high: r.deaths?.high ?? null,
        injured: r.injured?.best ?? null,
        detained: r.detained?.best ?? null,
        sources: r.sources,
        independent_sources: r.independentSources,
        source_ids: r.sourceIds,
        notes: r.notes,
      },
    };
  });
  return { type: 'FeatureCollection', features };
}

/**
 * Renders {@link toGeoJson} as text (`application/geo+json`), two-space indented.
 *
 * @example
 * JSON.parse(renderGeoJson(dossier)).type === 'FeatureCollection';
 */
export function renderGeoJson(dossier: Dossier, options: ExportOptions = {}): string {
  return `${JSON.stringify(toGeoJson(dossier, options), null, 2)}\n`;
}
