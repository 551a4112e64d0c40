import type { RawDoc } from '../model/document.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type {
  Dossier,
  DossierDiagnostic,
  DossierDocument,
  DossierEvent,
  DossierEventDate,
  DossierLineage,
  DossierTimelineEntry,
} from '../model/dossier.js';
import type { DatePrecision, EventDate, TimelineEntry } from '../model/time.js';
import type { DocId } from '../model/span.js';
import { CASUALTY_KINDS, type Claim } from '../model/record.js';
import { PLACE_SHARE_RULE } from '../stages/extract/claims/rules.js';
import { EARLIER_LABEL, LATER_LABEL, isLinkedParagraph, isOwnHappening, isPartOfToll, openingPlace, otherHappening, paragraphStart } from '../stages/extract/claims/scope.js';
import { boundsOf, dayNumber, dayOf } from '../stages/extract/dates/calendar.js';
import type { Context } from './stage.js';
import { analyzeDocuments, withCollectionDatelines, type DocAnalysis } from './analyze.js';
import { detectLineage, lineageGroups } from '../stages/lineage/index.js';
import type { LineageLink } from '../model/lineage.js';
import { reconcileFigures, type DocFacts } from '../stages/reconcile/figures.js';
import { buildTimeline, eventDate, fromEventDay, type PublicationFact } from '../stages/time/index.js';
import { isCommemoration, isViolent, reportsDeath } from '../stages/time/cues.js';
import type { Entity, PlaceInfo } from '../model/entity.js';
import type { DossierActor, DossierEntity, DossierQuote } from '../model/dossier.js';
import { extractActors, groupActors } from '../stages/entities/actors.js';
import { mergeEntities } from '../stages/entities/canonical.js';
import { groupDocuments, recalledPeriods, type GroupInput, type GroupOptions } from '../stages/group/index.js';
import { dossierPlace, eventPlaces, fitWithin, isStatedPlace, namedAreas, placeWithin, readingNear } from '../stages/entities/places.js';
import { isKnownPlace, loadGazetteer } from '../stages/entities/gazetteer.js';
import { isSpellingVariant, spellingKey } from '../stages/entities/keys.js';
import { ACRONYM, FACILITY_HEADS } from '../locales/en/entities-organizations.js';
import { POINT_HEADS } from '../locales/en/entities-places.js';
import { withoutSiteName } from '../stages/ingest/title.js';

/** Cross-document links that make documents one source (filled by the lineage stage). */
export interface LineageInput {
  readonly links: readonly DossierLineage[];
  /** Lineage group of each document (documents that copy each other share one). */
  readonly groups: ReadonlyMap<DocId, string>;
}

/** How documents become events. */
export interface BuildOptions {
  /**
   * `auto` (default): documents are grouped into events (`groupDocuments`: shared rare names, event
   * dates, lineage); `one`: every document reports one event, as when a user hands over the
   * reports of an event they chose.
   */
  readonly grouping?: 'auto' | 'one';
  /** Options of the grouping stage. */
  readonly group?: Partial<GroupOptions>;
}

/**
 * Builds a dossier from documents already analysed: the documents are grouped into events, and
 * each event gets its figures reconciled across its documents, its date, places and timeline.
 * Events are ordered by number of documents, then date; ids are `e1`, `e2`, ... in that order.
 *
 * @example
 * const dossier = assembleDossier(analyses, ctx);
 * dossier.events[0].figures[0].kind === 'killed';
 */
export function assembleDossier(
  analyses: readonly DocAnalysis[],
  ctx: Context & { readonly diagnostics?: readonly Diagnostic[] },
  lineage?: LineageInput,
  options: BuildOptions = {},
): Dossier {
  const facts = factsOf(analyses, lineage);
  const documents: DossierDocument[] = analyses.map(({ doc, inferredPublished }) => ({
    id: doc.id,
    path: doc.path,
    title: doc.title ?? null,
    published: doc.published ?? null,
    publishedBasis: doc.publishedBasis ?? null,
    ...(doc.published !== undefined ? { publishedPrecision: inferredPublished?.precision ?? precisionOfIso(doc.published) } : {}),
    language: doc.language,
    url: doc.url ?? null,
    text: doc.text,
  }));
  const groups = analyses.length === 0 ? [] : options.grouping === 'one' || analyses.length <= 1 ? [analyses] : groupAnalyses(analyses, lineage?.links ?? [], options.group);
  // Each event is built from its own documents alone (its entities merged across them).
  const events = groups
    .map((group) => buildEvent('', group, facts))
    .sort((a, b) => b.documents.length - a.documents.length || (a.date?.start ?? '9999').localeCompare(b.date?.start ?? '9999') || (a.documents[0] ?? '').localeCompare(b.documents[0] ?? ''))
    .map((event, i) => ({ ...event, id: `e${i + 1}` }));
  const entities = readInEvents(entitiesOf(analyses), events);
  return {
    version: 1,
    documents,
    events: withCanonicalSpeakers(events, entities),
    entities: entities.map(toDossierEntity),
    lineage: lineage?.links ?? [],
    diagnostics: (ctx.diagnostics ?? []).map(toDossierDiagnostic),
  };
}

/**
 * The events with each quote's speaker named as the dossier's entity is (the contract's "canonical
 * entity name"): an event merges the spellings of its own reports, the dossier those of all, and a
 * quote keeps the spelling of its report ("Mohammad Ijaz Khan" of the entity "Muhammad Ijaz Khan").
 * The entity of a person or organization with that spelling and a mention in the quote's report,
 * else the only one with that spelling; a speaker no entity spells, or several entities of other
 * reports spell, stays as it is (1,745 quotes of gva-dev:
 * 261 speakers were no entity's name, 65 now, names the recognizer missed: "Dan May", "Patricia Medina’s").
 */
