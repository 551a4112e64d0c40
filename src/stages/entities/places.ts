import type { Entity, PlaceInfo } from '../../model/entity.js';
import type { DocId, RuleId } from '../../model/span.js';
import { COUNTRY_NAMES } from '../../locales/en/entities-places.js';
import { loadGazetteer, type Gazetteer } from './gazetteer.js';

const PRECISION_ORDER: Readonly<Record<PlaceInfo['precision'], number>> = { point: 0, city: 1, county: 2, region: 3, country: 4 };
/** A mention this close to the start of its document is in the headline, dateline or lede. */
const LEDE = 300;

/**
 * How much one mention says that the event happened in that place, by the cue that typed it:
 * a dateline ("SMITHFIELD, N.C. —") most, then the state after a comma, "in"/"near", the
 * police of the place, a part of the city ("West Philadelphia"); a bare name of a large city
 * least (the station's city, the city of the hospital).
 */
const CUE_WEIGHTS: Readonly<Record<string, number>> = {
  'en/entity/dateline': 8,
  'en/entity/dateline-city': 8,
  'en/entity/place-comma': 4,
  'en/entity/place-in': 4,
  'en/entity/place-police': 3,
  'en/entity/place-section': 3,
  'en/entity/place-in-state': 2,
  'en/entity/place-preposition': 1,
  'en/entity/place-head': 1,
  'en/entity/gazetteer': 1,
  'en/entity/gazetteer-variant': 0.5,
  'en/entity/county': 2,
};
/** A mention in the headline, dateline or lede counts this many times more. */
const LEDE_FACTOR = 2;
/** The weight of places in one report that makes a whole vote: "in X" once, near the start. */
const FULL_VOTE = 4;
/** A mention this many characters into its report counts half as much as one at the start. */
const DECAY = 2000;

/** Options of `eventPlaces`. */
export interface EventPlacesOptions {
  /** The gazetteer to read a city in the event's state with; default `loadGazetteer()`. */
  readonly gazetteer?: Gazetteer;
}

/**
 * The event's places by canonical name, most specific first: the city the reports put the event
 * in, then its state and country, then the other places the reports name, finest and most named
 * first. The city is the one the reports' cues point to most (`CUE_WEIGHTS`: datelines, "in X",
 * "X police", weighted more in headlines and ledes, plus the number of reports), read in the
 * state the reports name most: "Smithfield" in reports from North Carolina is Smithfield, North
 * Carolina. A name that is also the surname of a person of the event counts only with a strong
 * cue. Streets and sites are left out: they are not where the event is filed.
 *
 * @example
 * eventPlaces(entities); // ['Tulsa', 'Oklahoma', 'United States', 'Dallas']
 */
