import type { Entity, EntityMention, EntityType, PlaceInfo } from '../../model/entity.js';
import type { DocId, Span } from '../../model/span.js';
import { foldName, isSpellingVariant, memoEntries, skeletonKey } from './keys.js';
import { isCommonWord } from './lexicon.js';

/** The entity mentions of one document. */
export interface DocEntities {
  readonly doc: DocId;
  readonly mentions: readonly EntityMention[];
}

/** Names of one real thing within one document, before merging across documents. */
interface Group {
  type: EntityType | 'unknown';
  /** Words of the fullest name ("Stephen Hammons"), folded per word. */
  words: readonly string[];
  /** `skeletonKey` of the last of `words`: a person's block across documents (changes with `words`). */
  lastKey: string;
  /** The folded name the group was made for. */
  readonly key: string;
  /** Names as written, with how often each was seen (parallel arrays: most groups have one or two). */
  names: string[];
  counts: number[];
  /** `skeletonKey` of every name; `translated` when one is a translated-prefix key ("^krbk"). */
  keys: string[];
  translated: boolean;
  titles: string[] | undefined;
  place?: PlaceInfo;
  /** The mentions as an entity lists them. */
  mentions: Occurrence[];
  /** Votes for each type, and the types in the order they were first voted (ties go to the first). */
  votes: [person: number, place: number, organization: number];
  voted: EntityType[];
  order: number;
  /** The arrays are those of a document's remembered groups (`documentGroups`): copied before the first change. */
  shared: boolean;
}

/** A mention as an entity lists it. */
type Occurrence = Entity['mentions'][number];

const TYPE_INDEX: Readonly<Record<EntityType, 0 | 1 | 2>> = { person: 0, place: 1, organization: 2 };

/** Places farther apart than this (in degrees, about 100 km) are never one place. */
const MAX_PLACE_DISTANCE = 1;

/**
 * Merges entity mentions into entities: within a document, a surname alone ("Hammons") joins
 * the full name it repeats ("Stephen Hammons"); across documents, names join when every word
 * is a spelling variant of the other's (`isSpellingVariant`: Baku/Baky, Gorbachev/Gorbachov,
 * Lenkeran/Lankyaran, "Nagorno-Karabakh"/"Upper Karabakh"). Guards: two people with different
 * first names never merge; a surname alone merges across documents only when one person has
 * it; places the gazetteer puts far apart never merge. An untyped name takes the type of the
 * entity it joins, and is dropped when it joins none.
 * Cost: names are folded once per spelling (memoized), a document's own groups are made once
 * (the pipeline merges each document twice: in its event and in the dossier's list), and across
 * documents a name is only compared with the entities that share its block key (the skeleton of
 * its surname or name).
 *
 * @example
 * mergeEntities([{ doc: 'a', mentions: [gorbachev] }, { doc: 'b', mentions: [gorbachov] }])[0].aliases; // ['Gorbachov']
 */