export function withCanonicalSpeakers(events: readonly DossierEvent[], entities: readonly Entity[]): DossierEvent[] {
  const bySpelling = new Map<string, Entity[]>();
  for (const e of entities) {
    if (e.type === 'place') continue;
    for (const spelling of new Set([e.name, ...e.aliases])) {
      const list = bySpelling.get(spelling);
      if (list) list.push(e);
      else bySpelling.set(spelling, [e]);
    }
  }
  return events.map((event) => {
    let changed = false;
    const quotes = event.quotes.map((q) => {
      const candidates = bySpelling.get(q.speaker);
      if (candidates === undefined) return q;
      // Of several entities with the spelling and none in the quote's report, none is known to be the speaker ("Thompson").
      const entity = candidates.find((e) => e.mentions.some((m) => m.doc === q.doc)) ?? (candidates.length === 1 ? candidates[0] : undefined);
      if (entity === undefined || entity.name === q.speaker) return q;
      changed = true;
      return { ...q, speaker: entity.name };
    });
    return changed ? { ...event, quotes } : event;
  });
}

/**
 * The dossier's places read where their events put them: an event's main place, read within the
 * state and country the event names (`placeWithin`), is that reading in the entity list too
 * ("Los Banos" of reports from Merced County is the Californian town, not Los Baños in the
 * Philippines, the gazetteer's first reading of the name). An entity found in several events
 * takes the reading of the largest (events come largest first).
 */
function readInEvents(entities: readonly Entity[], events: readonly DossierEvent[]): Entity[] {
  const read = new Map<Entity, PlaceInfo>();
  /** Entities an earlier (larger) event has read already, re-read or not. */
  const settled = new Set<Entity>();
  // The towns by each of their spellings, so that each event looks up its main place's name.
  const towns = new Map<string, Entity[]>();
  for (const e of entities) {
    if (e.type !== 'place' || e.place?.precision !== 'city') continue;
    for (const name of new Set([e.name, ...e.aliases])) {
      const named = towns.get(name);
      if (named) named.push(e);
      else towns.set(name, [e]);
    }
  }
  if (towns.size === 0) return [...entities];
  const gazetteer = loadGazetteer();
  for (const event of events) {
    const main = event.places[0];
    const candidates = main === undefined ? undefined : towns.get(main);
    if (main === undefined || candidates === undefined) continue;
    const docs = new Set(event.documents);
    const named = candidates.filter((e) => !settled.has(e) && e.mentions.some((m) => docs.has(m.doc)));
    if (named.length === 0) continue;
    for (const e of named) settled.add(e);
    const areas = namedAreas(event.places.slice(1), gazetteer);
    const reading = placeWithin(main, areas, gazetteer);
    if (reading === undefined) continue;
    // Only a better reading replaces the entity's own: one in a state the event names over one elsewhere.
    const fit = fitWithin(reading, areas);
    for (const e of named) if (e.place && fit > fitWithin(e.place, areas)) read.set(e, reading);
    // The event's other towns read in another country than its own, by no cue that states it: the
    // namesake near its main place ("a Vancouver resident" of a shooting in Woodland, Washington, is
    // of Vancouver, Washington, not Canada). A neighbourhood no gazetteer has near keeps its reading.
    const own = named.map((e) => read.get(e) ?? e.place).find((p) => p?.country !== undefined && p.lat !== undefined);
    if (!own) continue;
    for (const name of event.places.slice(1)) {
      for (const e of towns.get(name) ?? []) {
        if (e.name !== name || e.place?.country === own.country || settled.has(e) || isStatedPlace(e) || !e.mentions.some((m) => docs.has(m.doc))) continue;
        settled.add(e);
        const near = readingNear(e.name, own, gazetteer, true);
        if (near) read.set(e, near);
      }
    }
  }
  // The name follows the reading when the reports wrote it so ("Los Banos", not the Philippine "Los Baños").
  return read.size === 0
    ? [...entities]
    : entities.map((e) => {
        const place = read.get(e);
        if (!place) return e;
        const name = e.aliases.includes(place.name) ? place.name : e.name;
        return { ...e, name, aliases: e.aliases.filter((a) => a !== name), place };
      });
}

/**
 * An event built from its documents alone, as a stream closes it: lineage among its documents,
 * its entities merged across them, and its record.
 *
 * @example
 * const { event, lineage } = buildStandaloneEvent('e1', analyses);
 */
export function buildStandaloneEvent(id: string, analyses: readonly DocAnalysis[]): { readonly event: DossierEvent; readonly lineage: readonly DossierLineage[] } {
  const lineage = lineageOf(analyses);
  return { event: buildEvent(id, analyses, factsOf(analyses, lineage), entitiesOf(analyses)), lineage: lineage.links };
}

/** What reconciliation reads of each document: its publication date and lineage group. */
function factsOf(analyses: readonly DocAnalysis[], lineage: LineageInput | undefined): Map<DocId, DocFacts> {
  const facts = new Map<DocId, DocFacts>();
  for (const a of analyses) {
    const group = lineage?.groups.get(a.doc.id);
    facts.set(a.doc.id, { ...(a.doc.published !== undefined ? { published: a.doc.published } : {}), ...(group !== undefined ? { group } : {}) });
  }
  return facts;
}

/**
 * Groups analysed documents into events (`groupDocuments`), each document with the day its own
 * text puts the happening on, and documents that copy each other kept together. Groups keep the
 * input order of their documents.
 */