export function eventPlaces(entities: readonly Entity[], options: EventPlacesOptions = {}): string[] {
  const places = entities.filter((e) => e.type === 'place' && e.place?.precision !== 'point');
  if (places.length === 0) return [];
  const surnames = new Set<string>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const space = e.name.lastIndexOf(' ');
    if (space > 0) surnames.add(e.name.slice(space + 1).toLowerCase());
  }
  const scores = voteByReport(places, surnames);
  const gazetteer = options.gazetteer ?? loadGazetteer();
  // The state the reports name most: states themselves, and the cities whose state the text gives.
  const regionVotes = new Map<string, number>();
  for (const e of places) {
    const stated = e.place?.precision === 'region' || e.mentions.some((m) => m.rule !== undefined && STATED_RULES.has(m.rule));
    const region = e.place?.precision === 'region' ? e.place.name : e.place?.region;
    if (stated && region && e.place?.country === 'US') regionVotes.set(region, (regionVotes.get(region) ?? 0) + (scores.get(e) ?? 0));
  }
  const topRegion = [...regionVotes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  // US states named, or a US broadcaster's call sign ("WTVD", "KOTV-TV"): the reports are American.
  const isAmerican = regionVotes.size > 0 || entities.some((e) => e.type === 'organization' && US_CALL_SIGN.test(e.name));
  const placeOf = readInContext(places, scores, regionVotes, isAmerican, gazetteer);
  const precision = (e: Entity): PlaceInfo['precision'] | undefined => placeOf.get(e)?.precision;
  const byScore = (a: Entity, b: Entity): number => scores.get(b)! - scores.get(a)! || rank(a) - rank(b) || a.name.localeCompare(b.name);
  const city = places.filter((e) => precision(e) === 'city').sort(byScore)[0];
  const county = places.filter((e) => precision(e) === 'county').sort(byScore)[0];
  // A city is more specific than a county: it wins unless the county is named far more.
  const out: string[] = [];
  let best = city && (!county || 4 * scores.get(city)! >= scores.get(county)!) ? city : county;
  // "in Germantown" with "Philadelphia" named: a town far from every other place of the event
  // and outside the states it names is a part of the large city named (the gazetteer has no
  // neighborhoods), or a misreading.
  if (best && best === city && (placeOf.get(best)?.population ?? 0) < LARGE_CITY && !isCoherent(best, places, placeOf, regionVotes)) {
    const large = places
      .filter((e) => e !== best && precision(e) === 'city' && (placeOf.get(e)?.population ?? 0) >= LARGE_CITY && scores.get(e)! >= COMPARABLE * scores.get(best!)!)
      .sort(byScore)[0];
    if (large) best = large;
  }
  best ??= [...places].sort((a, b) => rank(a) - rank(b) || byScore(a, b))[0]!;
  const bestPlace = placeOf.get(best) ?? best.place;
  out.push(bestPlace?.name ?? best.name);
  const region = bestPlace?.precision === 'region' ? undefined : bestPlace?.region;
  if (region && !/^\d+$|^[A-Z0-9]{1,3}$/.test(region)) out.push(region);
  else if (bestPlace?.precision === 'county' && topRegion) out.push(topRegion);
  const country = bestPlace?.country ? countryName(bestPlace.country) : bestPlace?.precision === 'county' && topRegion ? countryName('US') : undefined;
  if (country) out.push(country);
  const rest = [...places].sort((a, b) => rank(a) - rank(b) || b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  for (const e of rest) if (!out.includes(e.name)) out.push(e.name);
  return out;
}

/** Cues that read a city's state from the text ("SMITHFIELD, N.C.", "Tulsa, Okla.") or from the state its report names. */
const STATED_RULES: ReadonlySet<RuleId> = new Set(['en/entity/dateline', 'en/entity/place-comma', 'en/entity/place-in-state']);
/** How much support a reading needs per tenfold fewer people than the largest reading of its name. */
const POPULATION_PRIOR = 0.5;
/** A US broadcaster's call sign: K or W and two or three letters, maybe a service suffix ("WTVD", "KOTV-TV"). */
const US_CALL_SIGN = /^[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?$/;
/** The support a reading gets from lying in the country whose states the reports name. */
const COUNTRY_SUPPORT = 0.5;
/** Places this close (in degrees, about 150 km) support one another. */
const NEAR = 1.5;
/** How many of the most voted places are read again in the event's context. */
const CONTENDERS = 8;

function cellKey(row: number, column: number): number {
  return (row + 200) * 1000 + (column + 400);
}

function cellOf(lat: number, lon: number): number {
  return cellKey(Math.floor(lat / NEAR), Math.floor(lon / NEAR));
}

/**
 * The place each place entity stands for in the event. A city name the gazetteer has in many
 * places ("Granger", "Woodlawn") is read where the event's other places are: in the state the
 * reports name most (states, cities whose state the text gives, the states that have a town of
 * a county's name: "Yakima County"), near the other places the reports name (a place with k
 * readings counts 1/k for each). A name whose state the text gives keeps it; with no support,
 * the most populous reading stays. A reading that is a part of a city (GeoNames PPLX) is a
 * point, never the event's city.
 */
function readInContext(places: readonly Entity[], scores: ReadonlyMap<Entity, number>, regionVotes: ReadonlyMap<string, number>, isAmerican: boolean, gazetteer: Gazetteer): Map<Entity, PlaceInfo> {
  const out = new Map<Entity, PlaceInfo>();
  const readings: { entity: Entity; candidates: readonly PlaceInfo[]; fixed: boolean }[] = [];
  const regionSupport = new Map<string, number>();
  let maxVote = 0;
  for (const v of regionVotes.values()) maxVote = Math.max(maxVote, v);
  for (const [region, v] of regionVotes) regionSupport.set(region, v / maxVote);
  for (const e of places) {
    if (e.place) out.set(e, e.place);
    if (e.place?.precision === 'county') {
      // "Yakima County": the states that have a town of that name.
      const base = e.name.replace(/\s+\S+$/, '');
      const regions = new Set(gazetteer.lookup(base).filter((c) => c.precision === 'city' && c.country === 'US').map((c) => c.region!));
      for (const r of regions) regionSupport.set(r, (regionSupport.get(r) ?? 0) + 1 / regions.size);
      continue;
    }
    if (e.place?.lat === undefined || e.place.lon === undefined) continue;
    const stated = e.mentions.some((m) => m.rule !== undefined && STATED_RULES.has(m.rule));
    const candidates = stated ? [e.place] : gazetteer.lookup(e.name).filter((c) => (c.precision === 'city' || c.precision === 'point') && c.lat !== undefined);
    readings.push({ entity: e, candidates: candidates.length > 0 ? candidates : [e.place], fixed: stated || candidates.length <= 1 });
  }
  // Where the readings lie, on a grid of NEAR-degree cells: a place counts once per reading of another.
  const grid = new Map<number, { readonly lat: number; readonly lon: number; readonly entity: number; readonly weight: number }[]>();
  readings.forEach((o, index) => {
    const readingsOf = o.fixed || isDominant(o.candidates) ? o.candidates.slice(0, 1) : o.candidates;
    for (const x of readingsOf) {
      const key = cellOf(x.lat!, x.lon ?? 0);
      const point = { lat: x.lat!, lon: x.lon ?? 0, entity: index, weight: 1 / readingsOf.length };
      const cell = grid.get(key);
      if (cell) cell.push(point);
      else grid.set(key, [point]);
    }
  });
  const seen = new Int32Array(readings.length).fill(-1);
  let stamp = 0;
  // Only the places that may become the event's city are read again: the most voted.
  const contenders = readings.filter((r) => !r.fixed).sort((a, b) => (scores.get(b.entity) ?? 0) - (scores.get(a.entity) ?? 0)).slice(0, CONTENDERS);
  for (const r of contenders) {
    let best: PlaceInfo | undefined;
    let bestSupport = 0;
    let largest = 1;
    for (const c of r.candidates) largest = Math.max(largest, c.population ?? 1);
    for (const c of r.candidates) {
      // A reading ten times smaller than the largest needs half a point more support.
      let support = POPULATION_PRIOR * Math.log10(Math.max(1, c.population ?? 1) / largest);
      support += c.country === 'US' && c.region !== undefined ? regionSupport.get(c.region) ?? 0 : 0;
      // American reports: a US reading before a foreign one.
      if (c.country === 'US' && (isAmerican || regionSupport.size > 0)) support += COUNTRY_SUPPORT;
      stamp++;
      const row = Math.floor(c.lat! / NEAR);
      const column = Math.floor((c.lon ?? 0) / NEAR);
      for (let dr = -1; dr <= 1; dr++) {
        for (let dc = -1; dc <= 1; dc++) {
          for (const x of grid.get(cellKey(row + dr, column + dc)) ?? []) {
            const o = readings[x.entity]!;
            if (seen[x.entity] === stamp || o === r || o.entity.name === r.entity.name) continue;
            if (Math.abs(x.lat - c.lat!) <= NEAR && Math.abs(x.lon - (c.lon ?? 0)) <= NEAR) {
              seen[x.entity] = stamp;
              support += x.weight;
            }
          }
        }
      }
      if (best === undefined || support > bestSupport) {
        best = c;
        bestSupport = support;
      }
    }
    if (best && bestSupport > 0) out.set(r.entity, best);
  }
  return out;
}

/** A large city takes the place of an incoherent town only with this share of the town's votes or more. */
const COMPARABLE = 0.2;
/** A city this large has parts that the news names alone ("Germantown", "Dorchester"). */
const LARGE_CITY = 200_000;

/** Whether a place lies near another place of the event, or in a state the event names. */
function isCoherent(e: Entity, places: readonly Entity[], placeOf: ReadonlyMap<Entity, PlaceInfo>, regionVotes: ReadonlyMap<string, number>): boolean {
  const p = placeOf.get(e);
  if (p?.lat === undefined) return true;
  if (p.country === 'US' && p.region !== undefined && regionVotes.has(p.region)) return true;
  for (const o of places) {
    const q = placeOf.get(o);
    if (o === e || q?.lat === undefined || o.name === e.name) continue;
    if (Math.abs(q.lat - p.lat) <= NEAR && Math.abs((q.lon ?? 0) - (p.lon ?? 0)) <= NEAR) return true;
  }
  return false;
}

/** Whether the first (most populous) reading of a name has ten times the people of any other. */
function isDominant(candidates: readonly PlaceInfo[]): boolean {
  const first = candidates[0]?.population ?? 0;
  for (let i = 1; i < candidates.length; i++) if ((candidates[i]!.population ?? 0) * 10 > first) return false;
  return candidates.length > 0;
}

/**
 * How strongly the reports put the event in each place: in each report, every mention weighs
 * its cue (`CUE_WEIGHTS`), more in the headline and lede and less the later it comes (a page may
 * carry other stories below); each report then gives its top place one vote and the others their
 * share of it, so that one long page cannot outvote the others. Ties go to the raw weight.
 */
function voteByReport(places: readonly Entity[], surnames: ReadonlySet<string>): Map<Entity, number> {
  const perDoc = new Map<DocId, Map<Entity, number>>();
  const raw = new Map<Entity, number>();
  for (const e of places) {
    const isSurname = surnames.has(e.name.toLowerCase());
    for (const m of e.mentions) {
      const rule: RuleId = m.rule ?? '';
      let weight = CUE_WEIGHTS[rule] ?? 0.5;
      // "Denton" of "Robert Seth Denton": only a dateline or a state after it makes it a place.
      if (isSurname && rule !== 'en/entity/dateline' && rule !== 'en/entity/dateline-city' && rule !== 'en/entity/place-comma') weight = 0;
      if (weight === 0) continue;
      weight *= (m.span.start < LEDE ? LEDE_FACTOR : 1) / (1 + m.span.start / DECAY);
      let doc = perDoc.get(m.doc);
      if (!doc) perDoc.set(m.doc, (doc = new Map()));
      doc.set(e, (doc.get(e) ?? 0) + weight);
      raw.set(e, (raw.get(e) ?? 0) + weight);
    }
  }
  const votes = new Map<Entity, number>();
  for (const e of places) votes.set(e, 0.001 * (raw.get(e) ?? 0));
  for (const doc of perDoc.values()) {
    // A report that names places only in passing gives less than a whole vote.
    let top = FULL_VOTE;
    for (const w of doc.values()) top = Math.max(top, w);
    for (const [e, w] of doc) votes.set(e, votes.get(e)! + w / top);
  }
  return votes;
}

/** City-level places first, then counties, regions, countries; unresolved names with cities. */
function rank(e: Entity): number {
  return PRECISION_ORDER[e.place?.precision ?? 'city'];
}


function countryName(code: string): string | undefined {
  return COUNTRY_NAMES.get(code);
}