export function mergeEntities(docs: readonly DocEntities[]): Entity[] {
  const groups: Group[] = [];
  const docOrder = new Map<DocId, number>();
  // Groups of earlier documents by folded name: the same name of the same type is one entity.
  const exact = new Map<string, Group[]>();
  let order = 0;
  for (const { doc, mentions } of docs) {
    if (!docOrder.has(doc)) docOrder.set(doc, docOrder.size);
    for (const template of documentGroups(mentions)) {
      const g = instanceOf(template, order++);
      // A surname alone is not pre-merged: "Thompson" of one report may be another Thompson.
      const isPreMerged = g.words.length > 1 || g.type === 'place' || g.type === 'organization';
      const key = g.type === 'organization' ? agencyKey(g.key) : g.key;
      const same = isPreMerged ? sameNamed(exact.get(key), g) : undefined;
      if (same) {
        absorb(same, g);
        continue;
      }
      groups.push(g);
      // Only a group that may be pre-merged is looked up ("Police" untyped in every report would make each lookup of an organization "Police" long).
      if (isPreMerged) push(exact, key, g);
    }
  }
  const clusters: Group[] = [];
  // Persons (and short untyped names) by the skeleton of their last word, the others by the skeleton of their name.
  const bySurnameKey = new Map<string, Group[]>();
  const byNameKey = new Map<string, Group[]>();
  for (const g of byFullness(groups)) {
    const isPersonLike = g.type === 'person' || (g.type === 'unknown' && g.words.length <= 3);
    // Note: spellings that share no skeleton (metaphone-only variants) are not compared across blocks.
    // A place the gazetteer knows by its gazetteer name: "West Philadelphia" is Philadelphia, "USSR" the Soviet Union.
    const key = isPersonLike ? g.lastKey : g.type === 'place' && isResolved(g.place) ? skeletonKey(g.place.name) : g.keys[0] ?? '';
    const index = isPersonLike ? bySurnameKey : byNameKey;
    const block = index.get(key);
    // Read once per group, not once per comparison (it reads the word lists).
    const isStrict = isUntypedWord(g);
    // "in Tamberi" where the event happened: an untyped name with a place cue joins a place of another report ("TAMBERI, Niger -").
    let target = g.type === 'unknown' && hasPlaceCue(g) ? byNameKey.get(g.keys[0] ?? '')?.find((c) => c.type === 'place' && isSameAcrossDocuments(c, g, isStrict)) : undefined;
    if (target === undefined && block && g.words.length > 1) {
      // An untyped full name of one report never joins a name of one word in another ("Watch Porcha
      // Johnson's report" of one report and "Johnson told reporters" of another, "Navy SEAL" and
      // "Seale"): nothing says which Johnson the surname is, nor that the untyped words are a name.
      target = block.find((c) => (g.type !== 'unknown' || c.words.length > 1) && isSameAcrossDocuments(c, g, isStrict));
    } else if (target === undefined && block && !(isStrict && g.names.some(isCommonWord))) {
      // A surname alone that two people share stays apart; a common word no cue typed joins nothing
      // ("9 Hurt" of a headline is no "John Hurt" of another report, "Car" no "Carr").
      let matches = 0;
      let hasPerson = false;
      for (const c of block) {
        if (!isSameAcrossDocuments(c, g, isStrict)) continue;
        target ??= c;
        matches++;
        if (c.type === 'person') hasPerson = true;
      }
      if (matches > 1 && hasPerson) target = undefined;
    }
    if (target) {
      absorb(target, g);
      continue;
    }
    // Note: an untyped name that joins no typed entity is dropped here. Typed groups come first,
    // so no later group could type it, and keeping it would make every later lookup of its block
    // longer ("Photo" in each of 1,000 reports is a million comparisons).
    if (g.type === 'unknown') continue;
    clusters.push(g);
    if (block) block.push(g);
    else index.set(key, [g]);
  }
  const entities: Entity[] = [];
  const sorted = clusters.filter((c) => c.type !== 'unknown').sort((a, b) => a.order - b.order);
  const counters = new Map<string, number>();
  for (const c of sorted) {
    const type = c.type as EntityType;
    const n = (counters.get(type) ?? 0) + 1;
    counters.set(type, n);
    const name = canonicalName(c);
    const id = `${type === 'organization' ? 'org' : type}-${n}`;
    const aliases = c.names.filter((a) => a !== name).sort();
    const titles = c.titles ? [...new Set(c.titles)].sort() : [];
    // A fresh array: a group's own, or a copy of the remembered one.
    const occurrences = sortMentions(c.shared ? c.mentions.slice() : c.mentions, docOrder);
    entities.push(c.place ? { id, type, name, aliases, titles, mentions: occurrences, place: c.place } : { id, type, name, aliases, titles, mentions: occurrences });
  }
  return entities;
}

/** Rules of untyped mentions that say the name is a place: a town the gazetteer lacks where the event happened ("in Tamberi"). */
const PLACE_CUE_RULES: ReadonlySet<string> = new Set(['en/entity/place-event-unlisted']);

/** Whether one of an untyped group's mentions has a place cue (`PLACE_CUE_RULES`). */
function hasPlaceCue(g: Group): boolean {
  for (const m of g.mentions) if (m.rule !== undefined && PLACE_CUE_RULES.has(m.rule)) return true;
  return false;
}