export function groupAnalyses(
  analyses: readonly DocAnalysis[],
  links: readonly Pick<DossierLineage, 'docs'>[] = [],
  options: Partial<GroupOptions> = {},
): DocAnalysis[][] {
  const inputs = analyses.map(groupInputOf);
  const pairs = links.flatMap((l): (readonly [DocId, DocId])[] => (l.docs[0] !== undefined && l.docs[1] !== undefined ? [[l.docs[0], l.docs[1]]] : []));
  const groups = groupDocuments(inputs, options, pairs);
  const position = new Map(analyses.map((a, i) => [a.doc.id, i]));
  return groups.map((ids) =>
    ids
      .map((id) => position.get(id) ?? -1)
      .sort((a, b) => a - b)
      .flatMap((i) => (analyses[i] ? [analyses[i]] : [])),
  );
}

/** What grouping reads of an analysed document: its text, publication date and stated event day. */
export function groupInputOf(a: DocAnalysis): GroupInput {
  return {
    id: a.doc.id,
    text: a.doc.text,
    names: a.grouping.names,
    ...(a.doc.published !== undefined ? { published: a.doc.published } : {}),
    ...(a.grouping.eventDate !== undefined ? { eventDate: a.grouping.eventDate } : {}),
    // Note: analyses stored before the grouping features kept them have none; they are read from the dates then.
    recalled: a.grouping.recalled ?? recalledPeriods(a.time.dates),
    // Note: analyses stored before the toll was a grouping feature have none; they group by names and days alone.
    ...(a.grouping.toll !== undefined ? { toll: a.grouping.toll } : {}),
  };
}

/**
 * Builds one event record from the analyses of its documents: figures reconciled across them, the
 * event's date (`eventDate`: when the happening took place, never a publication or anniversary date)
 * and its timeline (`buildTimeline`, oldest first, with the publication dates the texts gave).
 */
