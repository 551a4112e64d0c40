import type { Entity, PlaceInfo } from '../../model/entity.js';
import type { DossierPlace } from '../../model/dossier.js';
import type { DocId, RuleId } from '../../model/span.js';
import { COUNTRY_NAMES, US_STATES } from '../../locales/en/entities-places.js';
import { countyKey, foldPlaceName, loadGazetteer, townPlace, type Gazetteer, type UsTown } from './gazetteer.js';
import { OUTLET_RULES } from './recognize.js';

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
  // a town the gazetteer lacks, filed from: a wire's dateline is often only the town nearest the event
  'en/entity/dateline-town': 0.3,
  'en/entity/place-noun': 1,
  'en/entity/place-comma': 4,
  'en/entity/place-comma-from': 1,
  'en/entity/place-event': 6,
  'en/entity/place-event-in-state': 6,
  // "the attack on the cattle market in Tamberi": a town the gazetteer lacks, joined to a place another report types
  'en/entity/place-event-unlisted': 6,
  'en/entity/place-in': 4,
  'en/entity/place-police': 3,
  'en/entity/place-section': 3,
  'en/entity/place-list': 2,
  'en/entity/place-modifier': 1,
  'en/entity/place-outlet': 0.1,
  'en/entity/place-outlet-comma': 0.1,
  'en/entity/place-based': 0.1,
  'en/entity/place-common': 4,
  'en/entity/place-in-state': 2,
  'en/entity/place-preposition': 1,
  // "taken to Advocate Christ Medical Center in Oak Lawn", "went on trial in Tulsa": where someone was taken, held or tried
  'en/entity/place-facility': 1,
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
 * US counties the reports name (as places or in agencies' names: "Merced County Superior
 * Court") give their states, and a town that lies in one of them (by the postal place names) is
 * read there and comes before towns elsewhere: "Dallas" with "Paulding County" is Dallas,
 * Georgia. A county is the event's place only when no town fits; its state is read from the
 * counties of that name. A town that is no postal town ("Broad Ripple") is given as the postal
 * town the reports name that it lies in ("Indianapolis").
 *
 * @example
 * eventPlaces(entities); // ['Tulsa', 'Oklahoma', 'United States', 'Dallas']
 */
export function eventPlaces(entities: readonly Entity[], options: EventPlacesOptions = {}): string[] {
  const gazetteer = options.gazetteer ?? loadGazetteer();
  const counties = namedCounties(entities, gazetteer);
  const places = unifyReadings(entities.filter((e) => e.type === 'place' && e.place?.precision !== 'point' && (!isCommonWordOnly(e) || isConfirmedTown(e, entities, counties, gazetteer))));
  if (places.length === 0) return [];
  const surnames = new Set<string>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const space = e.name.lastIndexOf(' ');
    if (space > 0) surnames.add(e.name.slice(space + 1).toLowerCase());
  }
  const { votes: scores, moves } = voteByReport(places, surnames);
  // The state the reports name most: states themselves, and the cities whose state the text gives.
  const regionVotes = new Map<string, number>();
  for (const e of places) {
    // A county whose state the text gives ("HANOVER COUNTY, Va.") names that state; so does an
    // outlet's town with its state ("- WBRC FOX6 News - Birmingham, AL"), with the outlet's small weight, as a state named in it does.
    const stated =
      e.place?.precision === 'region' ||
      (e.place?.precision === 'county' && e.place.region !== undefined) ||
      e.mentions.some((m) => m.rule !== undefined && (STATED_RULES.has(m.rule) || m.rule === 'en/entity/place-outlet-comma'));
    const region = e.place?.precision === 'region' ? e.place.name : e.place?.region;
    if (stated && region && e.place?.country === 'US') regionVotes.set(region, (regionVotes.get(region) ?? 0) + (scores.get(e) ?? 0));
  }
  // Reports that state no state: one named in an agency's or a hospital's name ("University of
  // Mississippi Medical Center", "Florida Department of Transportation") is where they most likely are.
  if (regionVotes.size === 0) for (const state of organizationStates(entities)) regionVotes.set(state, ORGANIZATION_STATE_VOTE);
  const topRegion = [...regionVotes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  // US states named, or a US broadcaster's call sign ("WTVD", "KOTV-TV"): the reports are American.
  // Or a dateline in an American town ("NEW ORLEANS (AP) —"), or a US county ("Merced County Superior Court"),
  // or an address the way American police give it ("the 200 block of Arnold Street").
  const isAmerican =
    regionVotes.size > 0 ||
    counties.some((c) => c.states.length > 0) ||
    entities.some((e) => (e.type === 'organization' && US_CALL_SIGN.test(e.name)) || (e.type === 'place' && e.mentions.some((m) => m.rule === 'en/entity/street-block'))) ||
    places.some((e) => e.place?.country === 'US' && e.mentions.some((m) => m.rule === 'en/entity/dateline' || m.rule === 'en/entity/dateline-city'));
  const { placeOf, inCounty } = readInContext(places, scores, regionVotes, counties, isAmerican, gazetteer);
  moveDatelineVotes(scores, moves, placeOf);
  const precision = (e: Entity): PlaceInfo['precision'] | undefined => placeOf.get(e)?.precision;
  const byScore = (a: Entity, b: Entity): number => scores.get(b)! - scores.get(a)! || rank(a) - rank(b) || a.name.localeCompare(b.name);
  // "Perez's mother", "Young child": in American reports, a town read abroad needs a cue that it is where things happen.
  const isWeakAbroad = (e: Entity): boolean => isAmerican && placeOf.get(e)?.country !== undefined && placeOf.get(e)?.country !== 'US' && !isStrong(e);
  // The states the event is in as far as the reports say: states named, cities whose state the text gives, counties of one state.
  const eventStates = new Set(regionVotes.keys());
  for (const c of counties) if (c.states.length === 1) eventStates.add(c.states[0]!);
  // "after accidental shooting Friday, Southside has normal schedule", read in Alabama, in reports from Greenville County, South Carolina: a name with no place cue, read outside the event's states, is another thing.
  const isWeakStray = (e: Entity): boolean => {
    const p = placeOf.get(e);
    return eventStates.size > 0 && p?.country === 'US' && p.region !== undefined && !eventStates.has(p.region) && !inCounty.has(e) && !isStrong(e);
  };
  // "taken to Advocate Christ Medical Center in Oak Lawn": a town named only where someone was taken,
  // treated, held, tried or mourned (`FACILITY_BEFORE`) is no town of the event (the trauma center
  // of a city's South Side lies outside it).
  const isFacilityOnly = (e: Entity): boolean => e.mentions.every((m) => m.rule === 'en/entity/place-facility');
  const cities = places.filter((e) => precision(e) === 'city' && !isWeakAbroad(e) && !isWeakStray(e) && !isFacilityOnly(e)).sort(byScore);
  let city = cities[0];
  // "Davon \"Dro\" Wallace" typed a place by no cue of its own: a town with a cue ("in Landover, Maryland") named about as much comes first.
  const cued = city && !isStrong(city) ? cities.find((e) => isStrong(e) && scores.get(e)! >= CUED_SHARE * scores.get(city!)!) : undefined;
  if (cued) city = cued;
  // A town in a county the reports name is where the event is, before a town named more that lies elsewhere (a hometown, a hospital's city).
  const local = cities.find((e) => inCounty.has(e));
  const localCounty = local ? inCounty.get(local) : undefined;
  // Only a county the reports put the event in counts ("in Clayton County"), not one of a hometown, an arrest or an agency's name;
  // a county named more than the town takes any town of its own ("right outside of Christiansburg", in Montgomery County).
  const localCountyScore = localCounty ? scores.get(localCounty) ?? 0 : 0;
  if (city && local && !inCounty.has(city) && localCountyScore >= LOCAL_COUNTY_SHARE * scores.get(city)! && (localCountyScore >= scores.get(city)! || scores.get(local)! >= COMPARABLE * scores.get(city)!)) city = local;
  const county = places.filter((e) => precision(e) === 'county').sort(byScore)[0];
  // A city is more specific than a county: it wins unless the county is named far more and the city does not lie in a county
  // named, or the county is named more and lies in another state (reports from Horry County, South Carolina, that name Lumberton, North Carolina).
  const out: string[] = [];
  const isElsewhere = (c: Entity, county: Entity): boolean => {
    const states = counties.find((n) => n.entity === county)?.states ?? [];
    const region = placeOf.get(c)?.region;
    return states.length > 0 && region !== undefined && !states.includes(region);
  };
  let best = city && (!county || ((4 * scores.get(city)! >= scores.get(county)! || inCounty.has(city)) && !(scores.get(county)! > scores.get(city)! && isElsewhere(city, county)))) ? city : county;
  // "in Germantown" with "Philadelphia" named: a town far from every other place of the event
  // and outside the states it names is a part of the large city named (the gazetteer has no
  // neighborhoods), or a misreading.
  // "in Algiers" in reports from New Orleans: in American reports, a town read abroad is as far off.
  const isAbroad = (e: Entity): boolean => isAmerican && placeOf.get(e)?.country !== undefined && placeOf.get(e)?.country !== 'US';
  if (best && best === city && !inCounty.has(best) && ((placeOf.get(best)?.population ?? 0) < LARGE_CITY || isAbroad(best)) && !isCoherent(best, places, placeOf, regionVotes, isAmerican)) {
    const bestScore = scores.get(best)!;
    // An outlet's town ("- WTVM.com-Columbus, GA News") is where the station is, not a city the event lies in.
    const candidates = places.filter((e) => e !== best && precision(e) === 'city' && !isAbroad(e) && !isOutletOnly(e) && scores.get(e)! >= LARGE_COMPARABLE * bestScore);
    // A large city first (its parts are named alone), else a town that fits the event ("WARREN, Ohio" before "in Howland", read in Maine).
    const large = candidates.filter((e) => (placeOf.get(e)?.population ?? 0) >= LARGE_CITY).sort(byScore)[0];
    // "Berlin police" in reports from Connecticut: a town of that name in the event's state, by the postal names.
    const postal = !large && topRegion !== undefined ? postalReading(best.name, topRegion, gazetteer) : undefined;
    if (postal) placeOf.set(best, postal);
    else if (!large && isAbroad(best)) {
      // "Berlin police" in reports from Connecticut, and no Berlin there in the gazetteer: the name, in the event's state.
      out.push(best.name);
      // With no state named: the state of the largest American town of that name ("Trinidad police" in a report of a
      // Colorado station is Trinidad, Colorado, not the Caribbean island's town).
      const region = topRegion ?? gazetteer.lookup(best.name).find((p) => p.country === 'US' && p.precision === 'city')?.region;
      if (region) out.push(region);
      out.push(countryName('US')!);
      for (const e of byPrecision(places)) if (!out.includes(e.name)) out.push(e.name);
      return out;
    }
    const fitting = large ?? candidates.filter((e) => scores.get(e)! >= COMPARABLE * bestScore && isCoherent(e, places, placeOf, regionVotes, isAmerican)).sort(byScore)[0];
    // "in Caledonia" read in Wisconsin, a woman "from Rochester", New York: a town of that name near the place that fits is the one.
    // Near a large city, only the gazetteer's towns: the postal names include its parts ("Dorchester", Boston).
    const near = fitting && !postal ? readingNear(best.name, placeOf.get(fitting), gazetteer, fitting !== large) : undefined;
    if (near) placeOf.set(best, near);
    else if (fitting && !postal) best = fitting;
  }
  // Only such towns: the event's state and country, then the places.
  const facilityTown = best === undefined ? places.filter((e) => precision(e) === 'city' && isFacilityOnly(e)).sort(byScore)[0] : undefined;
  const facilityPlace = facilityTown ? placeOf.get(facilityTown) ?? facilityTown.place : undefined;
  if (facilityPlace?.region !== undefined && facilityPlace.country !== undefined && !ADMIN_CODE.test(facilityPlace.region)) {
    out.push(facilityPlace.region, countryName(facilityPlace.country) ?? facilityPlace.country);
    for (const e of byPrecision(places)) if (!out.includes(e.name)) out.push(e.name);
    return out;
  }
  best ??= [...places].sort((a, b) => rank(a) - rank(b) || byScore(a, b))[0]!;
  const bestPlace = placeOf.get(best) ?? best.place;
  // A place with a dateline of its own ("CHUBBUCK, Idaho") keeps its name.
  const postalTown = best.mentions.some((m) => m.rule === 'en/entity/dateline' || m.rule === 'en/entity/dateline-city') ? undefined : postalName(bestPlace, places, placeOf, gazetteer);
  out.push(postalTown ?? titleCase(bestPlace?.name ?? best.name));
  const region = bestPlace?.precision === 'region' ? undefined : bestPlace?.region;
  if (region && !ADMIN_CODE.test(region)) out.push(region);
  // A county whose state the text gives ("HANOVER COUNTY, Va.") has it as its region, pushed above.
  const countyRegion = bestPlace?.precision === 'county' && bestPlace.region === undefined ? countyState(best.name, topRegion, regionVotes, places, scores, placeOf, gazetteer) : undefined;
  if (countyRegion) out.push(countyRegion);
  // A town the gazetteer lacks ("FORT RILEY (KSNT) –", a dateline's town): in the state the reports
  // name most, or the one state of the counties they name.
  const onlyState = eventStates.size === 1 ? [...eventStates][0] : undefined;
  const townRegion = bestPlace?.precision === 'city' && bestPlace.region === undefined && bestPlace.country === undefined && isAmerican ? (topRegion ?? onlyState) : undefined;
  if (townRegion) out.push(townRegion);
  const country = bestPlace?.country ? countryName(bestPlace.country) : countyRegion || townRegion ? countryName('US') : undefined;
  if (country) out.push(country);
  // The other places; not the main one again in another spelling ("Los Baños" after "Los Banos", California).
  const first = foldPlaceName(out[0] ?? '');
  for (const e of byPrecision(places)) if (!out.includes(e.name) && !(e === best && foldPlaceName(e.name) === first)) out.push(e.name);
  return out;
}

/** The vote of a state named in an organization's name, when the reports state none (a state named once in passing counts 1). */
const ORGANIZATION_STATE_VOTE = 0.5;
/** US states by full name, longest first ("West Virginia" before "Virginia"), as whole words. */
const STATE_IN_NAME = new RegExp(`\\b(?:${US_STATES.map((s) => s[0]!).sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');
/** A news outlet's name ("Texas Police News", "New York Times"): it names where the outlet is, not the event. */
const MEDIA_NAME = /\b(?:News|Times|Post|Press|Tribune|Herald|Journal|Gazette|Daily|Radio|TV|Channel|Magazine|Network)\b|\.com\b/;

/** The US states named in the names of the reports' organizations, news outlets aside. */
function organizationStates(entities: readonly Entity[]): Set<string> {
  const states = new Set<string>();
  for (const e of entities) {
    if (e.type !== 'organization') continue;
    // Note: the states first; most names hold none.
    const named = e.name.match(STATE_IN_NAME);
    if (named === null || MEDIA_NAME.test(e.name)) continue;
    for (const state of named) states.add(state);
  }
  return states;
}

/** Whether a place is named only in outlets' names in headlines (`en/entity/place-outlet`, `en/entity/place-outlet-comma`). */
function isOutletOnly(e: Entity): boolean {
  return e.mentions.every((m) => m.rule !== undefined && OUTLET_RULES.has(m.rule));
}

/** Whether every mention of a place is a town named by a common word with no other cue ("in Spring": `en/entity/place-common`). */
function isCommonWordOnly(e: Entity): boolean {
  return e.mentions.every((m) => m.rule === 'en/entity/place-common');
}

/**
 * Whether the reports confirm a town named by a common word ("a party in Spring"): a town of
 * that name lies, by the postal place names, in a county the reports name ("northwest Harris
 * County") in a state that has that county, or the gazetteer or the postal names have a town of
 * that name in a state the reports state (a state named, a town whose state the text gives, a
 * county of one state).
 */
function isConfirmedTown(e: Entity, entities: readonly Entity[], counties: readonly NamedCounty[], gazetteer: Gazetteer): boolean {
  const towns = gazetteer.usTowns?.(e.name) ?? [];
  if (towns.some((t) => counties.some((c) => c.key === t.county && c.states.includes(t.region)))) return true;
  const states = new Set<string>();
  for (const c of counties) if (c.states.length === 1) states.add(c.states[0]!);
  for (const o of entities) {
    const p = o.place;
    if (o.type !== 'place' || p?.country !== 'US') continue;
    if (p.precision === 'region' && o.mentions.some((m) => m.rule !== 'en/entity/place-based' && m.rule !== 'en/entity/place-outlet')) states.add(p.name);
    else if (p.region !== undefined && (p.precision === 'county' || isStatedPlace(o))) states.add(p.region);
  }
  if (states.size === 0) return false;
  return towns.some((t) => states.has(t.region)) || gazetteer.lookup(e.name).some((c) => c.precision === 'city' && c.country === 'US' && c.region !== undefined && states.has(c.region));
}

/** Places finest first, then the most mentioned. */
function byPrecision(places: readonly Entity[]): Entity[] {
  return [...places].sort((a, b) => rank(a) - rank(b) || b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}

/**
 * One town name read two ways across the reports ("Quincy, Ill." in one, a bare "QUINCY" read as
 * the larger Quincy, Massachusetts, in another) is one place of the event: the reading a report
 * states. Entities of one name whose reading no report states join the single stated reading;
 * with two stated readings, nothing joins.
 */
function unifyReadings(places: Entity[]): Entity[] {
  const byName = new Map<string, Entity[]>();
  let repeated = false;
  for (const e of places) {
    if (e.place?.precision !== 'city' || e.place.lat === undefined) continue;
    const list = byName.get(e.name);
    if (list) {
      list.push(e);
      repeated = true;
    } else byName.set(e.name, [e]);
  }
  if (!repeated) return places;
  const joined = new Map<Entity, Entity>();
  const dropped = new Set<Entity>();
  for (const list of byName.values()) {
    if (list.length < 2) continue;
    const stated = list.filter(isStatedPlace);
    if (stated.length !== 1) continue;
    const target = stated[0]!;
    const others = list.filter((e) => e !== target);
    for (const e of others) dropped.add(e);
    joined.set(target, { ...target, mentions: [...target.mentions, ...others.flatMap((e) => e.mentions)] });
  }
  return places.filter((e) => !dropped.has(e)).map((e) => joined.get(e) ?? e);
}

/**
 * A county's state (a county has no region of its own). Among the states that have a county of
 * that name (all of them when the gazetteer has no county data): the state the reports name most,
 * else the state of the event's best American town there ("Catoosa County" ... "in Ringgold"),
 * else the county's only state ("Pasco County": Florida), else the one the reports name most,
 * else the state whose county of that name is far the largest by postal codes ("Harris County":
 * Texas, not Georgia). Undefined when nothing tells among several ("Montgomery County").
 */
function countyState(
  name: string,
  topRegion: string | undefined,
  regionVotes: ReadonlyMap<string, number>,
  places: readonly Entity[],
  scores: ReadonlyMap<Entity, number>,
  placeOf: ReadonlyMap<Entity, PlaceInfo>,
  gazetteer: Gazetteer,
): string | undefined {
  const states = gazetteer.usCountyStates?.(name) ?? [];
  if (states.length === 0) return topRegion ?? usTownRegion(places, scores, placeOf);
  if (topRegion !== undefined && states.includes(topRegion)) return topRegion;
  const town = usTownRegion(places, scores, placeOf, states);
  if (town !== undefined || states.length === 1) return town ?? states[0];
  let best: string | undefined;
  for (const s of states) if ((regionVotes.get(s) ?? 0) > (best === undefined ? 0 : regionVotes.get(best)!)) best = s;
  if (best !== undefined || !gazetteer.usCountyPostalCodes) return best;
  // Nothing tells: the largest county of the name, by its postal codes, when it is far the largest ("Harris County": Texas).
  const sizes = states.map((s) => [s, gazetteer.usCountyPostalCodes!(name, s)] as const).sort((a, b) => b[1] - a[1]);
  return sizes[0]![1] >= LARGEST_COUNTY * (sizes[1]?.[1] ?? 0) ? sizes[0]![0] : undefined;
}

/** How many times the postal codes of the next county of its name the largest county needs to be taken without other cues. */
const LARGEST_COUNTY = 3;

/** How a county is named: as a place, or at the start of an agency's name ("Merced County Superior Court", "Tulare County Sheriff's Department"). */
const COUNTY_IN_NAME = /^(?:The\s+)?((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:County|Parish))\s/u;

/** A US county the reports name, with the states that have a county of that name (empty when none, or no county data). */
interface NamedCounty {
  readonly entity: Entity;
  /** `countyKey` of the county's name. */
  readonly key: string;
  readonly states: readonly string[];
}

/** The counties the reports name: county places, and counties that open an organization's name. */
function namedCounties(entities: readonly Entity[], gazetteer: Gazetteer): NamedCounty[] {
  const out: NamedCounty[] = [];
  for (const e of entities) {
    let name: string | undefined;
    if (e.type === 'place' && e.place?.precision === 'county') name = e.name;
    else if (e.type === 'organization' && (e.name.includes('County') || e.name.includes('Parish'))) name = COUNTY_IN_NAME.exec(e.name)?.[1];
    if (name === undefined) continue;
    const states = gazetteer.usCountyStates?.(name) ?? [];
    // "HANOVER COUNTY, Va.": the state the text gives, of the states that have a county of that name.
    const stated = e.type === 'place' && e.place?.region !== undefined && states.includes(e.place.region) ? [e.place.region] : undefined;
    out.push({ entity: e, key: countyKey(name), states: stated ?? states });
  }
  return out;
}

/** The state of the best-voted town of the event that the gazetteer puts in the United States (in one of `within`, when given). */
function usTownRegion(places: readonly Entity[], scores: ReadonlyMap<Entity, number>, placeOf: ReadonlyMap<Entity, PlaceInfo>, within?: readonly string[]): string | undefined {
  let best: Entity | undefined;
  for (const e of places) {
    const p = placeOf.get(e);
    if (p?.precision !== 'city' || p.country !== 'US' || p.region === undefined) continue;
    if (within !== undefined && !within.includes(p.region)) continue;
    if (!best || scores.get(e)! > scores.get(best)!) best = e;
  }
  return best ? placeOf.get(best)!.region : undefined;
}

/** "GREENVILLE COUNTY" (a dateline's capitals) as "Greenville County"; other names as they are. */
function titleCase(name: string): string {
  return name.length > 3 && name === name.toUpperCase() && /\p{Lu}{2}/u.test(name) ? name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase()) : name;
}

const STRENGTH = new WeakMap<Entity, boolean>();

/** Whether a mention's cue says the place is where things happen or are filed (`STRONG_RULES`); remembered per entity. */
function isStrong(e: Entity): boolean {
  let strong = STRENGTH.get(e);
  if (strong === undefined) STRENGTH.set(e, (strong = e.mentions.some((m) => m.rule !== undefined && STRONG_RULES.has(m.rule))));
  return strong;
}

/** A town of `region` by the postal names: the gazetteer's town there when it has one near, else the postal town. */
function postalReading(name: string, region: string, gazetteer: Gazetteer): PlaceInfo | undefined {
  const town = gazetteer.usTowns?.(name).find((t) => t.region === region);
  if (!town) return undefined;
  const known = gazetteer.lookup(name).find((c) => c.precision === 'city' && c.country === 'US' && c.region === region && Math.abs((c.lat ?? 0) - town.lat) <= SAME_TOWN && Math.abs((c.lon ?? 0) - town.lon) <= SAME_TOWN);
  return known ?? townPlace(town);
}

/** A place this close (in degrees, about 10 km) to a postal town may be filed under its name. */
const POSTAL_NEAR = 0.1;

/**
 * The postal town, named in the reports, that an American place that is no postal town is filed
 * under ("INDIANAPOLIS, Ind. — ... in Broad Ripple": Broad Ripple, a part of the city without a
 * post office of its own, is Indianapolis): a town of the event, of the same state, that the
 * postal names have within `POSTAL_NEAR` of the place. Undefined for a place the postal names
 * have in its state, and for places outside the United States. Only towns the reports name: the
 * postal names do not follow every town line ("Pine Hills" is "Orlando", but Cudahy, California,
 * is "Bell").
 */
function postalName(place: PlaceInfo | undefined, places: readonly Entity[], placeOf: ReadonlyMap<Entity, PlaceInfo>, gazetteer: Gazetteer): string | undefined {
  if (place?.precision !== 'city' || place.country !== 'US' || place.region === undefined || place.lat === undefined || place.lon === undefined || !gazetteer.usTowns) return undefined;
  // Towns of the event near the place (by the gazetteer's coordinates) first: most events have none, and need no postal name read.
  const near: PlaceInfo[] = [];
  for (const e of places) {
    const other = placeOf.get(e);
    if (other === place || other?.precision !== 'city' || other.region !== place.region || other.name === place.name || other.lat === undefined) continue;
    if (Math.abs(other.lat - place.lat) <= AREA && Math.abs((other.lon ?? 0) - place.lon) <= AREA) near.push(other);
  }
  // "Washington, D.C." is "Washington".
  if (near.length === 0 || gazetteer.usTowns(place.name.replace(/,.*$/, '')).some((t) => t.region === place.region)) return undefined;
  for (const other of near) {
    if (gazetteer.usTowns(other.name).some((t) => t.region === place.region && Math.abs(t.lat - place.lat!) <= POSTAL_NEAR && Math.abs(t.lon - place.lon!) <= POSTAL_NEAR)) return other.name;
  }
  return undefined;
}

/** A US town of this name within `AREA` of `place`: the gazetteer's, else a postal town (when `isPostalToo`); undefined when none. */
export function readingNear(name: string, place: PlaceInfo | undefined, gazetteer: Gazetteer, isPostalToo: boolean): PlaceInfo | undefined {
  if (place?.lat === undefined || place.lon === undefined) return undefined;
  const isNear = (lat: number, lon: number): boolean => Math.abs(lat - place.lat!) <= AREA && Math.abs(lon - place.lon!) <= AREA;
  const known = gazetteer.lookup(name).find((c) => c.precision === 'city' && c.country === 'US' && c.lat !== undefined && isNear(c.lat, c.lon ?? 0));
  if (known) return known;
  const town = isPostalToo ? gazetteer.usTowns?.(name).find((t) => isNear(t.lat, t.lon)) : undefined;
  return town ? townPlace(town) : undefined;
}

/** Whether a report states the place's reading ("Tulsa, Okla.", a dateline, a town read in the state its report names). */
export function isStatedPlace(e: Entity): boolean {
  return e.mentions.some((m) => m.rule !== undefined && STATED_RULES.has(m.rule));
}

/** Cues that read a city's state from the text ("SMITHFIELD, N.C.", "Tulsa, Okla.") or from the state its report names. */
const STATED_RULES: ReadonlySet<RuleId> = new Set(['en/entity/dateline', 'en/entity/place-comma', 'en/entity/place-comma-from', 'en/entity/place-in-state', 'en/entity/place-event-in-state']);
/** Cues that say a place is where things happen or are filed, not a word that looks like a place ("Perez's mother", "Young child"). */
const STRONG_RULES: ReadonlySet<RuleId> = new Set([
  ...STATED_RULES,
  'en/entity/dateline-city',
  'en/entity/place-event',
  'en/entity/place-in',
  'en/entity/place-police',
  'en/entity/place-section',
  'en/entity/place-list',
  'en/entity/place-common',
]);
/** How much support a reading needs per tenfold fewer people than the largest reading of its name. */
const POPULATION_PRIOR = 0.5;
/** A US broadcaster's call sign: K or W and two or three letters, maybe a service suffix ("WTVD", "KOTV-TV"). */
const US_CALL_SIGN = /^[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?$/;
/** The support a reading gets from lying in the country whose states the reports name. */
const COUNTRY_SUPPORT = 0.5;
/** What a reading abroad loses in American reports: "Los Banos" in a report from California is not Los Baños, Philippines. */
const ABROAD_PENALTY = 1;
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
 * reports name most (states, cities whose state the text gives, the states that have a county
 * the reports name: "Yakima County", "Merced County Superior Court"), near the other places the reports name (a place with k
 * readings counts 1/k for each). A name whose state the text gives keeps it; with no support,
 * the most populous reading stays. A reading that is a part of a city (GeoNames PPLX) is a
 * point, never the event's city.
 */
function readInContext(
  places: readonly Entity[],
  scores: ReadonlyMap<Entity, number>,
  regionVotes: ReadonlyMap<string, number>,
  counties: readonly NamedCounty[],
  isAmerican: boolean,
  gazetteer: Gazetteer,
): { placeOf: Map<Entity, PlaceInfo>; inCounty: Map<Entity, Entity> } {
  const out = new Map<Entity, PlaceInfo>();
  const inCounty = new Map<Entity, Entity>();
  const countyKeys = counties.filter((c) => c.states.length > 0);
  // Only the towns that may become the event's city are looked for in the counties: the most voted.
  const localCandidates = new Set(
    countyKeys.length === 0
      ? []
      : places
          .filter((e) => e.place?.precision === undefined || e.place.precision === 'city')
          .sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0))
          .slice(0, CONTENDERS),
  );
  const readings: { entity: Entity; candidates: readonly PlaceInfo[]; fixed: boolean }[] = [];
  const regionSupport = new Map<string, number>();
  let maxVote = 0;
  for (const v of regionVotes.values()) maxVote = Math.max(maxVote, v);
  // A state named once in passing ("sell his teddy bear for food in Ohio") is no whole vote, even when no other state is named.
  maxVote = Math.max(maxVote, 1);
  for (const [region, v] of regionVotes) regionSupport.set(region, v / maxVote);
  // "Yakima County": the states that have a county of that name (a county in k states counts 1/k for each).
  for (const { states } of counties) for (const r of states) regionSupport.set(r, (regionSupport.get(r) ?? 0) + 1 / states.length);
  for (const e of places) {
    if (e.place) out.set(e, e.place);
    if (e.place?.precision === 'county') {
      if (counties.some((c) => c.entity === e && c.states.length > 0)) continue;
      // Without county data: the states that have a town of that name.
      const base = e.name.replace(/\s+\S+$/, '');
      const regions = new Set(gazetteer.lookup(base).filter((c) => c.precision === 'city' && c.country === 'US').map((c) => c.region!));
      for (const r of regions) regionSupport.set(r, (regionSupport.get(r) ?? 0) + 1 / regions.size);
      continue;
    }
    const stated = e.mentions.some((m) => m.rule !== undefined && STATED_RULES.has(m.rule));
    // "- WTVM.com-Columbus, GA News": an outlet's town whose state the headline gives is read there (it votes for no state).
    const isFixed = stated || (isOutletOnly(e) && e.mentions.some((m) => m.rule === 'en/entity/place-outlet-comma'));
    // "near Delia in Jackson County", "Dallas" with "Paulding County": a town of a county the reports name is read there.
    const precision = e.place?.precision;
    const local = localCandidates.has(e) && (precision === undefined || precision === 'city') ? townInCounties(e.name, countyKeys, gazetteer, stated ? e.place : undefined) : undefined;
    if (local && stated) inCounty.set(e, local.county);
    else if (local) {
      out.set(e, local.place);
      inCounty.set(e, local.county);
      readings.push({ entity: e, candidates: [local.place], fixed: true });
      continue;
    }
    if (e.place?.lat === undefined || e.place.lon === undefined) continue;
    const candidates = isFixed ? [e.place] : gazetteer.lookup(e.name).filter((c) => (c.precision === 'city' || c.precision === 'point') && c.lat !== undefined);
    readings.push({ entity: e, candidates: candidates.length > 0 ? candidates : [e.place], fixed: isFixed || candidates.length <= 1 });
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
      else if (isAmerican && c.country !== 'US') support -= ABROAD_PENALTY;
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
  return { placeOf: out, inCounty };
}

/** The share of the best town's vote a town with a place cue needs to come before a best town with none. */
const CUED_SHARE = 0.5;
/** The share of the best town's vote a county needs for a town inside it to be preferred (see `eventPlaces`). */
const LOCAL_COUNTY_SHARE = 0.6;
/** How far (in degrees) a postal town may lie from the gazetteer's town of its name and state for the two to be one. */
const SAME_TOWN = 0.3;

/**
 * The reading of a town that lies in one of the counties the reports name, by the postal place
 * names, and that county: the gazetteer's town there (with its population), else the postal
 * town itself (towns under 1,000 people: "Delia", Kansas). A town whose state the text gives
 * (`stated`) is looked for in that state only. Undefined when no county named has a town of
 * that name.
 */
function townInCounties(name: string, counties: readonly NamedCounty[], gazetteer: Gazetteer, stated?: PlaceInfo): { place: PlaceInfo; county: Entity } | undefined {
  let town: UsTown | undefined;
  let county: NamedCounty | undefined;
  for (const t of gazetteer.usTowns?.(name) ?? []) {
    // A town whose state the text gives lies in a county named only in that state.
    if (stated !== undefined && (stated.country !== 'US' || stated.region !== t.region)) continue;
    county = counties.find((c) => c.key === t.county && c.states.includes(t.region));
    if (county) {
      town = t;
      break;
    }
  }
  if (!town || !county) return undefined;
  const known = gazetteer
    .lookup(name)
    .find((c) => c.precision === 'city' && c.country === 'US' && c.region === town.region && Math.abs((c.lat ?? 0) - town.lat) <= SAME_TOWN && Math.abs((c.lon ?? 0) - town.lon) <= SAME_TOWN);
  return { place: known ?? townPlace(town), county: county.entity };
}

/** A town takes the place of an incoherent town only with this share of the town's votes or more. */
const COMPARABLE = 0.2;
/** A large city takes the place of an incoherent town with this share of its votes or more: a neighborhood named often, the city once ("in Germantown" ... "South Philadelphia"). */
const LARGE_COMPARABLE = 0.1;
/** A city this large has parts that the news names alone ("Germantown", "Dorchester"). */
const LARGE_CITY = 200_000;

/** Places this close (in degrees, about 100 km) are one area: a town that near another place of the event fits it. */
const AREA = 1;

/**
 * Whether a place fits the event: it lies in a state the event names, in the state of one of
 * its datelines, or within `AREA` of another place of the event ("Kensington", read in New York, is 1.2 degrees from Philadelphia: no fit).
 */
function isCoherent(e: Entity, places: readonly Entity[], placeOf: ReadonlyMap<Entity, PlaceInfo>, regionVotes: ReadonlyMap<string, number>, isAmerican: boolean): boolean {
  const p = placeOf.get(e);
  if (p?.lat === undefined) return true;
  if (p.country === 'US' && p.region !== undefined && regionVotes.has(p.region)) return true;
  // Note: outside American reports (where a town read abroad is the usual misreading), far from
  // every other place only when there is another place on the map to be far from (a village the
  // gazetteer has, beside a town it lacks and a country, is the event's).
  let compared = false;
  for (const o of places) {
    const q = placeOf.get(o);
    if (o === e || q?.lat === undefined || o.name === e.name) continue;
    compared = true;
    if (Math.abs(q.lat - p.lat) <= AREA && Math.abs((q.lon ?? 0) - (p.lon ?? 0)) <= AREA) return true;
    // A dateline of the event in the same state ("NEW ORLEANS (AP) — ... in Charenton").
    if (q.country === p.country && q.region !== undefined && q.region === p.region && o.mentions.some((m) => m.rule === 'en/entity/dateline' || m.rule === 'en/entity/dateline-city')) return true;
  }
  return !compared && !isAmerican;
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
function voteByReport(places: readonly Entity[], surnames: ReadonlySet<string>): { votes: Map<Entity, number>; moves: DatelineMove[] } {
  const perDoc = new Map<DocId, Map<Entity, number>>();
  const raw = new Map<Entity, number>();
  // Per report: its first dateline and its first event cue ("the shootings in Charenton").
  const datelines = new Map<DocId, { entity: Entity; start: number; weight: number }>();
  const events = new Map<DocId, { entity: Entity; start: number }>();
  for (const e of places) {
    const isSurname = surnames.has(e.name.toLowerCase());
    for (const m of e.mentions) {
      const rule: RuleId = m.rule ?? '';
      let weight = CUE_WEIGHTS[rule] ?? 0.5;
      // "Denton" of "Robert Seth Denton": only a dateline or a state after it makes it a place.
      if (isSurname && rule !== 'en/entity/dateline' && rule !== 'en/entity/dateline-city' && rule !== 'en/entity/place-comma' && rule !== 'en/entity/place-comma-from') weight = 0;
      if (weight === 0) continue;
      weight *= (m.span.start < LEDE ? LEDE_FACTOR : 1) / (1 + m.span.start / DECAY);
      let doc = perDoc.get(m.doc);
      if (!doc) perDoc.set(m.doc, (doc = new Map()));
      doc.set(e, (doc.get(e) ?? 0) + weight);
      raw.set(e, (raw.get(e) ?? 0) + weight);
      if (rule === 'en/entity/dateline' || rule === 'en/entity/dateline-city') {
        const known = datelines.get(m.doc);
        if (!known || m.span.start < known.start) datelines.set(m.doc, { entity: e, start: m.span.start, weight });
      } else if (EVENT_RULES.has(rule) && m.span.start < EVENT_LEDE && (e.place?.precision ?? 'city') === 'city') {
        // (a town's cue, not a state's or a country's before it: "a raid on a village in Zamfara state ... stormed Kadawa village")
        const known = events.get(m.doc);
        if (!known || m.span.start < known.start) events.set(m.doc, { entity: e, start: m.span.start });
      }
    }
  }
  const votes = new Map<Entity, number>();
  for (const e of places) votes.set(e, 0.001 * (raw.get(e) ?? 0));
  const tops = new Map<DocId, number>();
  for (const [id, doc] of perDoc) {
    // A report that names places only in passing gives less than a whole vote.
    let top = FULL_VOTE;
    for (const w of doc.values()) top = Math.max(top, w);
    tops.set(id, top);
    for (const [e, w] of doc) votes.set(e, votes.get(e)! + w / top);
  }
  const moves: DatelineMove[] = [];
  for (const [id, dateline] of datelines) {
    const event = events.get(id);
    if (event && event.start > dateline.start && event.entity !== dateline.entity) {
      moves.push({ from: dateline.entity, to: event.entity, vote: (dateline.weight * (1 - DATELINE_KEPT)) / tops.get(id)! });
    }
  }
  return { votes, moves };
}

/** Cues that say the event happened in the place ("the shootings in Charenton"). */
const EVENT_RULES: ReadonlySet<RuleId> = new Set(['en/entity/place-event', 'en/entity/place-event-in-state', 'en/entity/place-event-unlisted']);

/** A report's dateline vote that may move to the town its lede puts the event in (see `moveDatelineVotes`). */
interface DatelineMove {
  readonly from: Entity;
  readonly to: Entity;
  readonly vote: number;
}

/**
 * "NEW ORLEANS (AP) — ... the shootings in Charenton": a dateline names where the report was
 * filed; a town of its state that the lede says the event happened in (read in the event's
 * context) takes most of the dateline's vote.
 */
function moveDatelineVotes(votes: Map<Entity, number>, moves: readonly DatelineMove[], placeOf: ReadonlyMap<Entity, PlaceInfo>): void {
  for (const { from, to, vote } of moves) {
    if (!isFiledAway(placeOf.get(from) ?? from.place, placeOf.get(to) ?? to.place)) continue;
    votes.set(from, votes.get(from)! - vote);
    votes.set(to, votes.get(to)! + vote);
  }
}

/** An event cue this close to the start of its report may move the dateline's weight. */
const EVENT_LEDE = 1500;
/** The share of its weight a dateline keeps when the lede puts the event in another town. */
const DATELINE_KEPT = 0.25;
/** A town this close (in degrees, about 25 km) to a large dateline city may be one of its parts or suburbs, named alone. */
const SUBURB = 0.25;

/**
 * Whether a report filed in `dateline` tells of an event in another town `event` of the same
 * state (or near it): not the same place, a town of the gazetteer, and not a part of a large
 * dateline city ("HOUSTON — ... near Bellaire").
 */
function isFiledAway(dateline: PlaceInfo | undefined, event: PlaceInfo | undefined): boolean {
  // "NIAMEY, March 10 - ... the attack on the cattle market in Tamberi": outside the United States
  // (where the postal names list every town) a town the gazetteer lacks is a village or a small
  // town, never a part of the capital the report was filed from.
  if (dateline?.lat !== undefined && dateline.country !== undefined && dateline.country !== 'US' && event?.precision === 'city' && event.lat === undefined) {
    return event.country === undefined || event.country === dateline.country;
  }
  if (dateline?.lat === undefined || event?.lat === undefined || event.precision !== 'city') return false;
  if (dateline.name === event.name && dateline.region === event.region) return false;
  const dLat = Math.abs(dateline.lat - event.lat);
  const dLon = Math.abs((dateline.lon ?? 0) - (event.lon ?? 0));
  const sameRegion = dateline.country === event.country && dateline.region !== undefined && dateline.region === event.region;
  if (!sameRegion && (dLat > NEAR || dLon > NEAR)) return false;
  return !((dateline.population ?? 0) >= LARGE_CITY && dLat <= SUBURB && dLon <= SUBURB);
}

/** City-level places first, then counties, regions, countries; unresolved names with cities. */
function rank(e: Entity): number {
  return PRECISION_ORDER[e.place?.precision ?? 'city'];
}


/** A first-order division given by its GeoNames code ("08", "WLS"), not its name. */
const ADMIN_CODE = /^\d+$|^[A-Z0-9]{1,3}$/;
const WHERE_PREC: Readonly<Record<PlaceInfo['precision'], DossierPlace['wherePrec']>> = { point: 1, city: 2, county: 3, region: 4, country: 6 };

/**
 * The dossier's facts of a place entity: canonical name, country (name and ISO code), first-order
 * division, precision (and its UCDP-like `wherePrec` code), coordinates and population, as far as
 * the gazetteer or the cue that typed it ("X County") gives them; undefined for a place nothing
 * resolved ("Upper Karabakh" read by its prefix alone).
 *
 * @example
 * dossierPlace(tulsa); // { name: 'Tulsa', country: 'United States', countryCode: 'US', region: 'Oklahoma', precision: 'city', wherePrec: 2, lat: 36.15398, lon: -95.99277, population: 403505 }
 */
export function dossierPlace(e: Entity): DossierPlace | undefined {
  const p = e.place;
  if (!p) return undefined;
  const country = p.country !== undefined ? countryName(p.country) : undefined;
  return {
    name: e.name,
    ...(country !== undefined ? { country } : {}),
    ...(p.country !== undefined ? { countryCode: p.country } : {}),
    ...(p.region !== undefined && p.precision !== 'region' ? (ADMIN_CODE.test(p.region) ? { regionCode: p.region } : { region: p.region }) : {}),
    precision: p.precision,
    wherePrec: WHERE_PREC[p.precision],
    ...(p.lat !== undefined ? { lat: p.lat } : {}),
    ...(p.lon !== undefined ? { lon: p.lon } : {}),
    ...(p.population !== undefined && p.population > 0 ? { population: p.population } : {}),
  };
}

/** The regions and countries (codes) some place names stand for (`namedAreas`). */
export interface NamedAreas {
  readonly regions: readonly PlaceInfo[];
  readonly countries: ReadonlySet<string>;
}

/**
 * The regions and countries the names stand for, every reading: "Georgia" is a country and a US
 * state. Read once for an event's places after its main one, for `placeWithin` and `fitWithin`.
 *
 * @example namedAreas(['California', 'United States'], gazetteer).countries.has('US')
 */
export function namedAreas(names: readonly string[], gazetteer: Gazetteer): NamedAreas {
  const regions: PlaceInfo[] = [];
  const countries = new Set<string>();
  for (const name of names) {
    for (const reading of gazetteer.lookup(name)) {
      if (reading.precision === 'region') regions.push(reading);
      if ((reading.precision === 'region' || reading.precision === 'country') && reading.country !== undefined) countries.add(reading.country);
    }
  }
  return { regions, countries };
}

/**
 * The reading of a place name with coordinates that lies in the regions and countries named with
 * it (an event's places after its main one): "Los Banos" with "California", "United States" is
 * the Californian town, not Los Baños in the Philippines, the gazetteer's first reading. A US town
 * the gazetteer lacks in the state named is taken from the postal names (`postalReading`). With no
 * region or country named, the first reading with coordinates; with some named and no reading in
 * them, none.
 *
 * @example placeWithin('Los Banos', namedAreas(['California', 'United States'], gazetteer), gazetteer)?.region === 'California'
 */
export function placeWithin(name: string, areas: NamedAreas, gazetteer: Gazetteer): PlaceInfo | undefined {
  const readings = gazetteer.lookup(name).filter((p) => p.lat !== undefined && p.lon !== undefined);
  const inRegion = readings.find((p) => fitWithin(p, areas) === 2);
  if (inRegion) return inRegion;
  for (const region of areas.regions) {
    const town = region.country === 'US' ? postalReading(name, region.name, gazetteer) : undefined;
    if (town) return town;
  }
  // "Arizona" with "United States" is the state (no point in the gazetteer), not a town in Honduras.
  return readings.find((p) => fitWithin(p, areas) === 1) ?? (areas.countries.size === 0 ? readings[0] : undefined);
}

/**
 * How well a reading lies in the regions and countries named with it: 2 in a region named, 1 in a
 * country named, 0 neither.
 *
 * @example fitWithin(losBanosCalifornia, namedAreas(['California', 'United States'], gazetteer)) === 2
 */
export function fitWithin(p: PlaceInfo, areas: NamedAreas): 0 | 1 | 2 {
  if (areas.regions.some((r) => r.country === p.country && r.name === p.region)) return 2;
  return p.country !== undefined && areas.countries.has(p.country) ? 1 : 0;
}

function countryName(code: string): string | undefined {
  return COUNTRY_NAMES.get(code);
}