/** A local agency's word (folded), as `agencyKey` reads it: a sheriff's office is the sheriff's. */
const AGENCY_WORDS: ReadonlyMap<string, string> = new Map(
  ['police', 'sheriff', "sheriff's", 'sheriffs', 'fire', 'constable', "constable's", 'marshal', "marshal's"].map((w) => [foldName(w), foldName(w.replace(/'s$|s$/, ''))]),
);
/** The word after an agency's word that names the same agency (folded): "Police Department" is "Police". */
const AGENCY_SUFFIXES: ReadonlySet<string> = new Set(['department', 'dept', 'office', 'service'].map((w) => foldName(w)));

/**
 * The key under which an organization's name meets its other spellings within and across reports:
 * a local agency without its "Department" or "Office" ("Gastonia Police Department" and "Gastonia
 * Police", "Harris County Sheriff's Office" and "Harris County Sheriff" are one agency).
 */
function agencyKey(folded: string): string {
  // Most organizations name no local agency: their last word is looked up before the name is split.
  const lastWord = folded.slice(folded.lastIndexOf(' ') + 1);
  if (!AGENCY_SUFFIXES.has(lastWord) && !AGENCY_WORDS.has(lastWord)) return folded;
  const words = wordsOf(folded);
  const n = words.length;
  if (n < 2) return folded;
  const hasSuffix = AGENCY_SUFFIXES.has(words[n - 1]!);
  const agency = AGENCY_WORDS.get(words[n - (hasSuffix ? 2 : 1)] ?? '');
  if (agency === undefined || (hasSuffix && n < 3)) return folded;
  return [...words.slice(0, n - (hasSuffix ? 2 : 1)), agency].join(' ');
}

/** The first group of earlier documents with the same folded name that `g` is one entity with: same type, not far apart. */
function sameNamed(list: readonly Group[] | undefined, g: Group): Group | undefined {
  if (list === undefined) return undefined;
  for (const e of list) if (e.type === g.type && isNear(e.place, g.place)) return e;
  return undefined;
}

/**
 * Groups fullest first, so that surnames and untyped names find the full names: typed before
 * untyped, then more words first, then in order. `groups` is in order already (each group was
 * pushed as it was made; absorbing never lowers a later group's order below an earlier one's),
 * so a stable pass into one bucket per rank and word count does what a comparison sort would.
 */
function byFullness(groups: readonly Group[]): Group[] {
  let most = 0;
  for (const g of groups) if (g.words.length > most) most = g.words.length;
  const buckets: Group[][] = [];
  for (let i = 0; i < 2 * (most + 1); i++) buckets.push([]);
  for (const g of groups) buckets[rankOf(g) * (most + 1) + most - g.words.length]!.push(g);
  // Note: a loop, not `buckets.flat()`, which costs about ten times as much on these short lists.
  const sorted: Group[] = [];
  for (const bucket of buckets) for (const g of bucket) sorted.push(g);
  return sorted;
}

/**
 * Each document's groups by its mention list, as `localGroups` made them: never changed (a merge
 * copies a group's arrays before changing them). A mention list is read-only data, and a document's
 * list is the same array in every merge of it; the entries go when the lists do.
 */
const DOCUMENT_GROUPS = new WeakMap<readonly EntityMention[], readonly Group[]>();

function documentGroups(mentions: readonly EntityMention[]): readonly Group[] {
  let groups = DOCUMENT_GROUPS.get(mentions);
  if (groups === undefined) {
    groups = localGroups(mentions);
    DOCUMENT_GROUPS.set(mentions, groups);
  }
  return groups;
}

/**
 * The groups of one document, in the order they were made: a surname alone ("Hammons") joins the
 * full name it repeats ("Stephen Hammons"); the same folded name of a compatible type is one group.
 */
function localGroups(mentions: readonly EntityMention[]): Group[] {
  // This document's groups by folded name, and its full names by their last word.
  const byName = new Map<string, Group[]>();
  const bySurname = new Map<string, Group[]>();
  const local: Group[] = [];
  for (const m of mentions) {
    const keys = keysOf(m.name);
    const { folded, words } = keys;
    if (folded === '') continue;
    let target = firstCompatible(byName.get(folded), m.type);
    if (words.length === 1) {
      const full = firstCompatible(bySurname.get(folded), m.type, true);
      if (full && (!target || full.order < target.order)) target = full;
    }
    if (target) {
      addMention(target, m, keys);
      continue;
    }
    const g = groupOf(m, keys, local.length);
    local.push(g);
    push(byName, folded, g);
    // ("Classmates of Ivanov told ...", untyped, is no full name of "Ivanov said".)
    if (words.length >= 2 && !(m.type === 'unknown' && words.includes('of'))) push(bySurname, words[words.length - 1]!, g);
  }
  return local;
}

/** What merging reads of a name as written: its folded form, that form's words, its `skeletonKey` and that of its last word. */
interface NameKeys {
  readonly folded: string;
  readonly words: readonly string[];
  readonly skeleton: string;
  readonly lastKey: string;
}

/** Keys by name as written: one lookup per mention instead of one per key (the same names recur in every report). */
const NAME_KEYS = new Map<string, NameKeys>();

function keysOf(name: string): NameKeys {
  let keys = NAME_KEYS.get(name);
  if (keys === undefined) {
    if (NAME_KEYS.size >= memoEntries()) NAME_KEYS.clear();
    const folded = foldName(name);
    const words = wordsOf(folded);
    keys = { folded, words, skeleton: skeletonKey(name), lastKey: skeletonKey(words[words.length - 1] ?? '') };
    NAME_KEYS.set(name, keys);
  }
  return keys;
}

const WORDS = new Map<string, readonly string[]>();

/** The words of a folded name, shared between the groups that have it. */
function wordsOf(folded: string): readonly string[] {
  let words = WORDS.get(folded);
  if (!words) {
    if (WORDS.size >= memoEntries()) WORDS.clear();
    words = folded.split(' ');
    WORDS.set(folded, words);
  }
  return words;
}

function push(map: Map<string, Group[]>, key: string, g: Group): void {
  const list = map.get(key);
  if (list) list.push(g);
  else map.set(key, [g]);
}

/**
 * The first group (in creation order) a mention of this type may join: the types agree or one
 * is unknown; for a surname alone (`surname`), one of the two must be a person.
 */
function firstCompatible(list: readonly Group[] | undefined, type: EntityType | 'unknown', surname = false): Group | undefined {
  if (!list) return undefined;
  for (const g of list) {
    if (g.type !== type && g.type !== 'unknown' && type !== 'unknown') continue;
    if (surname && g.type !== 'person' && type !== 'person') continue;
    return g;
  }
  return undefined;
}

/** Mentions by document order, then by start. */
function sortMentions(mentions: Occurrence[], docOrder: ReadonlyMap<DocId, number>): Occurrence[] {
  let sorted = true;
  for (let i = 1; i < mentions.length && sorted; i++) {
    const a = mentions[i - 1]!.span;
    const b = mentions[i]!.span;
    if (a.doc !== b.doc ? docOrder.get(a.doc)! > docOrder.get(b.doc)! : a.start > b.start) sorted = false;
  }
  if (!sorted) mentions.sort((a, b) => docOrder.get(a.span.doc)! - docOrder.get(b.span.doc)! || a.span.start - b.span.start);
  return mentions;
}

/**
 * A new group of one mention, as `addMention` would make it from an empty group. Its arrays are
 * made with their first item: an array grown from empty by `push` reserves room for 17.
 */
function groupOf(m: EntityMention, { folded, words, skeleton, lastKey }: NameKeys, order: number): Group {
  const votes: Group['votes'] = [0, 0, 0];
  if (m.type !== 'unknown') votes[TYPE_INDEX[m.type]] = 1;
  const g: Group = {
    type: m.type,
    words,
    lastKey,
    key: folded,
    names: [m.name],
    counts: [1],
    keys: [skeleton],
    translated: skeleton.startsWith('^'),
    titles: m.title ? [m.title] : undefined,
    mentions: [{ doc: m.span.doc, span: m.span, text: m.text, rule: m.rule }],
    votes,
    voted: m.type !== 'unknown' ? [m.type] : [],
    order,
    shared: false,
  };
  if (m.place) g.place = m.place;
  return g;
}

/** Adds `count` sightings of a name; `key` is its `skeletonKey`, when the caller has it. */
function addName(g: Group, name: string, count: number, key?: string): void {
  const at = g.names.indexOf(name);
  if (at >= 0) {
    g.counts[at]! += count;
    return;
  }
  g.names.push(name);
  g.counts.push(count);
  // Keys from the names as written: folding first would hide "Upper" ("uper").
  key ??= skeletonKey(name);
  if (!g.keys.includes(key)) g.keys.push(key);
  if (key.startsWith('^')) g.translated = true;
}

function addVotes(g: Group, type: EntityType, n: number): void {
  const i = TYPE_INDEX[type];
  if (g.votes[i] === 0) g.voted.push(type);
  g.votes[i] += n;
  // The type with the most votes; on a tie, the one voted first.
  let best = g.voted[0]!;
  for (const t of g.voted) if (g.votes[TYPE_INDEX[t]] > g.votes[TYPE_INDEX[best]]) best = t;
  g.type = best;
}

function addMention(g: Group, m: EntityMention, keys: NameKeys): void {
  addName(g, m.name, 1, keys.skeleton);
  if (m.title) (g.titles ??= []).push(m.title);
  if (m.place && (!g.place || isBetterReading(m.place, g.place))) g.place = m.place;
  g.mentions.push({ doc: m.span.doc, span: m.span, text: m.text, rule: m.rule });
  if (m.type !== 'unknown') addVotes(g, m.type, 1);
  if (keys.words.length > g.words.length) {
    g.words = keys.words;
    g.lastKey = keys.lastKey;
  }
}

/** Which of two readings of one place a group keeps: one with coordinates, else one with a state ("HANOVER COUNTY, Va." before "Hanover County"). */
function precisionRank(p: PlaceInfo): number {
  return p.lat !== undefined ? 0 : p.region !== undefined ? 1 : 2;
}

/**
 * Whether a group takes reading `p` over the one it has: by `precisionRank`, but a state the text
 * gives a town the gazetteer lacks there ("HOWLAND, Ohio" in one report, no point) wins over the
 * gazetteer's reading of the bare name in another state (a Howland in Maine, in another report).
 */
function isBetterReading(p: PlaceInfo, than: PlaceInfo): boolean {
  if (p.precision === 'city' && than.precision === 'city' && p.region !== undefined && than.region !== undefined && p.region !== than.region && p.country === than.country) {
    return p.lat === undefined && than.lat !== undefined;
  }
  // Of two readings as fine, the one that knows its country: "Zamfara" read in Nigeria by a dateline over the same name read with none.
  if (precisionRank(p) === precisionRank(than)) return p.country !== undefined && than.country === undefined;
  return precisionRank(p) < precisionRank(than);
}

function rankOf(g: Group): number {
  return g.type === 'unknown' ? 1 : 0;
}

/** Whether two places may be one: unless the gazetteer puts them far apart. */
function isNear(a: PlaceInfo | undefined, b: PlaceInfo | undefined): boolean {
  if (a?.lat === undefined || b?.lat === undefined) return true;
  return Math.abs(a.lat - b.lat) <= MAX_PLACE_DISTANCE && Math.abs((a.lon ?? 0) - (b.lon ?? 0)) <= MAX_PLACE_DISTANCE;
}

/** Whether `g` is one entity with `c` of another document; `isStrict`: `isUntypedWord(g)`, read by the caller once for all `c`. */
function isSameAcrossDocuments(c: Group, g: Group, isStrict: boolean): boolean {
  if (c.type !== g.type && c.type !== 'unknown' && g.type !== 'unknown') return false;
  const type = c.type === 'unknown' ? g.type : c.type;
  const isVariant = isStrict || isUntypedWord(c) ? isSameWord : isSpellingVariant;
  if (type === 'person') {
    const a = c.words;
    const b = g.words;
    if (!isVariant(a[a.length - 1]!, b[b.length - 1]!)) return false;
    // "John Smith" and "Jane Smith" are two people; "Smith" alone may be either.
    if (a.length >= 2 && b.length >= 2 && !isVariant(a[0]!, b[0]!)) return false;
    return true;
  }
  if (c.place?.lat !== undefined && g.place?.lat !== undefined) {
    if (!isNear(c.place, g.place)) return false;
    if (c.place.name === g.place.name) return true;
  }
  // "USSR" and "Soviet Union", "Britain" and "UK": one country or state of the gazetteer.
  if (isResolved(c.place) && isResolved(g.place) && c.place.lat === undefined && g.place.lat === undefined) {
    return c.place.name === g.place.name && c.place.country === g.place.country && c.place.precision === g.place.precision;
  }
  if (c.translated || g.translated) return g.keys.some((k) => c.keys.includes(k));
  if (c.words.length !== g.words.length) return false;
  // "KUTV" and "KOTV" are two stations: acronyms are not spelled two ways. A place in capitals is
  // a dateline's name written out ("TAMBERI", "Tambery"), not an acronym.
  if (c.words.length === 1 && type !== 'place' && (isAcronym(c) || isAcronym(g))) return c.words[0] === g.words[0];
  return c.words.every((w, i) => isVariant(w, g.words[i]!));
}

/**
 * Whether a group is one word that no cue typed and that joins only a name spelled as it is, never
 * another spelling: a common English word ("Come", "House", "Forty", "Person", mostly at a
 * sentence's or headline's start), which spelling keys take for "Cuomo", "Hays", "Forte" and
 * "Pearson", or a short one ("Floyd" is not "Flood", "Lucas" not "Lucius"). A long rare word may
 * be another spelling ("Gorbachov's response" of "Gorbachev"), and so may an untyped full name
 * ("Brent Lyster" of "Brent Luyster").
 */
function isUntypedWord(g: Group): boolean {
  if (g.type !== 'unknown' || g.words.length !== 1) return false;
  const name = g.names[0] ?? '';
  return name.length < MIN_UNTYPED_VARIANT || g.names.some(isCommonWord);
}

/** Letters an untyped word needs to be taken as another spelling of a name (see `isUntypedWord`). */
const MIN_UNTYPED_VARIANT = 7;

/** Two folded words that are one (`Group.words` are folded already). */
function isSameWord(a: string, b: string): boolean {
  return a === b;
}

function absorb(target: Group, g: Group): void {
  if (target.shared) own(target);
  for (let i = 0; i < g.names.length; i++) addName(target, g.names[i]!, g.counts[i]!);
  if (g.titles) (target.titles ??= []).push(...g.titles);
  if (g.place && (!target.place || isBetterReading(g.place, target.place))) target.place = g.place;
  for (const m of g.mentions) target.mentions.push(m);
  for (const type of g.voted) addVotes(target, type, g.votes[TYPE_INDEX[type]]);
  if (g.words.length > target.words.length) {
    target.words = g.words;
    target.lastKey = g.lastKey;
  }
  target.order = Math.min(target.order, g.order);
}

/** A merge's group for one of a document's remembered groups: its arrays shared until changed (`own`). */
function instanceOf(t: Group, order: number): Group {
  const g: Group = { type: t.type, words: t.words, lastKey: t.lastKey, key: t.key, names: t.names, counts: t.counts, keys: t.keys, translated: t.translated, titles: t.titles, mentions: t.mentions, votes: t.votes, voted: t.voted, order, shared: true };
  if (t.place) g.place = t.place;
  return g;
}

/** Gives a group arrays of its own, in place of those of its document's remembered group. */
function own(g: Group): void {
  g.names = g.names.slice();
  g.counts = g.counts.slice();
  g.keys = g.keys.slice();
  g.titles = g.titles?.slice();
  g.mentions = g.mentions.slice();
  g.votes = [g.votes[0], g.votes[1], g.votes[2]];
  g.voted = g.voted.slice();
  g.shared = false;
}

const ACRONYM_NAME = /^[A-Z0-9&.-]{2,}$/;

function isAcronym(g: Group): boolean {
  return g.names.some((n) => ACRONYM_NAME.test(n));
}

/** A place the gazetteer resolved: a city (with coordinates), a state or a country. */
function isResolved(p: PlaceInfo | undefined): p is PlaceInfo {
  return p !== undefined && (p.lat !== undefined || ((p.precision === 'country' || p.precision === 'region') && p.country !== undefined));
}

/**
 * The gazetteer's name for a place; else the most frequent of the fullest names, a name in
 * capitals only when no other is written ("Tamberi", not a dateline's "TAMBERRI"); a place named
 * in capitals only, as its reading writes it ("LOKORO" -> "Lokoro").
 */
function canonicalName(c: Group): string {
  if (c.type === 'place' && isResolved(c.place)) return c.place.name;
  // Most groups have a name in lowercase letters: one scan tells.
  const isMixed = c.names.some(hasLowercase);
  if (!isMixed && c.type === 'place' && c.place !== undefined && hasLowercase(c.place.name) && c.names.some((n) => n.toLowerCase() === c.place!.name.toLowerCase())) return c.place.name;
  let best = '';
  let bestWords = -1;
  let bestCount = -1;
  for (let i = 0; i < c.names.length; i++) {
    const name = c.names[i]!;
    if (isMixed && !hasLowercase(name)) continue;
    const count = c.counts[i]!;
    const words = wordCount(name);
    if (words > bestWords || (words === bestWords && (count > bestCount || (count === bestCount && (name.length > best.length || (name.length === best.length && name.localeCompare(best) < 0)))))) {
      best = name;
      bestWords = words;
      bestCount = count;
    }
  }
  return best;
}

/** Whether a name has a lowercase letter ("Tamberi", "McDonald"; not "TAMBERI", "U.S."). */
function hasLowercase(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 128 && name[i] !== name[i]!.toUpperCase())) return true;
  }
  return false;
}

/** Words of a name split at spaces and hyphens ("Nagorno-Karabakh" has two). */
function wordCount(name: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const sep = c === 32 || c === 45 || c === 9 || c === 10 || c === 13;
    if (!sep && !inWord) n++;
    inWord = !sep;
  }
  return n;
}