export function buildEvent(
  id: string,
  analyses: readonly DocAnalysis[],
  facts: ReadonlyMap<DocId, DocFacts>,
  entities: readonly Entity[] = entitiesOf(analyses),
): DossierEvent {
  const timed = analyses.map((a) => a.time);
  const stated = eventDate(timed);
  // Reports that date nothing (breaking news: "A man was shot near the bar, police said") give the
  // first publication day, marked so (basis `published`), as casualty coders date an event by its
  // first report when no text dates it; not reports of a commemoration, whose day is not the
  // happening's. Note: nor for telling earlier happenings apart, which needs a day the texts state.
  const date = stated ?? (analyses.some((a) => isCommemoration(a.doc.text)) ? undefined : eventDate(timed, { fallbackToPublished: true }));
  const published = publishedDays(analyses);
  const claims = asideYearCounts(asideEarlier(analyses.flatMap((a) => a.claims), stated, published), stated, published);
  // The event's figures, then each other place's (`asideElsewhere`) and each other happening's
  // (`otherHappening`), reconciled apart.
  const texts = new Map(analyses.map((a) => [a.doc.id, a.doc.text]));
  const { own, elsewhere } = asideElsewhere(claims, (doc) => texts.get(doc));
  // "Smaller rallies were also held in Batumi, where police detained nine" (another place, as its
  // words say) and "including nine in Batumi" (set in that place): one place's figure.
  const elsewhereByKey = new Map<string, Claim[]>();
  for (const [place, list] of elsewhere) elsewhereByKey.set(spellingKey(place), list);
  const happenings = new Map<string, Claim[]>();
  const event: Claim[] = [];
  for (const c of own) {
    const happening = otherHappening(c.scope);
    const there = happening === undefined && c.scope.key === 'other' && c.scope.place !== undefined && elsewhereByKey.size > 0 ? elsewhereByKey.get(spellingKey(c.scope.place)) : undefined;
    if (there !== undefined) {
      there.push(c);
      continue;
    }
    if (happening === undefined) event.push(c);
    else {
      const list = happenings.get(happening);
      if (list) list.push(c);
      else happenings.set(happening, [c]);
    }
  }
  const figures = [...reconcileFigures(event, facts), ...[...happenings.values(), ...elsewhere.values()].flatMap((list) => reconcileFigures(list, facts))];
  const placeCounts = new Map<string, number>();
  for (const c of claims) if (c.scope.place) placeCounts.set(c.scope.place, (placeCounts.get(c.scope.place) ?? 0) + 1);
  // Places of the entities (gazetteer-resolved, most specific first), then the places of claim
  // scopes they miss (see `isScopePlace`).
  const places = eventPlaces(withoutLinkedOnly(entities, analyses));
  for (const [p] of [...placeCounts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    // "TAMBERI" or "Tambery" after "Tamberi", "Massachussets" after "Massachusetts": one place, listed once.
    if (!places.includes(p) && !places.some((q) => isSameNameSpelled(q, p)) && isScopePlace(p, entities)) places.push(p);
  }
  // The other places the reports tell of, one after another, come after the event's own.
  if (elsewhere.size > 0) {
    places.sort((a, b) => Number(elsewhere.has(a)) - Number(elsewhere.has(b)));
    for (const p of elsewhere.keys()) if (!places.includes(p)) places.push(p);
  }
  const publications: PublicationFact[] = [];
  for (const { doc, inferredPublished } of analyses) {
    if (inferredPublished) {
      publications.push({ doc: doc.id, published: inferredPublished.published, precision: inferredPublished.precision, evidence: inferredPublished.evidence });
    }
  }
  // Phrases counted from the happening ("a week after the attack") count from the event's day.
  const timeline = buildTimeline(stated?.precision === 'day' ? timed.map((t) => fromEventDay(t, stated.start)) : timed, { event: stated ?? null }, publications);
  return {
    id,
    title: eventTitle(analyses, date?.start),
    date: date ? toDossierDate(date) : null,
    places,
    documents: analyses.map((a) => a.doc.id),
    figures,
    timeline: timeline.map(toDossierEntry),
    quotes: uniqueQuotes(analyses.flatMap((a) => a.quotes.filter((q) => q.speaker !== undefined).map((q) => toDossierQuote(q.speaker ?? '', q.text, q.span)))),
    actors: eventActors(analyses),
  };
}

/** Whether two names are spellings of one ("Tamberi", "Tambery"): as many words, each a spelling variant of the other's. */
function isSameNameSpelled(a: string, b: string): boolean {
  const x = a.split(' ');
  const y = b.split(' ');
  return x.length === y.length && x.every((w, i) => isSpellingVariant(w, y[i]!));
}

/**
 * Whether a claim's scope names a place the event's places should list: one recognition typed as a
 * place or the gazetteer knows (a city, a US county or town); else one that names no person,
 * organization, facility, street or site: not "in Grady Memorial" (a facility's word last), not "near
 * Elm Avenue", not "in UAMS" (an
 * acronym), not a person's name or surname. A name nothing knows ("in Dalmora", a village) stays.
 */
function isScopePlace(name: string, entities: readonly Entity[]): boolean {
  if (entities.some((e) => e.type === 'place' && (e.name === name || e.aliases.includes(name)))) return true;
  if (isKnownPlace(name)) return true;
  // (nor a street or a site: "near Elm Avenue", "at Riverside Park", left out as the event's places leave them out)
  const head = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  if (ACRONYM.test(name) || FACILITY_HEADS.has(head) || POINT_HEADS.has(head)) return false;
  // A person's name or surname, an organization's name; not a town that starts one ("Dalmora General Hospital").
  return !entities.some((e) => e.type !== 'place' && [e.name, ...e.aliases].some((n) => n === name || (e.type === 'person' && n.endsWith(` ${name}`))));
}

/**
 * Claims the text ties to a period that ended before the event's day are about an earlier happening
 * ("a man was shot and killed on the same block last week, on Aug. 10", "since 15-year-old X was
 * stabbed to death there on May 14"): they join the `other` figure, not the event's own. Claims of
 * later days stay (a victim who died the next day counts among the event's killed).
 */
function asideEarlier(claims: readonly Claim[], date: EventDate | undefined, published: ReadonlyMap<DocId, number> = new Map()): readonly Claim[] {
  if (!date || date.precision !== 'day') return claims;
  // A day's slack: "late Friday" and "early Saturday" are one night. Measured on gva-dev, 1 day
  // does better than 2, 3 or 7 (killed within 91.4 against 90.8, 90.5, 90.5): a report recalls
  // earlier incidents of two or three days before as well.
  const eventDay = dayOf(date.start);
  if (!eventDay) return claims;
  const limit = dayNumber(eventDay) - EARLIER_SLACK_DAYS;
  return claims.map((c) => {
    const period = c.scope.period;
    // A total too: "In 2023, a total of 8,400 people were killed across the country" is no total of an event of 2024.
    if (period === undefined || (c.scope.key !== 'main' && c.scope.key !== 'unscoped' && c.scope.key !== 'total')) return c;
    const end = periodDay(period, 'end');
    if (end === undefined) return c;
    if (end < limit) return { ...c, scope: { ...c.scope, key: 'other', label: `${EARLIER_LABEL}: ${c.scope.label ?? period}` } };
    return isLaterHappening(c, period, dayNumber(eventDay), published.get(c.doc)) ? { ...c, scope: { ...c.scope, key: 'other', label: `${LATER_LABEL}: ${c.scope.label ?? period}` } } : c;
  });
}

/**
 * A count of the dead or hurt over a whole year that holds the event's day is the year's
 * statistics, not the event's toll, in a report of that time: "In 2024, 78 people were shot dead
 * in Velmora" beside "two men were killed on Saturday" (scope `aggregate`, labelled "statistics:
 * ..."), as "so far this year" is. Only when the event is dated to the day and the report was
 * published less than `LOOK_BACK_DAYS` after it: a look back decades on names the event by its year
 * ("In 1990, troops killed 147 people in Baku"). With no date for the event, only when the same
 * report states a smaller count of that kind with no period (its own toll).
 */
function asideYearCounts(claims: readonly Claim[], date: EventDate | undefined, published: ReadonlyMap<DocId, number>): readonly Claim[] {
  const eventDay = date?.precision === 'day' ? dayOf(date.start) : undefined;
  const day = eventDay ? dayNumber(eventDay) : undefined;
  if (date !== undefined && day === undefined) return claims;
  let out: Claim[] | undefined;
  /** With no date for the event: each report's smallest stated count of each kind with no period (its own toll), read once. */
  let ownTolls: Map<string, number> | undefined;
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i]!;
    const period = c.scope.period;
    // (a stated count: "16-year-old killed in shooting, 10th homicide in Savannah in 2017" is one person, whatever year the line names)
    if (period === undefined || !YEAR.test(period) || !isOwnHappening(c.scope) || c.isUpdate || c.certainty !== 'stated' || !CASUALTY_KINDS.has(c.kind)) continue;
    let isStatistics: boolean;
    if (day !== undefined) {
      const start = periodDay(period, 'start');
      const end = periodDay(period, 'end');
      const at = published.get(c.doc);
      isStatistics = start !== undefined && end !== undefined && start <= day && day <= end && at !== undefined && at - day < LOOK_BACK_DAYS;
    } else {
      if (ownTolls === undefined) {
        ownTolls = new Map();
        for (const o of claims) {
          if (o.scope.period !== undefined || o.certainty !== 'stated' || !isOwnHappening(o.scope)) continue;
          const key = `${o.doc}\u0000${o.kind}`;
          ownTolls.set(key, Math.min(ownTolls.get(key) ?? Infinity, o.value));
        }
      }
      isStatistics = (ownTolls.get(`${c.doc}\u0000${c.kind}`) ?? Infinity) < c.value;
    }
    if (!isStatistics) continue;
    out ??= [...claims];
    out[i] = { ...c, scope: { ...c.scope, key: 'aggregate', label: `statistics: ${c.scope.label ?? period}` } };
  }
  return out ?? claims;
}

/** A period that is a calendar year ("2024"). */
const YEAR = /^\d{4}$/;

/**
 * Whether a claim tells of a happening long after the event, in a look back written a year or more
 * after it: "Last month, a bomb at a bus stop in Bannu killed nine people" in a piece a year after a
 * bombing. Only the dead and the hurt of a period that starts more than `LATER_DAYS` after the
 * event's day, in a report published more than `LOOK_BACK_DAYS` after it, telling no rise of a
 * toll: a follow-up's arrests and sentences months on are the event's (gva-dev has many).
 */
function isLaterHappening(c: Claim, period: string, eventDay: number, published: number | undefined): boolean {
  if (c.isUpdate || !CASUALTY_KINDS.has(c.kind)) return false;
  if (published === undefined || published <= eventDay + LOOK_BACK_DAYS) return false;
  const start = periodDay(period, 'start');
  return start !== undefined && start > eventDay + LATER_DAYS;
}


/** The publication day of each report that has one (days since the epoch). */
function publishedDays(analyses: readonly DocAnalysis[]): Map<DocId, number> {
  const days = new Map<DocId, number>();
  for (const a of analyses) {
    const day = dayOf(a.doc.published);
    if (day) days.set(a.doc.id, dayNumber(day));
  }
  return days;
}

/** Cities farther apart than this (in degrees of latitude, about 170 km) are two places' happenings. */
const FAR_DEGREES = 1.5;
/**
 * Only cities this large are told apart by distance: the names of neighbourhoods, streets and small
 * towns ("Gage Park", "Fillmore", "Riverdale") are as often a part of the event's city as a far
 * namesake the gazetteer has.
 */
const FAR_MIN_POPULATION = 100_000;

/**
 * Whether two places are cities of `FAR_MIN_POPULATION` people or more that the gazetteer puts
 * farther apart than `FAR_DEGREES`, however each name is read (a country or a region is near all
 * its cities; a name the gazetteer lacks, or a smaller town of the name, is near all).
 */
function isFarApart(a: string, b: string): boolean {
  const gazetteer = loadGazetteer();
  const located = (name: string) => gazetteer.lookup(name).filter((p) => p.lat !== undefined && p.lon !== undefined && (p.precision === 'city' || p.precision === 'point')).slice(0, 8);
  const as = located(a);
  const bs = located(b);
  if (as.length === 0 || bs.length === 0) return false;
  const isLarge = (p: { readonly population?: number }) => (p.population ?? 0) >= FAR_MIN_POPULATION;
  if (!as.every(isLarge) || !bs.every(isLarge)) return false;
  for (const p of as) {
    for (const q of bs) {
      const dLat = p.lat! - q.lat!;
      const dLon = (p.lon! - q.lon!) * Math.cos(((p.lat! + q.lat!) / 2) * (Math.PI / 180));
      if (Math.hypot(dLat, dLon) <= FAR_DEGREES) return false;
    }
  }
  return true;
}

/**
 * Claims a report tells of another place than the event's, one place after another: "In Dravik,
 * the country's second city, two protesters were killed" in reports of a crackdown in the capital;
 * "In Tessa, 9 people were killed" of a raid on three villages. A claim whose sentence opens on a
 * place (`openingPlace`) that is not the event's place (the one most reports tie their other claims
 * to) is that place's, and its figure is reconciled apart (scope `other`, the place), when the
 * event has claims besides, of any kind (the arrests "In Dravik" of a report of deaths in the
 * capital): alone, they are the event's own ("In Chicago, a man was shot dead"). Note: only sentences
 * that open on the place, and the sentences after them in their paragraph that name no place of
 * their own, when the paragraph's first sentence tells a happening there ("In Carver Township, a
 * woman and her son were shot. The son was killed. Her husband was arrested."; not "In Dravik, the
 * president defended the crackdown. He said 83 people had died."): a place named inside a sentence
 * ("Police in Dravik said 43 were detained") stays, as places inside US local reports are the
 * event's streets, neighbourhoods and cities (gva-dev has no claim of a sentence or paragraph that
 * opens on another place than its event's); but the dead and hurt of a large city far from the
 * event's are that city's (`isFarApart`).
 */
function asideElsewhere(claims: readonly Claim[], textOf: (doc: DocId) => string | undefined): { own: readonly Claim[]; elsewhere: ReadonlyMap<string, Claim[]> } {
  // The paragraph of a claim's sentence: its document and start, and whether the sentence opens it.
  const paragraphOf = (c: Claim): { readonly key: string; readonly isFirst: boolean } | undefined => {
    const text = textOf(c.doc);
    if (text === undefined) return undefined;
    const start = paragraphStart(text, c.span.start);
    return { key: `${c.doc}\u0000${start}`, isFirst: start === c.span.start };
  };
  // The place each sentence opens on, read once per sentence (its claims share their quote).
  const openings = new Map<string, string | undefined>();
  const openingOf = (quote: string): string | undefined => {
    if (!openings.has(quote)) openings.set(quote, openingPlace(quote));
    return openings.get(quote);
  };
  // Whether a claim's place is that of one place's share of the toll rather than the place its sentence opens on.
  const isShare: boolean[] = [];
  const opening = claims.map((c, i) => {
    isShare[i] = false;
    if (!isOwnHappening(c.scope)) return undefined;
    const place = openingOf(c.quote);
    if (place !== undefined && (c.scope.place === undefined || c.scope.place === place)) return place;
    // "17 of the dead were killed in Nairobi", "six died in Nairobi alone", "31 killed, including 14 in
    // Nairobi": one place's share of the toll, set in that place as a sentence opening on it is.
    isShare[i] = c.scope.place !== undefined && (c.rule === PLACE_SHARE_RULE || isPartOfToll(c.quote));
    return isShare[i] ? c.scope.place : undefined;
  });
  // "In Carver Township, a woman and her son were shot. The son was killed.": the sentences after
  // the first of a paragraph whose first sentence tells a happening in a place (a claim of its own)
  // are told of that place too. Not a paragraph that only opens on where someone spoke ("In Dravik,
  // the president defended the crackdown. He said 83 people had died.").
  // A sentence of one place's share ("The group said 17 of the dead were killed in Nairobi") sets no
  // place for the sentences after it: "More than 200 people were wounded, it said" is the whole toll's.
  const opened = new Map<string, string>();
  claims.forEach((c, i) => {
    // (a happening of any scope: "In Carver Township, a woman and her son were shot Friday" is before the event's day)
    const place = (isShare[i] ? undefined : opening[i]) ?? (c.scope.place === undefined || c.scope.key === 'other' ? openingOf(c.quote) : undefined);
    const paragraph = place !== undefined ? paragraphOf(c) : undefined;
    if (paragraph?.isFirst && place !== undefined && !opened.has(paragraph.key)) opened.set(paragraph.key, place);
  });
  const framed = opened.size === 0 ? opening.slice() : claims.map((c, i) => {
    if (opening[i] !== undefined || !isOwnHappening(c.scope) || c.scope.place !== undefined) return opening[i];
    const paragraph = paragraphOf(c);
    return paragraph === undefined ? undefined : opened.get(paragraph.key);
  });
  // The event's place: the place of the claims of the most reports, besides those set in a place.
  const docsAt = new Map<string, Set<DocId>>();
  // (and how early in its report a place is first told, for a tie: the lede's before an aside's)
  const firstAt = new Map<string, number>();
  let isAlone = true;
  claims.forEach((c, i) => {
    if (framed[i] !== undefined || !isOwnHappening(c.scope)) return;
    isAlone = false;
    if (c.scope.place === undefined) return;
    const docs = docsAt.get(c.scope.place) ?? new Set<DocId>();
    docs.add(c.doc);
    docsAt.set(c.scope.place, docs);
    firstAt.set(c.scope.place, Math.min(firstAt.get(c.scope.place) ?? Infinity, c.span.start));
  });
  let home: string | undefined;
  let most = 0;
  for (const [place, docs] of docsAt) if (docs.size > most || (docs.size === most && firstAt.get(place)! < firstAt.get(home!)!)) [home, most] = [place, docs.size];
  const isHome = (place: string) => home !== undefined && (place === home || home.includes(place) || place.includes(home) || isSameNameSpelled(place, home));
  // "Fighting also continued in the Sudanese capital, where an air strike killed five people", in
  // reports of shelling in El Fasher: dead and hurt in a city the gazetteer puts far from the
  // event's are that city's. Not arrests: a suspect is often caught far away.
  if (home !== undefined && docsAt.size > 1) {
    claims.forEach((c, i) => {
      const place = c.scope.place;
      if (framed[i] !== undefined || place === undefined || !CASUALTY_KINDS.has(c.kind) || !isOwnHappening(c.scope) || isHome(place)) return;
      if (isFarApart(place, home!)) framed[i] = place;
    });
  }
  if (framed.every((p) => p === undefined)) return { own: claims, elsewhere: new Map() };
  const own: Claim[] = [];
  const elsewhere = new Map<string, Claim[]>();
  claims.forEach((c, i) => {
    const place = framed[i];
    // A share of a place the event's own claims are tied to is the event's ("including 22 in
    // Baghdad" beside "24 killed in the Iraqi capital"), as a share of the event's place is.
    const isOwnShare = isShare[i] && place !== undefined && docsAt.has(place);
    if (place === undefined || isAlone || isHome(place) || isOwnShare) {
      own.push(c);
      return;
    }
    const list = elsewhere.get(place) ?? [];
    const scope = { ...c.scope, key: 'other' as const, place, label: `in ${place}` };
    // "17 of the dead were killed in Nairobi": some of the toll (at least 17), but all of Nairobi's.
    const isWholeThere = c.qualifier === 'at-least' && c.number?.qualifier === 'exact' && c.number.value === c.value && c.scope.place === place && isPartOfToll(c.quote);
    list.push(isWholeThere ? { ...c, scope, qualifier: 'exact', interval: [c.value, c.value] } : { ...c, scope });
    elsewhere.set(place, list);
  });
  return { own, elsewhere };
}

/**
 * The day number of a period's first or last day: a day, a month ("2016-09"), a year, or the
 * start or end of a range ("a/b"). Seasons, decades and other shapes are not compared (undefined).
 */
function periodDay(period: string, side: 'start' | 'end'): number | undefined {
  const slash = period.indexOf('/');
  const part = side === 'end' ? period.slice(slash + 1) : slash >= 0 ? period.slice(0, slash) : period;
  const iso = /^\d{4}-\d{2}-\d{2}/.exec(part)?.[0] ?? (/^\d{4}(?:-\d{2})?$/.test(part) ? part : undefined);
  const bounds = iso === undefined ? undefined : boundsOf(iso);
  return bounds === undefined ? undefined : dayNumber(side === 'end' ? bounds[1] : bounds[0]);
}

/** Days before the event's day that a claim's period may end and still be the event's. */
const EARLIER_SLACK_DAYS = 1;
/** Days after the event's day that a claim's period may start and still be the event's (see `isLaterHappening`). */
const LATER_DAYS = 60;
/** Days after the event's day from which a report is a look back (an anniversary piece; see `isLaterHappening`). */
const LOOK_BACK_DAYS = 300;

/**
 * Who did what to whom in an event (`extractActors` over each report, grouped by role and name):
 * perpetrators, targets and responders, each with the passages that say so.
 */
function eventActors(analyses: readonly DocAnalysis[]): DossierActor[] {
  const mentions = analyses.flatMap((a) => extractActors(a.doc, a.entities));
  return groupActors(mentions).map((g) => ({
    role: g.role,
    name: g.name,
    mentions: g.mentions.map((m) => ({ doc: m.doc, span: [m.start, m.end] as const, clause: [m.clauseStart, m.clauseEnd] as const, rule: m.rule })),
  }));
}

/**
 * The entities of analysed documents, merged across them (`mergeEntities`).
 *
 * @example
 * entitiesOf(analyses).find((e) => e.name === 'Baku')?.aliases; // ['Baky']
 */
export function entitiesOf(analyses: readonly DocAnalysis[]): Entity[] {
  return mergeEntities(analyses.map((a) => ({ doc: a.doc.id, mentions: a.entities })));
}

function toDossierEntity(e: Entity): DossierEntity {
  const entity: DossierEntity = {
    id: e.id,
    type: e.type,
    name: e.name,
    // The contract: every surface form seen, the name included.
    aliases: [e.name, ...e.aliases.filter((a) => a !== e.name)],
    mentions: e.mentions.map((m) => ({ doc: m.doc, span: [m.span.start, m.span.end] as const })),
  };
  const place = e.type === 'place' ? dossierPlace(e) : undefined;
  return place ? { ...entity, place } : entity;
}

/**
 * One quote for the same words of the same speaker in several places (a wire story and its
 * copies, a pull quote that repeats a report's own words): the first, with the others in
 * `alsoIn`; in their order otherwise. Words compare with their spaces and curly marks folded.
 */
function uniqueQuotes(quotes: readonly DossierQuote[]): DossierQuote[] {
  if (quotes.length < 2) return [...quotes];
  const first = new Map<string, number>();
  const out: DossierQuote[] = [];
  for (const q of quotes) {
    const key = `${q.speaker}\u0000${q.text.replace(/\s+/g, ' ').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').trim()}`;
    const at = first.get(key);
    const kept = at === undefined ? undefined : out[at];
    if (at === undefined || kept === undefined) {
      first.set(key, out.length);
      out.push(q);
      continue;
    }
    out[at] = { ...kept, alsoIn: [...(kept.alsoIn ?? []), { doc: q.doc, span: q.span }] };
  }
  return out;
}

function toDossierQuote(speaker: string, text: string, span: { readonly doc: DocId; readonly start: number; readonly end: number }): DossierQuote {
  return { speaker, text, doc: span.doc, span: [span.start, span.end] as const };
}

function toDossierDate(date: EventDate): DossierEventDate {
  return {
    start: date.start,
    ...(date.end !== undefined ? { end: date.end } : {}),
    precision: date.precision,
    basis: date.basis,
    sources: date.sources.map((s) => ({ doc: s.doc, span: [s.start, s.end] as const })),
  };
}

function toDossierEntry(entry: TimelineEntry): DossierTimelineEntry {
  return {
    date: entry.date,
    ...(entry.end !== undefined ? { end: entry.end } : {}),
    precision: entry.precision,
    ...(entry.partOfDay !== undefined ? { partOfDay: entry.partOfDay } : {}),
    kind: entry.kind,
    summary: entry.summary,
    sources: entry.sources.map((s) => ({ doc: s.doc, span: [s.span.start, s.span.end] as const })),
  };
}

/** Precision of an ISO date from its length: `2005` year, `2025-01` month, `2021-01-20` day. */
function precisionOfIso(iso: string): DatePrecision {
  return iso.length <= 4 ? 'year' : iso.length <= 7 ? 'month' : 'day';
}

/** Whether a headline tells violence or a death: `isViolent` or `reportsDeath`, or a verb of shooting in the present ("shoots", "kills"). */
function tellsHappening(title: string): boolean {
  return isViolent(title) || reportsDeath(title) || HEADLINE_VERB.test(title);
}
const HEADLINE_VERB = /\b(?:shoots|kills|dies|stabs|fatal(?:ly)?|suicide|bullet|gun)\b/i;

/**
 * The headline of the earliest report whose headline tells the happening, else the title of the
 * earliest report with one, else the first sentence of the earliest report. A report's headline is
 * its title, else (a text file has none) its first sentence, where a text file puts its headline.
 */
function eventTitle(analyses: readonly DocAnalysis[], eventDay?: string): string {
  // A report whose publication date is unknown (a dateline without a year) sorts as of the event's
  // day: it may be the first account, but it comes after the reports published that day.
  const dateOf = (a: DocAnalysis) => a.doc.published ?? (eventDay !== undefined ? `${eventDay}~` : '9999');
  const byDate = [...analyses].sort((a, b) => dateOf(a).localeCompare(dateOf(b)));
  const headline = (a: DocAnalysis): string | undefined => (a.doc.title !== undefined ? titleHeadline(a.doc.title) : a.sentences[0]?.text.replace(TITLE_KICKER, ''));
  // The first headline that tells the violence or a death ("2 dead in shooting", "Man fatally
  // shoots teen"), over an obituary or a site's name ("Melina Torres Obituary", "Big Bend Now")
  // that a report carried first. Note: titles and first sentences are taken in one date order, so
  // a later report's title (a Markdown heading, a web page's) does not win over an earlier text
  // file's headline line.
  const telling = byDate.find((a) => {
    const h = headline(a);
    return h !== undefined && tellsHappening(h);
  });
  const titled = byDate.find((a) => a.doc.title);
  // Without titles, the first sentence of the earliest report: the first account, not a later anniversary's.
  const title =
    (telling ? headline(telling) : undefined) ??
    (titled?.doc.title !== undefined ? titleHeadline(titled.doc.title) : undefined) ??
    byDate.find((a) => a.sentences.length > 0)?.sentences[0]?.text ??
    'Untitled event';
  return title.length > 140 ? `${title.slice(0, 137)}...` : title;
}

/** A page title's headline: without the site's name after it nor a kicker before it. */
function titleHeadline(title: string): string {
  return withoutSiteName(title).replace(TITLE_KICKER, '');
}

/** A kicker before a headline that says how the page was published, not what happened: "BREAKING: ", "UPDATE - ", "WATCH: ". */
const TITLE_KICKER = /^(?:BREAKING(?: NEWS)?|UPDATED?|WATCH|VIDEO|LIVE(?: UPDATES)?|DEVELOPING(?: STORY)?|EXCLUSIVE|PHOTOS?)\s*(?:[:|]|\s[-–—])\s*/i;

function toDossierDiagnostic(d: Diagnostic): DossierDiagnostic {
  const span = d.spans?.[0];
  return {
    severity: d.severity,
    message: d.message,
    rule: d.ruleId,
    ...(d.file !== undefined ? { file: d.file } : {}),
    ...(d.line !== undefined ? { line: d.line } : {}),
    ...(span ? { doc: span.doc, span: [span.start, span.end] as const } : {}),
  };
}

/**
 * Analyses raw documents and assembles their dossier.
 *
 * @example
 * buildDossier([{ id: 'a', path: 'a.txt', text: 'Two people died.' }], ctx).events[0].figures[0].best === 2;
 */
export function buildDossier(
  raws: readonly RawDoc[],
  ctx: Context & { readonly diagnostics?: readonly Diagnostic[] },
  lineage?: LineageInput,
  options: BuildOptions = {},
): Dossier {
  const analyses = withCollectionDatelines(raws, analyzeDocuments(raws, ctx), ctx);
  return assembleDossier(analyses, ctx, lineage ?? lineageOf(analyses), options);
}

/**
 * Finds which documents copy each other (the lineage stage) and groups them, so that a figure
 * counts lineage groups, not documents, as independent sources.
 *
 * @example
 * lineageOf(analyses).groups.get('004') === '002'; // 004 shares an origin with 002
 */
export function lineageOf(analyses: readonly DocAnalysis[]): LineageInput {
  // One document copies nothing (a stream's events are mostly of one report).
  if (analyses.length < 2) return lineageFromLinks(analyses.map((a) => a.doc.id), []);
  return lineageFromLinks(
    analyses.map((a) => a.doc.id),
    detectLineage(analyses.map((a) => ({ id: a.doc.id, text: a.doc.text }))),
  );
}

/**
 * The lineage input of documents from the links a `LineageIndex` found among them (fed as the
 * analyses came in: `lineageOf` does the same in one go).
 *
 * @example
 * const index = new LineageIndex(); for (const a of analyses) index.add({ id: a.doc.id, text: a.doc.text });
 * lineageFromLinks(analyses.map((a) => a.doc.id), index.links()); // as lineageOf(analyses)
 */
export function lineageFromLinks(ids: readonly DocId[], links: readonly LineageLink[]): LineageInput {
  const groups = lineageGroups(ids, links);
  return {
    links: links.map((l) => ({
      docs: l.docs,
      relation: l.relation,
      sharedPassages: l.sharedPassages,
      score: l.score,
      evidence: l.evidence.map((s) => ({ doc: s.doc, span: [s.start, s.end] as const })),
    })),
    groups,
  };
}

/**
 * The entities without the places named only in lines about other stories: a linked story's
 * headline ("RELATED: 2 killed, 3 hurt in Dellwood bar shooting") or a roundup's kicker
 * ("ELSEWHERE IN THE VALLEY: In nearby Millbrook, a man was shot"). They are not the event's places.
 */
function withoutLinkedOnly(entities: readonly Entity[], analyses: readonly DocAnalysis[]): readonly Entity[] {
  const texts = new Map(analyses.map((a) => [a.doc.id, a.doc.text]));
  const isLinked = (doc: DocId, at: number): boolean => {
    const text = texts.get(doc);
    if (text === undefined) return false;
    return isLinkedParagraph(text, paragraphStart(text, at));
  };
  const kept = entities.filter((e) => e.type !== 'place' || !e.mentions.every((m) => isLinked(m.doc, m.span.start)));
  return kept.length === entities.length ? entities : kept;
}
