import { FULL_MONTH_NAMES, MONTH_SOURCE } from '../../locales/en/dates.js';
import type { SourceDoc } from '../../model/document.js';
import type { EntityMention, EntityType, PlaceInfo } from '../../model/entity.js';
import type { RuleId } from '../../model/span.js';
import { GROUP_NOUNS, PART_TITLES, PERSON_TITLES, ROLE_NOUNS, UNNAMED_NOUNS } from '../../locales/en/entities-titles.js';
import { ACRONYM, ARMED_GROUPS, CURRENCY_WORDS, FACILITY_HEADS, NOT_ORGANIZATION_ACRONYMS, LOCAL_AGENCY_WORDS, MEDIA_HEADS, ORGANIZATION_HEADS, ORGANIZATION_STARTS } from '../../locales/en/entities-organizations.js';
import { COMPASS_WORDS, COUNTY_HEADS, CITY_HEADS, DIVISION_NOUNS, ENGLISH_SPELLED_COUNTRIES, EVENT_WORDS, FACILITY_BEFORE, PLACE_OPENERS, PLACE_PREPOSITIONS, POINT_HEADS, STREET_HEADS, STREET_NUMBER_AFTER, STRONG_PLACE_PREPOSITIONS, TRANSLATED_PREFIXES, US_STATES } from '../../locales/en/entities-places.js';
import { CALENDAR_WORDS, DEMONYM_SUFFIX, NOT_NAMES } from '../../locales/en/entities-stopwords.js';
import { CONTINUING_ABBREVIATIONS } from '../../locales/en/ingest-abbreviations.js';
import { isLowerAsciiLetter } from '../extract/dates/rules/base.js';
import { PERSON_SINGULAR, ROLE_SINGULAR } from '../../locales/en/claims.js';
import { countryOfDemonym, countyKey, isWorldDivision, loadGazetteer, townPlace, type Gazetteer } from './gazetteer.js';
import { isCommonWord, isGivenName } from './lexicon.js';

/**
 * Where a capitalized word may start: an uppercase ASCII letter, or a letter of the Latin,
 * Greek or Cyrillic blocks (checked to be uppercase with `isUpper`). One native regex scan finds
 * them; the rest of a run is read character by character (see `readRun`).
 */
const WORD_START = /[A-Z\u00C0-\u024F\u0370-\u052F\u1E00-\u1EFF]/g;
/** Abbreviations that keep their dot inside a name ("Mr.", "St.", "Sgt."); a single capital ("J.") does too. */
const DOTTED = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Ste', 'Mt', 'Ft', 'Sgt', 'Gen', 'Brig', 'Lt', 'Col', 'Capt', 'Cpl', 'Pvt', 'Pfc', 'Spc', 'Maj', 'Cmdr', 'Adm', 'Rep', 'Sen', 'Gov', 'Det', 'Insp', 'Ofc', 'Atty', 'Hon', 'Jr', 'Sr', 'Prof', 'Rev', 'Supt']);
/** Lowercase words that join two capitalized words into one name ("House of Commons", "Louis de Funes"). */
const JOINERS = new Set(['of', 'de', 'del', 'da', 'du', 'van', 'von', 'al', 'bin', 'ibn', 'la', 'le']);
/** Lowercase words inside a run: the joiners and "the" ("Supreme Council of the Republic"). */
const CONNECTORS = new Set([...JOINERS, 'the', 'for']);
/** Speech and thought verbs right after a name ("Hammons said", "Clarence Havvard admitted"); read at the end of the name (sticky). */
const SPEECH_AFTER = /,?\s+(?:also\s+|later\s+|then\s+)?(?:said|says|told|added|noted|recalled|explained|stated|wrote|asked|insisted|testified|declared|continued|argued|claimed|stressed|underlined|emphasized|remembered|confirmed|tweeted|admitted|acknowledged|agreed|denied|described|urged|announced|believes|believed|thinks|thought|hopes|hoped|wondered|pleaded|screamed|shouted|replied|posted)\b/y;
/** A role set off by commas (one or two parts, no sentence's end or quotation mark in them, not opening on "where" or "which"), then a speech verb: ", CEO of SafeHouse, said" (sticky). */
const APPOSITION_SPEECH_AFTER = /,\s+(?!(?:where|which|who|whose|when|that|while)\b)(?:[^,;.!?"“”\n]{2,80},\s+){1,2}(?:said|says|told|added)\b/y;
/** A speech verb right after one name, without a comma ("Herrera said"); read at the end of the name (sticky). */
const SPEECH_AFTER_SINGLE = /\s+(?:also\s+|later\s+)?(?:said|says|told|added|recalled|explained|wrote|asked|tweeted)\b/y;
/** Speech verbs right before a name ("said Hammons"), lowercase. */
const SPEECH_VERBS_BEFORE: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added', 'wrote', 'asked', 'stated']);
/** Verbs of saying that a headline capitalizes after a title ("..., Prosecutors Say"): never a name. */
const SPEECH_WORDS: ReadonlySet<string> = new Set([...SPEECH_VERBS_BEFORE, 'say', 'tell', 'tells']);
/** "written by", "reported by" before a name: a byline. */
const BYLINE_VERBS: ReadonlySet<string> = new Set(['written', 'reported', 'photographed', 'posted']);
/** Age apposition: "John Smith, 34," and "the town's mayor, Aissa Moussa, 45." mark a person (sticky); not "Smith, 4.5". */
const AGE_AFTER = /,\s*\d{1,3}\s*(?:,|;|\.(?!\d))/y;
/** A hometown after a name (sticky): "Jaylen Marsh, of Gastonia,". */
const HOMETOWN_AFTER = /,\s+of\s+[A-Z][\p{L}'’.-]*(?:\s+[A-Z][\p{L}'’.-]*){0,2},/uy;
/**
 * What may follow a name that is no noun's modifier (sticky): punctuation, or a word that goes on
 * with the clause ("34-year-old Corey Lavergne was arrested", "... of Gastonia"), not a noun
 * ("a 2-year-old Czech German shepherd").
 */
const CLAUSE_GOES_ON = /\s*[,.;:!?)]|\s+(?:was|is|has|had|and|or|of|on|in|at|for|from|to|with|who|whose|said|says|died|dies|remains|remained|faces|faced|told|pleaded|appeared|allegedly|also|then|after|before|when|while)\b/y;
/** An age right before a name: "34-year-old Corey Lavergne". */
const AGE_BEFORE = /\b\d{1,3}-year-old\s+$/;
/** A lowercase place noun and "of" before a name: "the town of Lokoro", "the village of Dandume". */
const PLACE_NOUN_BEFORE = /\b(?:town|village|city|hamlet|settlement|district|municipality|province|region|suburb|neighbou?rhood|port|island)\s+of\s+$/;
/** A lowercase place noun after a name: "the Upper Karabakh area", "the Ganja region" (sticky). */
const PLACE_NOUN_AFTER = /\s+(?:area|region|province|district|city|town|village|county|parish|state|republic|enclave|oblast)\b/y;
/** "community" after a name: a village or a town in the news of Nigeria and its neighbours ("an attack on Kadawa community"). */
const COMMUNITY_AFTER = /\s+community\b/y;
/** A place's preposition or a verb of a raid right before a name, with no determiner ("on", "in", "stormed"; not "the"). */
const COMMUNITY_CUE_BEFORE = /\b(?:in|on|at|near|of|from|stormed|raided|attacked|invaded)\s+$/;
/** "West Philadelphia", "South Side": only a large city has named parts ("Side" is a town in Turkey). */
const SECTION_CITY_POPULATION = 100_000;
/**
 * A list of places a class noun opens ("in other cities such as Neftcala and Lenkeran", "towns
 * including Ashby, Ridgeway and Hale"), up to the name: each name of the list is a place.
 */
const PLACE_LIST_BEFORE =
  /\b(?:cities|towns|villages|districts|regions|provinces|counties|communities|settlements|municipalities|suburbs|neighbou?rhoods)\s+(?:such\s+as|like|including|as\s+well\s+as)\s+(?:\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2}(?:,[ \t]*|[ \t]+(?:and|or)[ \t]+|,[ \t]+(?:and|or)[ \t]+))*$/u;
/** How far back the list's class noun may be (its names before this one). */
const PLACE_LIST_REACH = 120;
/**
 * The places a preposition opened before this name, joined to it by "and": "held in Batumi and
 * Kutaisi", "in Ganja, Sheki and Lankaran". Group 1: the first of them. Not a comma alone: "near
 * Bristol, Tennessee, Anderson said" names a person after the place.
 */
const PLACE_COORDINATED_BEFORE = /\b(?:in|near|from)\s+(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2})(?:,[ \t]*\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2}){0,4},?[ \t]+(?:and|or)[ \t]+$/u;
/** What a place that ends a list of places is not followed by: a plural street or county word ("Jackson and Madison streets"), a speech verb (sticky). */
const NOT_LISTED_PLACE_AFTER = /\s+(?:streets|avenues|roads|boulevards|counties|parishes)\b|,?\s+(?:said|says|told|added)\b/y;
/** "Thompson and Colorado avenues", "Jackson & Madison streets": the first name of two streets (sticky). */
const STREET_PAIR_AFTER = /\s+(?:and|&)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s+(?:streets|avenues|roads|boulevards|drives|lanes|highways|sts\.?|aves\.?)\b/uy;
/** "(Thompson and) Colorado avenues": the last name of two streets (sticky). */
const STREETS_AFTER = /\s+(?:streets|avenues|roads|boulevards|drives|lanes|highways)\b/y;
/** "Buckeye police are investigating": the police of a place (sticky). */
const POLICE_AFTER = /\s+(?:police|officers|detectives|investigators|authorities|firefighters|fire\s+department)\b/y;
/** "A Shreveport juvenile", "Killeen 2-year-old", "Fort Riley man charged": a town before a person noun is where the person is from or lives (sticky). */
const PERSON_NOUN_AFTER = /\s+(?:\d{1,3}-year-old|man|woman|men|women|teen|teens|teenager|teenagers|boy|boys|girl|girls|juvenile|child|toddler|infant|baby|mother|father|mom|dad|resident|residents|family|couple|student|homeowner|businessman|businesswoman|native|natives)\b/y;
/** A happening after a place that qualifies it: "the Srebrenica genocide", "the Omagh bombing" (sticky). */
const HAPPENING_NOUN_AFTER = /\s+(?:massacres?|genocide|attacks?|bombings?|shootings?|siege|killings|riots?|uprising|tragedy|blast|explosion|ambush|raid)\b/y;
/** "Tulsa, Okla." / "Tulsa, Oklahoma": a city followed by its state or country (sticky). */
const COMMA_NAME_AFTER = /,\s*(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)/uy;
/** An acronym's plural: "CRIs", "ATVs", "NGOs". */
const ACRONYM_PLURAL = /^\p{Lu}{2,}s$/u;

/** Whether a name is no other spelling of a town: a common word, a given name, a demonym or an acronym's plural (see the variant reading in `recognizeEntities`). */
function isNotVariant(name: string, scope: Scope): boolean {
  return ACRONYM_PLURAL.test(name) || (!name.includes(' ') && (isCommonWord(name) || isGivenName(name))) || countryOfDemonym(name, scope.gazetteer()) !== undefined;
}
const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;
const NAME_CHAR = /[\p{L}\p{M}'’]/u;

/** Character classes of the Basic Multilingual Plane, filled on first use: 1 other, 2 letter, 3 uppercase, 4 mark or apostrophe. */
const CLASSES = new Uint8Array(0x10000);

function classOf(c: number): number {
  let k = CLASSES[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = UPPER.test(ch) ? 3 : LETTER.test(ch) ? 2 : NAME_CHAR.test(ch) ? 4 : 1;
    CLASSES[c] = k;
  }
  return k;
}

/** A letter, mark or apostrophe: a character inside a name word. */
function isNameChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39;
  return classOf(c) >= 2;
}

function isUpper(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return classOf(c) === 3;
}

/** A letter (no marks, no apostrophes). */
function isLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  const k = classOf(c);
  return k === 2 || k === 3;
}

/** A lowercase ASCII letter, or a lowercase letter of the other scripts names are read in. */
function isLower(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  return classOf(c) === 2;
}

/** Whether `word` (lowercase) stands in the text as a whole lowercase word: "officials" makes "Officials said" a common noun. */
function hasLowercaseWord(scope: Scope, word: string): boolean {
  const words = scope.lowercaseWords;
  // A name that speaks often speaks again ("Herrera said" ... "Herrera added"): each word is looked up once per document.
  let has = words.answers?.get(word);
  if (has === undefined) {
    has = findLowercaseWord(scope, word);
    (words.answers ??= new Map()).set(word, has);
  }
  return has;
}

function findLowercaseWord(scope: Scope, word: string): boolean {
  const text = scope.text;
  // Note: a few lookups scan the text; past that, the document's words are read once into a set,
  // so a long document (thousands of names that speak) stays linear, not quadratic.
  const words = scope.lowercaseWords;
  if (words.lookups++ >= SCANS_BEFORE_SET && isNameRun(word)) {
    words.runs ??= nameRuns(text);
    return words.runs.has(word);
  }
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if ((at === 0 || !isNameChar(text.charCodeAt(at - 1))) && !isNameChar(text.charCodeAt(at + word.length))) return true;
  }
  return false;
}

/** Lookups of one document's words by scanning, before they are read into a set. */
const SCANS_BEFORE_SET = 8;

/** Whether every character of `word` is a name character (then a whole-word match is one of `nameRuns`). */
function isNameRun(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (!isNameChar(word.charCodeAt(i))) return false;
  return word.length > 0;
}

/** The maximal runs of name characters of a text: its words as `hasLowercaseWord` delimits them. */
function nameRuns(text: string): Set<string> {
  const runs = new Set<string>();
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const inRun = i < text.length && isNameChar(text.charCodeAt(i));
    if (inRun && start < 0) start = i;
    else if (!inRun && start >= 0) {
      runs.add(text.slice(start, i));
      start = -1;
    }
  }
  return runs;
}

/** `\s` of JavaScript regexes. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `\w` of JavaScript regexes. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

interface Token {
  readonly text: string;
  /** Lowercase, without a final dot and possessive: "Sgt." -> "sgt", "Smith's" -> "smith". */
  readonly lower: string;
  /** What the word lists say of the word (`NOT_NAME`, `CONNECTOR`, ...). */
  readonly flags: number;
  readonly start: number;
  readonly end: number;
}

/** The first words of `ARMED_GROUPS`: only a run that opens with one is joined and looked up. */
const ARMED_GROUP_FIRST_WORDS: ReadonlySet<string> = new Set([...ARMED_GROUPS].map((name) => name.split(' ')[0]!));

/** Titles of royalty, which also open names of shops, streets and halls ("King Soopers", "Prince Hall"). */
const ROYAL_TITLES: ReadonlySet<string> = new Set(['king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'sheikh', 'sultan']);

/** A royal title, also in the plural ("Kings Mountain", "Queens Boulevard"). */
function isRoyalTitle(lower: string): boolean {
  return ROYAL_TITLES.has(lower) || (lower.endsWith('s') && ROYAL_TITLES.has(lower.slice(0, -1)));
}

/** Character codes of "/" and ":". */
const SLASH = 47;
const COLON = 58;

const NOT_NAME = 1;
const CONNECTOR = 2;
const TITLE = 4;
const ORGANIZATION_HEAD = 8;
const ORGANIZATION_START = 16;
const CALENDAR = 32;
const COUNTY_HEAD = 64;
const POINT_HEAD = 128;
const CITY_HEAD = 256;
const DEMONYM = 512;
/** The word is a US state's name or the first word of one ("Georgia", "North"). */
const STATE_WORD = 1024;
/** The word ends a street's name and no person's (`STREET_HEADS`). */
const STREET_HEAD = 2048;

/** First words of US state names, lowercase ("georgia", "north", "new"). */
const STATE_FIRST_WORDS: ReadonlySet<string> = new Set(US_STATES.map((s) => (s[0] ?? '').split(' ')[0]!.toLowerCase()));

/** A word's lowercase form and flags, by the word as written: the same words recur in every document. */
const WORDS = new Map<string, { readonly lower: string; readonly flags: number }>();

function wordInfo(value: string): { readonly lower: string; readonly flags: number } {
  let info = WORDS.get(value);
  if (info === undefined) {
    if (WORDS.size >= 20_000) WORDS.clear();
    info = describe(value, lowerOf(value));
    WORDS.set(value, info);
  }
  return info;
}

/** A pronoun or other stop word with a contracted verb: "We're", "I'd", "They'll", "You've". */
const CONTRACTION = /^([a-z]+)['’](?:re|ve|ll|d|m)$/;

function describe(value: string, lower: string): { readonly lower: string; readonly flags: number } {
  let flags = 0;
  if (NOT_NAMES.has(lower) || NOT_NAMES.has(CONTRACTION.exec(lower)?.[1] ?? '')) flags |= NOT_NAME;
  if (value === lower && CONNECTORS.has(value)) flags |= CONNECTOR;
  // "Minister", "Congressmen" (plural), "Sgt.".
  if (PERSON_TITLES.has(lower) || (lower.endsWith('men') && PERSON_TITLES.has(`${lower.slice(0, -3)}man`)) || (lower.endsWith('s') && PERSON_TITLES.has(lower.slice(0, -1)))) flags |= TITLE;
  if (ORGANIZATION_HEADS.has(lower)) flags |= ORGANIZATION_HEAD;
  if (ORGANIZATION_STARTS.has(lower)) flags |= ORGANIZATION_START;
  if (CALENDAR_WORDS.has(lower)) flags |= CALENDAR;
  if (COUNTY_HEADS.has(lower)) flags |= COUNTY_HEAD;
  if (POINT_HEADS.has(lower)) flags |= POINT_HEAD;
  if (STREET_HEADS.has(lower)) flags |= STREET_HEAD;
  if (CITY_HEADS.has(lower)) flags |= CITY_HEAD;
  // Not a given name that ends as a demonym does ("Ali", "Brian", "Dominic").
  if (DEMONYM_SUFFIX.test(lower) && !isGivenName(value)) flags |= DEMONYM;
  if (STATE_FIRST_WORDS.has(lower)) flags |= STATE_WORD;
  return { lower, flags };
}

/** Options of `recognizeEntities`. */
export interface RecognizeOptions {
  /** The gazetteer to type places with; default `loadGazetteer()`, loaded when a run first needs it. */
  readonly gazetteer?: Gazetteer;
}

/** What typing a run reads: the document, and the gazetteer, loaded on first use. */
interface Scope {
  readonly doc: SourceDoc;
  readonly text: string;
  gazetteer(): Gazetteer;
  /** US states the document names inside other names ("Georgia Bureau of Investigation"). */
  readonly states: Set<string>;
  /** `hasLowercaseWord`'s answers and text lookups in this document so far, and the document's words once read. */
  readonly lowercaseWords: { lookups: number; runs?: Set<string>; answers?: Map<string, boolean> };
  /** `isTitleCaseLine`'s answers so far, by the line's bounds (`start * 512 + length`, a length of at most 400): a headline holds many names. */
  readonly titleCaseLines: Map<number, boolean>;
}

/**
 * Finds the people, places and organizations of a document in one fast pass: runs of
 * capitalized words, typed by cues (a title before a name, a speech verb next to it, an
 * organization head word, a place preposition, the gazetteer). Precise before recall: a run
 * with no cue is kept as `unknown` only when later typing can use it, and dropped otherwise.
 * A surname alone ("Hammons") is a person when the document named that person in full.
 *
 * @example
 * recognizeEntities(doc).map((m) => [m.name, m.type]);
 * // "Soviet leader Mikhail Gorbachev said" -> [['Mikhail Gorbachev', 'person']] with title 'Soviet leader'
 */
export function recognizeEntities(doc: SourceDoc, options: RecognizeOptions = {}): EntityMention[] {
  const text = doc.text;
  let gazetteer = options.gazetteer;
  const scope: Scope = { doc, text, gazetteer: () => (gazetteer ??= loadGazetteer()), states: new Set(), lowercaseWords: { lookups: 0 }, titleCaseLines: new Map() };
  const mentions: EntityMention[] = [];
  const untyped: Token[][] = [];
  for (let from = 0; from < text.length; ) {
    WORD_START.lastIndex = from;
    if (!WORD_START.test(text)) break;
    const start = WORD_START.lastIndex - 1;
    if (!isUpper(text.charCodeAt(start))) {
      from = start + 1;
      continue;
    }
    const end = readRun(text, start);
    const tokens = tokenize(text, start, end);
    // "Human Rights Watch/Helsinki": a name joined by a slash to an organization's is part of its
    // name, not a place ("KPHO/KTVK" are two stations; "Dallas/Fort Worth", after a place, two places).
    const previous = mentions[mentions.length - 1];
    const isOrganizationPart = text.charCodeAt(start - 1) === SLASH && previous?.type === 'organization' && previous.span.end === start - 1;
    const before = mentions.length;
    if (!splitPossessivePlace(scope, tokens, mentions, untyped)) typeRun(scope, tokens, mentions, untyped);
    if (isOrganizationPart) for (let i = mentions.length - 1; i >= before; i--) if (mentions[i]!.type === 'place') mentions.splice(i, 1);
    from = end;
  }
  for (let i = 0; i < mentions.length; i++) mentions[i] = vetPerson(mentions[i]!);
  // Note: the outlet is marked before the towns are read in the report's states, so that its own town keeps its reading.
  if (untyped.length === 0) return resolvePlaces(scope, markOutlet(text, mentions));
  // Second pass: a surname alone, or an untyped run, that repeats a typed name of this document.
  const typedCount = mentions.length;
  const known = new Map<string, EntityMention>();
  const personEnds = new Map<number, EntityMention>();
  const countries = new Set<string>();
  /**
   * The document's places the gazetteer does not place (no coordinates: "TAMBERI, Niger", "the
   * village of Dargol"), by name and by the name they were read as, lowercase ("tamberi").
   */
  const places = new Map<string, EntityMention>();
  for (const mention of mentions) {
    // English spells the towns of English-speaking countries one way: "Boys" is no spelling of Boise.
    if (mention.place?.country && !ENGLISH_SPELLED_COUNTRIES.has(mention.place.country)) countries.add(mention.place.country);
    // Note: a town the gazetteer has is typed by its own cues in every mention (`placeOf`); one without is left untyped, as before.
    if (mention.type === 'place' && mention.place?.precision === 'city' && mention.place.lat === undefined) {
      if (!places.has(mention.name.toLowerCase())) places.set(mention.name.toLowerCase(), mention);
      if (!places.has(mention.place.name.toLowerCase())) places.set(mention.place.name.toLowerCase(), mention);
    }
    if (mention.type !== 'person' && mention.type !== 'organization') continue;
    const space = mention.name.lastIndexOf(' ');
    if (mention.type === 'person') {
      personEnds.set(mention.span.end, mention);
      if (space > 0) known.set(mention.name.slice(space + 1).toLowerCase(), mention);
    }
    known.set(mention.name.toLowerCase(), mention);
  }
  // "the attack on the cattle market in Tamberi": a town the gazetteer lacks, where the event
  // happened (`isUnlistedEventPlace`). It stays untyped, with the rule that says so: merging
  // makes it a place only where another report types that name a place ("TAMBERI, Niger, March
  // 9 -"), and `eventPlaces` weighs it as an event's place then. Its other mentions in the
  // document ("Tamberi lies 200 km from Niamey") are untyped names too, to merge with it.
  let unlisted: Set<string> | undefined;
  for (const tokens of untyped) {
    if (!isUnlistedEventPlace(scope, tokens)) continue;
    const lower = withoutPossessive(joined(tokens)).toLowerCase();
    if (!places.has(lower) && !known.has(lower)) (unlisted ??= new Set()).add(lower);
  }
  for (const tokens of untyped) {
    const first = tokens[0]!;
    const name = tokens.length === 1 ? first.text : tokens.map((t) => t.text).join(' ');
    // "Lenkeran", "Baky": another spelling of a city of a country the document names (the
    // spelling the gazetteer has was weighed by `placeOf` and found no cue).
    const plain = withoutPossessive(name);
    // Note: not a common word, a given name, a people's name or an acronym's plural: "Boys", "Cops",
    // "Small", "Somali", "(CRIs)", "Rita" were read as Bais, Capas, Samal, Ceres and Rieti in reports
    // that named the Philippines, South Africa or Italy.
    const variant =
      tokens.length <= 2 && countries.size > 0 && !isNotVariant(plain, scope) && scope.gazetteer().lookup(plain).length === 0 ? scope.gazetteer().lookupVariant(plain, countries)[0] : undefined;
    if (variant) {
      mentions.push(makeMention(doc, tokens, 'place', 'en/entity/gazetteer-variant', { place: variant }));
      continue;
    }
    const lower = name.toLowerCase();
    const match = known.get(lower.endsWith("'s") || lower.endsWith('’s') ? lower.slice(0, -2) : lower);
    if (match) {
      const repeat = makeMention(doc, tokens, match.type, match.type === 'person' && !match.name.includes(' ') ? 'en/entity/repeat' : 'en/entity/partial');
      mentions.push(repeat);
      if (repeat.type === 'person') personEnds.set(repeat.span.end, repeat);
      continue;
    }
    // "TAMBERI, Niger, March 9 - ... a cattle market in Tamberi": a name the document typed a
    // place elsewhere (by a cue the gazetteer could not confirm) is that place here too, with the
    // weight of its own cue.
    const place = places.size > 0 ? places.get(withoutPossessive(lower)) : undefined;
    if (place?.place) {
      mentions.push(makeMention(doc, tokens, 'place', repeatRule(text, first.start), { place: place.place }));
      continue;
    }
    // "Steve Cohen and Robert Aderholt": a full name joined to a person is a person.
    if (tokens.length >= 2 && tokens.length <= 3 && isNameLike(tokens) && personBefore(text, first.start, personEnds)) {
      const person = makeMention(doc, tokens, 'person', 'en/entity/coordination');
      mentions.push(person);
      personEnds.set(person.span.end, person);
      continue;
    }
    if (unlisted !== undefined && unlisted.has(withoutPossessive(lower))) {
      mentions.push(makeMention(doc, tokens, 'unknown', isUnlistedEventPlace(scope, tokens) ? 'en/entity/place-event-unlisted' : 'en/entity/unknown'));
      continue;
    }
    if (isNameLike(tokens)) mentions.push(makeMention(doc, tokens, 'unknown', 'en/entity/unknown'));
  }
  // The first pass gave its mentions in text order, and so did the second: merge the two.
  return resolvePlaces(scope, markOutlet(text, mergeByStart(mentions, typedCount).map(vetPerson)));
}

/** The rule of a place named again by a cue of its own: "in X" where the event happened, "in X" or another place preposition, or none. */
function repeatRule(text: string, start: number): RuleId {
  const word = wordBefore(text, start);
  if (word !== undefined && STRONG_PLACE_PREPOSITIONS.has(word)) return strongPrepositionRule(text, word, start);
  return word !== undefined && PLACE_PREPOSITIONS.has(word) ? 'en/entity/place-preposition' : 'en/entity/place-repeat';
}

/**
 * The rule of a place after a strong preposition (`word`): "in X" or "near X" where the event
 * happened, where someone was taken or held (`placeCueBefore`), else a plain "in X".
 */
function strongPrepositionRule(text: string, word: string, start: number): RuleId {
  const cue = word === 'in' || word === 'near' ? placeCueBefore(text, start) : 'place';
  return cue === 'event' ? 'en/entity/place-event' : cue === 'facility' ? 'en/entity/place-facility' : 'en/entity/place-in';
}

/** Verbs of speech and writing before "in": "shouted in Arabic", "written in Hindi" name a language, not a place. */
const LANGUAGE_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'say', 'spoke', 'speak', 'speaks', 'speaking', 'shouted', 'shouting', 'yelled', 'yelling', 'screamed', 'chanted', 'chanting', 'wrote', 'written', 'writing', 'read', 'sang', 'posted', 'replied', 'answered', 'broadcast', 'published', 'printed', 'fluent']);
/** Words a single name after "in" may not hold: stop words, titles, heads of organizations, streets, counties and dates. */
const NO_TOWN_WORD = NOT_NAME | TITLE | ORGANIZATION_HEAD | CALENDAR | STREET_HEAD | POINT_HEAD | COUNTY_HEAD;

/**
 * Whether an untyped run names a town the gazetteer lacks where the event happened: "the attack
 * on the cattle market in Tamberi", "killed near Dalmora" (one to three name words right after
 * "in", "near" or "outside", a word of violence before them in the sentence: `placeCueBefore`).
 * Not a possessive ("in Smith's home"), a language ("shouted in Arabic"), nor a demonym of a
 * country or region ("in Pakistani custody"); a name ending like one ("Tamberi") is a town.
 * In an American report no such name is a town (see `resolvePlaces`).
 */
function isUnlistedEventPlace(scope: Scope, tokens: readonly Token[]): boolean {
  const { text } = scope;
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  // Note: most untyped runs (a capitalised word opening a sentence) have no "in" before them: that is read first, with no copy made.
  if (tokens.length > 3 || !isStrongPrepositionBefore(text, first.start)) return false;
  const before = spacedWordBefore(text, first.start);
  if (before === undefined || !STRONG_PLACE_PREPOSITIONS.has(before.word)) return false;
  if (tokens.some((t) => has(t, NO_TOWN_WORD) || isConnector(t)) || POSSESSIVE_END.test(last.text) || first.text.length < 3 || placeCueBefore(text, first.start) !== 'event') return false;
  const verb = spacedWordBefore(text, before.start);
  if (verb !== undefined && LANGUAGE_VERBS.has(verb.word)) return false;
  if (tokens.length === 1 && has(first, DEMONYM)) return !isDemonymOfPlace(scope, first.lower);
  return isNameLike(tokens);
}

/** Whether a word ending in "in", "near" or "outside" (their last letters: n, r, e) and a space stand right before `start`. */
function isStrongPrepositionBefore(text: string, start: number): boolean {
  if (start < 3 || text.charCodeAt(start - 1) !== 32) return false;
  const c = text.charCodeAt(start - 2) | 0x20;
  return c === 110 || c === 114 || c === 101;
}

/** A demonym's ending and what the place's name ends in instead: "Pakistani" (Pakistan), "Somali" (Somalia), "Nigerian" (Nigeria). */
const DEMONYM_STEMS = /(?:ian|an|ese|ish|i|ic|ch|ss)$/;

/** Whether a word ending like a demonym is one of a country or region the gazetteer has ("pakistani", "somali", "iraqi"). */
function isDemonymOfPlace(scope: Scope, lower: string): boolean {
  const stem = lower.replace(DEMONYM_STEMS, '');
  if (stem.length < 3) return false;
  for (const name of [stem, `${stem}a`, `${stem}ia`]) {
    if (scope.gazetteer().lookup(name).some((p) => p.precision === 'country' || p.precision === 'region')) return true;
  }
  return false;
}

/**
 * A person's name whose words are all common English words and none a given name ("Crime Lab",
 * "Medical Examiner", "Dead River", "Off Wall", "ANSWERING QUESTIONS") names no person: it is
 * typed anew as unknown. A common word before a given name and a surname is a role the title list
 * lacks ("Actress Kristen Bell", "Owner Peter Hitchcock"): it becomes the title.
 */
function vetPerson(m: EntityMention): EntityMention {
  if (m.type !== 'person') return m;
  const words = m.name.split(' ');
  const first = words[0]!;
  // "Fort Riley posted on their Facebook page": a place that speaks, no person; untyped, it takes
  // the type of the place it joins. Not after a title ("Officer Lake Johnson").
  if (words.length >= 2 && m.title === undefined && PLACE_OPENERS.has(first.replace(/\.$/, '').toLowerCase())) return asUnknown(m);
  if (words.length < 2 || isGivenName(first) || !isCommonWord(first)) return m;
  if (words.length >= 3 && isGivenName(words[1]!)) {
    const at = m.text.indexOf(words[1]!, first.length);
    const title = m.title !== undefined ? `${m.title} ${first}` : first;
    return { ...m, span: { ...m.span, start: m.span.start + at }, text: m.text.slice(at), name: words.slice(1).join(' '), title };
  }
  return words.every((w) => isCommonWord(w) && !isGivenName(w)) ? asUnknown(m) : m;
}

/** What separates a headline from the outlet's name ("... - KSLA News 12 Shreveport, Louisiana News Weather & Sports"). */
const HEADLINE_SEPARATORS = [' - ', ' | ', ' – ', ' — '];
/** What marks a headline's tail as the outlet's name: a media word, a call sign, a domain. */
const OUTLET_MARK = /\b(?:News|Times|Post|Press|Tribune|Herald|Journal|Gazette|Daily|Radio|TV|Channel|Weather|Sports|[KW][A-Z]{2,3})\b|\.com\b/;

/**
 * The places of an outlet's name in the headline ("- KSLA News 12 Shreveport, Louisiana News
 * Weather & Sports", "- WMBFNews.com, Myrtle Beach/Florence SC") get the rule
 * `en/entity/place-outlet`: the station's town, not the event's.
 */
function markOutlet(text: string, mentions: EntityMention[]): EntityMention[] {
  let lineEnd = text.indexOf('\n');
  if (lineEnd < 0) lineEnd = text.length;
  if (lineEnd > 400) return mentions;
  const line = text.slice(0, lineEnd);
  // Where each part of the headline starts, after a separator.
  const parts: number[] = [];
  for (const separator of HEADLINE_SEPARATORS) {
    for (let at = line.indexOf(separator); at >= 0; at = line.indexOf(separator, at + 1)) parts.push(at + separator.length);
  }
  if (parts.length === 0) return mentions;
  parts.sort((a, b) => a - b);
  // The outlet's name is the first part with a media word or a call sign, and all after it:
  // "- WXOW News 19 La Crosse, WI – News, Weather and Sports".
  let start = -1;
  for (let i = 0; i < parts.length && start < 0; i++) if (OUTLET_MARK.test(line.slice(parts[i]!, i + 1 < parts.length ? parts[i + 1] : lineEnd))) start = parts[i]!;
  if (start <= 0) return mentions;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.span.start >= lineEnd) break;
    // "WTVM.com-Columbus, GA": the outlet's town keeps the reading its state gives, with the outlet's weight.
    if (m.span.start >= start && m.type === 'place') mentions[i] = { ...m, rule: STATED_PLACE_RULES.has(m.rule) ? 'en/entity/place-outlet-comma' : 'en/entity/place-outlet' };
  }
  return mentions;
}

/** A preposition of place right before a name ("in Chad", "to Jordan"). */
const PREPOSITION_BEFORE = /\b(?:in|into|to|from|of|at|near|across|throughout|toward|towards)\s+(?:the\s+)?$/i;
/** The last word of a region's name: "Kaduna State", "Helmand Province", "Mopti Region". */
const REGION_HEAD_LAST = /\s(?:State|Province|Region|Governorate|Oblast|Prefecture|Territory|Department)$/;
/**
 * The country of the towns the gazetteer lacks of a report from abroad: its dateline's, unless the
 * report's other places are all in another country ("GENEVA — ... the offensive on Umm Rawaba ...
 * displaced to El Obeid": Sudan, where El Obeid is); none when they are in several others.
 */
function unlistedTownCountry(mentions: readonly EntityMention[]): string | undefined {
  const dateline = mentions.find((m) => DATELINE_RULES.has(m.rule) && m.place?.country !== undefined && m.place.country !== 'US')?.place?.country;
  if (dateline === undefined) return undefined;
  let other: string | undefined;
  for (const m of mentions) {
    const country = m.type === 'place' && !DATELINE_RULES.has(m.rule) ? m.place?.country : undefined;
    if (country === undefined || m.rule === 'en/entity/place-event-unlisted') continue;
    if (country === dateline) return dateline;
    if (other !== undefined && other !== country) return undefined;
    other = country;
  }
  return other ?? dateline;
}

/** Rules of a dateline's town ("BAMAKO, Mali, June 2 (Wire) —", "NIAMEY -"). */
const DATELINE_RULES: ReadonlySet<RuleId> = new Set(['en/entity/dateline', 'en/entity/dateline-city', 'en/entity/dateline-town']);
/** Place rules whose cue may also stand before a person ("a statement from Denton", "Tyler police"); and a name read by its spelling variant alone ("Tyree": Tyre). */
const WEAK_PLACE_RULES: ReadonlySet<RuleId> = new Set(['en/entity/place-preposition', 'en/entity/place-facility', 'en/entity/gazetteer', 'en/entity/gazetteer-variant', 'en/entity/place-police', 'en/entity/place-in', 'en/entity/place-event', 'en/entity/place-modifier', 'en/entity/place-common', 'en/entity/place-based', 'en/entity/place-repeat']);
/** Place rules of an outlet's name in the headline (`markOutlet`): the station's town, not the event's. */
export const OUTLET_RULES: ReadonlySet<RuleId> = new Set(['en/entity/place-outlet', 'en/entity/place-outlet-comma']);
/** Place rules that read the state from the text ("SMITHFIELD, N.C.", "Tulsa, Okla."). */
const STATED_PLACE_RULES: ReadonlySet<RuleId> = new Set(['en/entity/dateline', 'en/entity/place-comma', 'en/entity/place-comma-from']);

/**
 * Reads the document's cities in its context, after all its names are known:
 * - a single name typed a city by a weak cue that is the surname of a person of the document
 *   ("Robert Seth Denton" ... "from Denton"), or the first name of one without "in" before it,
 *   is that person; so is one without "in" before it that is the surname of a person named with
 *   no cue ("Brittany Howard and her husband") or a name a person cue gives alone ("Howard said"):
 *   "Howard's mother" is not Howard, Wisconsin;
 * - a city whose state the text does not give is read in a US state the document names (in a
 *   dateline, after a comma, alone or inside another name: "Georgia Bureau of Investigation"),
 *   when the gazetteer has the name there: "Smithfield" in a report from North Carolina is
 *   Smithfield, North Carolina, not the larger Smithfield of Rhode Island; a name the report
 *   gives a state once ("LAUREL, Ind.") is that town in its other mentions ("Laurel Police"),
 *   even a town the gazetteer lacks. States of counties ("HANOVER COUNTY, Va.") and of a local
 *   outlet's town count; a state where someone is based ("a Georgia-based company") does not.
 *   An outlet's own town (`markOutlet`, run before) keeps its reading.
 */
function resolvePlaces(scope: Scope, given: EntityMention[]): EntityMention[] {
  const mentions = withSitesAndParts(scope, withAdminHeads(scope, given));
  const states = scope.states;
  /** States a cue puts the report in (an agency's name, a town's or a county's state, an outlet's), not only a state named. */
  const cuedStates = new Set(states);
  const surnames = new Set<string>();
  const firstNames = new Set<string>();
  let cities = 0;
  /** Towns the document puts in the US by a strong cue ("in Tulsa", "TULSA, Okla. —"): it is an American report. */
  let usTowns = 0;
  let statedByName: Map<string, PlaceInfo> | undefined;
  /** Surnames of people named with no person cue, and names a person cue gives alone. */
  let looseSurnames: Set<string> | undefined;
  const addCuedState = (state: string) => {
    states.add(state);
    cuedStates.add(state);
  };
  for (const m of mentions) {
    if (m.type === 'person') {
      const first = m.name.indexOf(' ');
      if (first > 0) {
        surnames.add(m.name.slice(m.name.lastIndexOf(' ') + 1).toLowerCase());
        firstNames.add(m.name.slice(0, first).toLowerCase());
      } else if (m.rule === 'en/entity/speech') {
        // "Singleton said": a name that speaks is a person's wherever else it stands ("in Singleton").
        surnames.add(m.name.toLowerCase());
      } else {
        (looseSurnames ??= new Set()).add(m.name.toLowerCase());
      }
    } else if (m.type === 'unknown') {
      // "Brittany Howard and her husband ...": a given name and one more word, typed by no cue, is most likely a person.
      const first = m.name.indexOf(' ');
      // Not a given name that is a common word too ("West Duluth", "Grant Park").
      const given = first > 0 && first === m.name.lastIndexOf(' ') ? m.name.slice(0, first) : undefined;
      if (given !== undefined && isGivenName(given) && !isCommonWord(given)) (looseSurnames ??= new Set()).add(m.name.slice(first + 1).toLowerCase());
    } else if (m.place) {
      // "a Georgia-based company" says nothing of where the report is from.
      if (m.place.precision === 'region' && m.place.country === 'US') {
        if (m.rule !== 'en/entity/place-based') states.add(m.place.name);
      } else if (m.place.precision === 'county') {
        // "HANOVER COUNTY, Va.": the state the text gives a county.
        if (m.place.region !== undefined && m.place.country === 'US') addCuedState(m.place.region);
      } else if (m.place.precision === 'city') {
        cities++;
        if (m.place.country === 'US' && US_TOWN_RULES.has(m.rule)) usTowns++;
        // A local outlet's state ("- WBRC FOX6 News - Birmingham, AL") reads the report's towns ("Birmingham police"), though its town is no cue of the event.
        if ((STATED_PLACE_RULES.has(m.rule) || m.rule === 'en/entity/place-outlet-comma') && m.place.region && m.place.country === 'US') addCuedState(m.place.region);
        // "LAUREL, Ind. – A Laurel Police officer": one name in one report is one town, the one whose state the text gives.
        if (STATED_PLACE_RULES.has(m.rule) && m.place.region !== undefined) (statedByName ??= new Map()).set(m.name.toLowerCase(), m.place);
      }
    }
  }
  // "in Pacoima" with "Los Angeles County" and no state: a town the postal names put in a US county
  // the report names is that town (the county's name says the report is American).
  const counties = usTowns > 0 || states.size > 0 ? undefined : namedCountyKeys(mentions);
  if (counties !== undefined) {
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i]!;
      if (m.rule !== 'en/entity/place-event-unlisted') continue;
      const town = scope.gazetteer().usTowns?.(m.name).find((t) => counties.has(t.county));
      if (town) mentions[i] = { ...m, type: 'place', place: townPlace(town), rule: 'en/entity/place-event-in-state' };
    }
  }
  // "shot in Deep Ellum": in an American report every town is in the gazetteer or the postal
  // names, and a name neither has is a part of a town or a site, not a town the gazetteer lacks.
  if (usTowns > 0 || states.size > 0) {
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i]!;
      if (m.rule !== 'en/entity/place-event-unlisted') continue;
      const town = postalTownIn(scope, m.name, states);
      // A name typed a place by its own noun ("the village of Kokhanok") stays one, as it was.
      mentions[i] = town ? { ...m, type: 'place', place: town, rule: 'en/entity/place-event-in-state' } : m.type === 'place' ? { ...m, rule: 'en/entity/place-noun' } : asUnknown(m);
    }
  } else {
    // "BAMAKO, Mali — ... their convoy was ambushed near Boulkessi": abroad, a town the gazetteer
    // lacks (it lists towns of 1,000 people and more) where the report puts the event is a town of
    // the country of its dateline.
    const country = unlistedTownCountry(mentions);
    if (country !== undefined) {
      for (let i = 0; i < mentions.length; i++) {
        const m = mentions[i]!;
        if (m.rule !== 'en/entity/place-event-unlisted') continue;
        // "in Kaduna State": a state or a province of that country, not a town.
        // Named without its head, as the division is in its other mentions ("Kaduna State", "Kaduna state", "Kaduna").
        const name = REGION_HEAD_LAST.test(m.name) ? divisionName(scope, m.name) : undefined;
        mentions[i] = name !== undefined
          ? { ...m, name, type: 'place', rule: 'en/entity/place-head', place: { name, precision: 'region', country } }
          : { ...m, type: 'place', place: { name: m.name, precision: 'city', country } };
      }
    }
  }
  // "Georgia" in an American report is the state, not the country (the gazetteer gives the country
  // first). American: a town put in the US by a strong cue, or a state named that is no country's
  // name too ("Thbilisi, Georgia" alone says nothing).
  if (usTowns > 0 || [...states].some((state) => !scope.gazetteer().lookup(state).some((c) => c.precision === 'country'))) {
    const gazetteer = scope.gazetteer();
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i]!;
      if (m.place?.precision !== 'country' || m.place.country === 'US') continue;
      const state = gazetteer.lookup(m.name).find((c) => c.precision === 'region' && c.country === 'US');
      if (!state) continue;
      mentions[i] = { ...m, place: state };
      if (m.rule !== 'en/entity/place-based') states.add(state.name);
    }
  }
  // "in the area of 300 South 500 West in Lebanon", "BOONE COUNTY, Ind.": a country's name that is a
  // town of a US county the report names (in its states) is that town, not the country.
  const namedCounties = namedCountyKeys(mentions);
  if (namedCounties !== undefined) {
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i]!;
      if (m.place?.precision !== 'country' || m.place.country === 'US' || STATED_PLACE_RULES.has(m.rule)) continue;
      const town = scope.gazetteer().usTowns?.(m.name).find((t) => namedCounties.has(t.county) && (states.size === 0 || states.has(t.region)));
      if (town) mentions[i] = { ...m, place: townPlace(town), rule: m.rule === 'en/entity/place-event' ? 'en/entity/place-event-in-state' : 'en/entity/place-in-state' };
    }
  }
  // "Punjab" in a report that names Pakistan or Lahore is Pakistan's province, not India's (the
  // gazetteer's first): a division of another country is read in a country the report names. In
  // an American report, one of a country it does not name is no place ("Saint Patrick" a church,
  // "Long Island" not the Bahamas' district), nor anywhere a bare name only the gazetteer reads
  // so ("help Zaire as the boy was driven to the hospital": Zaire Thomas, not Angola's province).
  const named = new Set<string>();
  for (const m of mentions) if (m.place?.country !== undefined && (m.place.precision === 'country' || m.place.precision === 'city')) named.add(m.place.country);
  const isAmerican = usTowns > 0 || states.size > 0;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.place?.precision !== 'region' || m.place.country === undefined || named.has(m.place.country) || !isWorldDivision(m.place)) continue;
    const there = named.size === 0 ? undefined : scope.gazetteer().lookup(m.name).find((c) => c.precision === 'region' && c.country !== undefined && named.has(c.country));
    if (there) mentions[i] = { ...m, place: there };
    // (nor a bare name the gazetteer alone reads so, "help Zaire as the boy": a division is named after "in" or with its country)
    else if (isAmerican || (m.rule === 'en/entity/gazetteer' && !PREPOSITION_BEFORE.test(scope.text.slice(Math.max(0, m.span.start - 12), m.span.start)))) mentions[i] = asUnknown(m);
  }
  // "Grady Jordan" ... "Jordan said": a country named by a weak cue that is the surname of a person of the document is that person.
  if (surnames.size > 0) {
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i]!;
      if (m.place?.precision !== 'country' || !WEAK_PLACE_RULES.has(m.rule) || m.name.includes(' ') || !surnames.has(m.name.toLowerCase())) continue;
      // Not after a preposition: "fighting in Chad" is the country whoever is named Chad.
      if (PREPOSITION_BEFORE.test(scope.text.slice(Math.max(0, m.span.start - 12), m.span.start))) continue;
      mentions[i] = { span: m.span, text: m.text, name: m.name, type: 'person', rule: 'en/entity/repeat' };
    }
  }
  if (cities === 0) return mentions;
  const gazetteer = scope.gazetteer();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.place?.precision !== 'city' || m.place.lat === undefined || OUTLET_RULES.has(m.rule)) continue;
    if (WEAK_PLACE_RULES.has(m.rule) && !m.name.includes(' ')) {
      const lower = m.name.toLowerCase();
      if (surnames.has(lower) || ((firstNames.has(lower) || looseSurnames?.has(lower) === true) && m.rule !== 'en/entity/place-in' && m.rule !== 'en/entity/place-event')) {
        mentions[i] = { span: m.span, text: m.text, name: m.name, type: 'person', rule: 'en/entity/repeat' };
        continue;
      }
    }
    if (STATED_PLACE_RULES.has(m.rule) || (m.place.country === 'US' && m.place.region !== undefined && states.has(m.place.region))) continue;
    if (states.size === 0) {
      // A report that names no state but puts its towns in the US is American too (see below).
      if (usTowns > 0 && m.place.country !== 'US' && FOREIGN_DOUBT_RULES.has(m.rule)) mentions[i] = asUnknown(m);
      continue;
    }
    // A name read abroad first tries the postal towns of the states named too ("Berlin police" in a report from Connecticut).
    const inState =
      statedByName?.get(m.name.toLowerCase()) ??
      gazetteer.lookup(m.name).find((c) => c.precision === 'city' && c.country === 'US' && c.region !== undefined && states.has(c.region) && !isFarSmaller(c, m.place!, cuedStates)) ??
      (m.place.country !== 'US' ? postalTownIn(scope, m.name, states) : undefined) ??
      // "in Lincoln" in a report of the Delaware State Police: a town too small for the gazetteer in the
      // state a cue puts the report in, before the large namesake elsewhere (Lincoln, Nebraska); only
      // where the report puts things in it ("from Oak Hill Eleme", a school's name cut short, is no town).
      (m.place.country === 'US' && cuedStates.size > 0 && POSTAL_CUE_RULES.has(m.rule) ? postalTownIn(scope, m.name, cuedStates) : undefined);
    // An event cue stays one ("a shooting at a nightclub in Venice"), read in the state.
    if (inState) mentions[i] = { ...m, place: inState, rule: m.rule === 'en/entity/place-event' ? 'en/entity/place-event-in-state' : 'en/entity/place-in-state' };
    // "in pursuit of Jones", "Gang investigators", "the Hart family", "Metro police": in a report
    // that names US states, a name read as a town abroad by a cue that a person or a common word
    // also takes is that other thing, not a foreign town.
    else if (m.place.country !== 'US' && FOREIGN_DOUBT_RULES.has(m.rule)) mentions[i] = asUnknown(m);
  }
  return mentions;
}

/**
 * Whether a town of a state the report only names is a namesake too small to be meant, next to the
 * large American city the name reads as ("downtown Oakland" in a wire report that names Florida
 * once, of another shooting: not Oakland, Florida, 2,800 people). A state a cue puts the report in
 * reads it there whatever its size ("Portland" in a report datelined in Maine).
 */
function isFarSmaller(candidate: PlaceInfo, reading: PlaceInfo, cuedStates: ReadonlySet<string>): boolean {
  if (reading.country !== 'US' || candidate.region === undefined || cuedStates.has(candidate.region)) return false;
  return (reading.population ?? 0) >= NAMESAKE_RATIO * Math.max(candidate.population ?? 0, 1);
}

/** How many times larger a city must be than its namesake in a state only named for the namesake to be passed over (`isFarSmaller`). */
const NAMESAKE_RATIO = 50;

/** Cues that put things in a town ("in X", "X police"): enough to read a town of the report's state that only the postal names have. */
const POSTAL_CUE_RULES: ReadonlySet<RuleId> = new Set(['en/entity/place-in', 'en/entity/place-event', 'en/entity/place-police']);

/** A mention whose type the document's context takes back: a name, no longer a place. */
function asUnknown(m: EntityMention): EntityMention {
  return { span: m.span, text: m.text, name: m.name, type: 'unknown', rule: 'en/entity/unknown' };
}

/**
 * A division's head in lowercase right after a name (sticky): first-level ("Kandahar province",
 * "the Donetsk oblast", "Zamfara state", "the Kharkiv region") or second-level ("Arghandab district").
 * Note: not "prefecture", which in reports from France is mostly the state's office ("the Lyon
 * prefecture said").
 */
const ADMIN_HEADS = DIVISION_NOUNS.filter((noun) => noun !== 'prefecture');
const ADMIN_HEAD_AFTER = new RegExp(String.raw`[^\S\n]+(${ADMIN_HEADS.join('|')})\b`, 'y');
/** The first letters of the heads of `ADMIN_HEAD_AFTER`, as codes (read one character after a name's end: a single space). */
const ADMIN_HEAD_FIRST: ReadonlySet<number> = new Set(ADMIN_HEADS.map((head) => head.charCodeAt(0)));

/**
 * Places and names of no type followed by a division's head in lowercase (`ADMIN_HEAD_AFTER`) are
 * that division, with the cue they were read by ("in Soum province" is where the event is): a
 * region, or a county for a district. A division named after a town ("Kandahar province") is
 * another place than the town: the mention takes in the head and is named with it. Other names
 * ("the Nagorno-Karabakh region", "North Kivu province") are the division's own, with or without
 * the head: one place. A US state's name before "state" or "region" is the state ("Washington
 * state"); a US town's before any head is left as it was ("the Chicago region", "the Englewood
 * district": the surroundings or a part of a town), and so is a country's. A division named by its
 * head in capitals ("Helmand Province") is named without it when the name alone is no town's.
 * Note: a division the gazetteer lacks is given no country, not the dateline's: wire reports of a
 * war are datelined in a neighbour's capital ("BEIRUT — ... in Idlib province").
 */
function withAdminHeads(scope: Scope, mentions: readonly EntityMention[]): EntityMention[] {
  const text = scope.text;
  let out: EntityMention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    // "Helmand Province" (read as a division by its head): named without the head, as "Helmand province" and "Helmand" are.
    if (m.rule === 'en/entity/county' && m.place?.precision === 'region') {
      const name = divisionName(scope, m.name);
      if (name !== m.name) (out ??= [...mentions])[i] = { ...m, name, place: { ...m.place, name } };
      continue;
    }
    if (m.type !== 'place' && m.type !== 'unknown') continue;
    // "Borno State has seen fewer attacks", "Nigeria's northwestern Kaduna State": a country's state
    // named with its head in capitals, as "Zamfara state" is below. Not an American state's ("Ohio
    // State" is mostly a university's team).
    // Only a name of no cue the gazetteer knows: one where the event is ("in Zamfara State") is read
    // with the report's other places (`resolvePlaces`).
    if (m.rule === 'en/entity/unknown' && m.name.endsWith(' State')) {
      const bare = m.name.slice(0, -' State'.length);
      const gazetteer = scope.gazetteer();
      const reading = bare.includes(' ') || gazetteer.usState(bare) !== undefined || gazetteer.lookup(bare).length === 0 ? undefined : adminReading(scope, bare, 'state');
      if (reading !== undefined) {
        const name = reading.withHead ? m.name : bare;
        (out ??= [...mentions])[i] = { ...m, type: 'place', rule: 'en/entity/place-head', name, place: { ...reading.place, name } };
      }
      continue;
    }
    // Note: most names are followed by no head; a look at the letter after the space settles it first.
    if (!ADMIN_HEAD_FIRST.has(text.charCodeAt(m.span.end + 1))) continue;
    // Not an acronym ("DFL state senator"), nor a county's or a town's own name ("the Lake County region").
    if (m.name === m.name.toUpperCase() || NAMED_DIVISION_END.test(m.name)) continue;
    ADMIN_HEAD_AFTER.lastIndex = m.span.end;
    const head = ADMIN_HEAD_AFTER.exec(text);
    if (head === null) continue;
    const reading = adminReading(scope, m.name, head[1]!);
    if (reading === undefined) continue;
    const end = m.span.end + head[0].length;
    // A name the gazetteer lacks where the event is ("in Soum province") is read here, not as a town.
    const rule = m.rule === 'en/entity/unknown' ? 'en/entity/place-head' : m.rule === 'en/entity/place-event-unlisted' ? 'en/entity/place-event' : m.rule;
    const made: EntityMention = reading.withHead
      ? { ...m, type: 'place', rule, span: { ...m.span, end }, text: text.slice(m.span.start, end), name: reading.place.name, place: reading.place }
      : { ...m, type: 'place', rule, place: reading.place };
    (out ??= [...mentions])[i] = made;
  }
  return out ?? [...mentions];
}

/**
 * What follows a name that, with the names coordinated after it, is one of several sites of a kind:
 * "Madina and Erdogan hospitals", "the Al-Nur and Al-Huda mosques" (sticky; see `withSitesAndParts`).
 */
const PLURAL_SITES_AFTER = /(?:(?:,\s+[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?)*,?\s+and\s+[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?)?\s+(?:hospitals|clinics|schools|universities|colleges|mosques|churches|markets|prisons|camps|hotels|airports)\b/uy;
/** How far after a name `PLURAL_SITES_AFTER` may end. */
const PLURAL_SITES_REACH = 60;
/** Where `PLURAL_SITES_AFTER` read from `at` ends; Infinity when it does not match there. */
function pluralSitesEnd(text: string, at: number): number {
  PLURAL_SITES_AFTER.lastIndex = at;
  return PLURAL_SITES_AFTER.test(text) ? PLURAL_SITES_AFTER.lastIndex : Number.POSITIVE_INFINITY;
}
/** " neighborhood" after a name, not " neighborhood of" (sticky; see `withSitesAndParts`). */
const NEIGHBORHOOD_AFTER = /[^\S\n]+neighbou?rhood\b(?![^\S\n]+of\b)/y;
/** "the " right before a name (sticky, read from four characters before it). */
const THE_BEFORE = /[Tt]he[^\S\n]/y;

/**
 * Names read as towns that name one of several sites ("taken to Madina and Erdogan hospitals") are
 * no towns. Names read as towns or left untyped that a report calls "the X neighborhood" are that part of
 * its city, a point ("shot in the Austin neighborhood on the West Side" of Chicago, "the Milan
 * neighborhood" of New Orleans, "the Gresham neighborhood"), not the gazetteer's town of that name
 * (Austin, Texas; Milan, Italy; Gresham, Oregon): an event's town is never read off them. Not
 * "the Chicago neighborhood of Englewood" nor "a Stockton neighborhood", which name the town.
 */
function withSitesAndParts(scope: Scope, mentions: EntityMention[]): EntityMention[] {
  const text = scope.text;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    // "taken to Madina and Erdogan hospitals": names of sites before their plural head, not towns.
    if (m.type === 'place' && m.place?.precision === 'city' && pluralSitesEnd(text, m.span.end) <= m.span.end + PLURAL_SITES_REACH) {
      mentions[i] = asUnknown(m);
      continue;
    }
    // Note: most names are followed by no "neighborhood"; the letter after the space settles it first.
    if (text.charCodeAt(m.span.end + 1) !== 110 /* n */ || m.span.start < 4) continue;
    if ((m.type !== 'place' && m.type !== 'unknown') || m.place?.precision === 'point' || m.place?.precision === 'region' || m.place?.precision === 'country') continue;
    if (!stickyTest(NEIGHBORHOOD_AFTER, text, m.span.end) || !stickyTest(THE_BEFORE, text, m.span.start - 4)) continue;
    mentions[i] = { span: m.span, text: m.text, name: m.name, type: 'place', rule: 'en/entity/place-part', place: { name: m.name, precision: 'point' } };
  }
  return mentions;
}

/**
 * The name a division goes by: without its head ("Kaduna State" is "Kaduna"), unless the name
 * alone is a town's ("Kandahar Province" stays: Kandahar is the city) or nothing is left.
 */
function divisionName(scope: Scope, name: string): string {
  const head = REGION_HEAD_LAST.exec(name);
  if (head === null) return name;
  const bare = name.slice(0, head.index);
  return bare.length < 2 || scope.gazetteer().lookup(bare)[0]?.precision === 'city' ? name : bare;
}

/** A name that ends in a division's or a town's own head ("Lake County", "Jersey City"). */
const NAMED_DIVISION_END = /\s(?:County|Parish|Borough|City|Township)$/;

/** The division a name and its head word name (`withAdminHeads`), and whether its name holds the head; undefined when it is left as it was. */
function adminReading(scope: Scope, name: string, word: string): { readonly place: PlaceInfo; readonly withHead: boolean } | undefined {
  const gazetteer = scope.gazetteer();
  const usState = gazetteer.usState(name);
  if (usState !== undefined) return word === 'state' || word === 'region' ? { place: usState, withHead: false } : undefined;
  const readings = gazetteer.lookup(name);
  if (readings[0]?.country === 'US' || readings[0]?.precision === 'country') return undefined;
  const isNamesake = readings[0]?.precision === 'city';
  // A division's country is its namesake town's only when the town is a large one ("Kandahar
  // province", "Lagos State"): "Borno State" is no state of Italy, where the gazetteer's only Borno
  // is a village (the gazetteer lacks the Nigerian state). A division so named is given no country.
  const country = isNamesake && (readings[0]?.population ?? 0) < NAMESAKE_CAPITAL ? undefined : readings[0]?.country;
  // "the Sheffield district": a town's district is mostly a school's, a police force's or a ward.
  if (isNamesake && word === 'district') return undefined;
  const precision = word === 'district' ? 'county' : 'region';
  const place: PlaceInfo = {
    name: isNamesake ? displayName(`${name} ${word}`) : name,
    precision,
    ...(country !== undefined ? { country } : {}),
    // the region of the town the province is named after: most provinces so named hold their namesake
    ...(isNamesake && country !== undefined && precision === 'region' && readings[0]?.region !== undefined ? { region: readings[0].region } : {}),
  };
  return { place, withHead: isNamesake };
}

/** A town this large may give its country to a division named after it (`adminReading`). */
const NAMESAKE_CAPITAL = 50_000;

/** Cues that put a town where the report is from or where things happen: a dateline, "in X", "X, State". */
const US_TOWN_RULES: ReadonlySet<RuleId> = new Set(['en/entity/dateline', 'en/entity/dateline-city', 'en/entity/place-in', 'en/entity/place-event', 'en/entity/place-comma', 'en/entity/place-police']);

/** Weak place cues (`WEAK_PLACE_RULES`) that a surname or a common word takes as often as a town: not "in X", nor an event's place. */
const FOREIGN_DOUBT_RULES: ReadonlySet<RuleId> = new Set([...WEAK_PLACE_RULES].filter((r) => r !== 'en/entity/place-in' && r !== 'en/entity/place-event'));

function mergeByStart(mentions: readonly EntityMention[], split: number): EntityMention[] {
  const out: EntityMention[] = [];
  let i = 0;
  let j = split;
  while (i < split || j < mentions.length) {
    if (j >= mentions.length || (i < split && mentions[i]!.span.start <= mentions[j]!.span.start)) out.push(mentions[i++]!);
    else out.push(mentions[j++]!);
  }
  return out;
}

/** Whether a person mention ends right before ", and " / " or " that ends at `start`. */
function personBefore(text: string, start: number, personEnds: ReadonlyMap<number, EntityMention>): boolean {
  for (const between of [' and ', ', and ', ' or ', ', or ']) {
    const at = start - between.length;
    if (at >= 0 && personEnds.has(at) && text.startsWith(between, at)) return true;
  }
  return false;
}

/** A name without its possessive: "Baltimore's" -> "Baltimore", "Davis'" -> "Davis". */
function withoutPossessive(name: string): string {
  // Read as two characters rather than four `endsWith` calls: every run's name passes here.
  const last = name.length > 0 ? name.charCodeAt(name.length - 1) : 0;
  if (isApostrophe(last)) return name.slice(0, -1);
  return last === 115 && name.length > 1 && isApostrophe(name.charCodeAt(name.length - 2)) ? name.slice(0, -2) : name;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/**
 * The end of the run of capitalized words that starts at `start`: "Louisiana State Police
 * Trooper Stephen Hammons", "House of Commons of Great Britain", "Nagorno-Karabakh", "TULSA".
 * A word is an uppercase letter and letters, marks and apostrophes, with the dot of an
 * abbreviation ("Mr.", "J.") and hyphenated parts ("Nagorno -Karabakh"); words join over spaces
 * and tabs, or over a connector ("of", "de", "al", "of the"); a run never crosses a line break
 * between words or sentence punctuation.
 */
function readRun(text: string, start: number): number {
  let end = readWord(text, start);
  // Whether the run crossed "of" or "for" after an institution's word ("Department of Health").
  let isInstitution = false;
  for (;;) {
    let i = end;
    while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    if (i === end || i >= text.length) return end;
    if (isUpper(text.charCodeAt(i))) {
      end = readWord(text, i);
      continue;
    }
    // "Town 'n' Country", "Rock ‘n’ Roll": the clipped "and" between apostrophes, then a capitalized word.
    const clipped = clippedAndEnd(text, i);
    if (clipped !== undefined) {
      end = readWord(text, clipped);
      continue;
    }
    // A connector, then one space, then optionally "the" and one space.
    let j = i;
    while (j < text.length && text.charCodeAt(j) >= 97 && text.charCodeAt(j) <= 122) j++;
    const word = text.slice(i, j);
    // "Mohammed al-Hassan", "Saraya Awliya al-Dam": the Arabic article joined by a hyphen to the next name word.
    if ((word === 'al' || word === 'el') && text.charCodeAt(j) === 45 && isUpper(text.charCodeAt(j + 1))) {
      end = readWord(text, j + 1);
      continue;
    }
    if (word === 'and' && isInstitution && isSpace(text.charCodeAt(j))) {
      const conjunctEnd = institutionConjunct(text, j + 1);
      if (conjunctEnd === undefined) return end;
      end = conjunctEnd;
      isInstitution = false;
      continue;
    }
    if (j === i || j - i > 3 || !isJoinerAfter(text, word, end) || !isSpace(text.charCodeAt(j))) return end;
    if ((word === 'of' || word === 'for') && isInstitutionWord(lastWordLower(text, end))) isInstitution = true;
    j++;
    if (text.startsWith('the', j) && isSpace(text.charCodeAt(j + 3)) && isUpper(text.charCodeAt(j + 4))) {
      end = readWord(text, j + 4);
      continue;
    }
    if (!isUpper(text.charCodeAt(j))) return end;
    end = readWord(text, j);
  }
}

/**
 * Where the capitalized word after a clipped "and" starts ("'n' Country" in "Town 'n' Country",
 * "‘n’ Roll"): "n" between apostrophes, one space, an uppercase letter; undefined otherwise.
 */
function clippedAndEnd(text: string, i: number): number | undefined {
  const open = text.charCodeAt(i);
  if (!(isApostrophe(open) || open === 0x2018) || (text.charCodeAt(i + 1) | 32) !== 110 || !isApostrophe(text.charCodeAt(i + 2)) || !isSpace(text.charCodeAt(i + 3)) || !isUpper(text.charCodeAt(i + 4))) return undefined;
  return i + 4;
}

/** Whether a digit comes right before `start` or right after `end`, or one space away ("11 News", "8News", "News 4"). */
function isDigitBeside(text: string, start: number, end: number): boolean {
  const isDigit = (c: number) => c >= 48 && c <= 57;
  const before = text.charCodeAt(start - 1) === 32 ? start - 2 : start - 1;
  const after = text.charCodeAt(end) === 32 ? end + 1 : end;
  return isDigit(text.charCodeAt(before)) || isDigit(text.charCodeAt(after));
}

/** Words that make a "... Court" a court of law, not a street ("Superior Court", "U.S. District Court"). Lowercase. */
const LAW_COURT_WORDS: ReadonlySet<string> = new Set([
  'supreme', 'superior', 'district', 'circuit', 'county', 'municipal', 'appeals', 'appellate', 'family', 'juvenile', 'criminal', 'civil',
  'magistrate', 'magistrates', "magistrate's", 'federal', 'high', 'probate', 'traffic', 'city', 'state', 'recorders', "recorder's", 'claims',
  'bankruptcy', 'tax', 'international', 'constitutional', 'drug', 'general', 'sessions', 'common', 'pleas', 'crown', 'military', 'special',
  'justice', 'mental', 'health', 'housing', 'youth', 'chancery', 'surrogate', 'surrogate’s', 'orphans', 'small', 'night', 'territorial',
]);

/** A proceeding right before a court's name: "arraigned in East Boston Court", "is due in Dorset Court". */
const PROCEEDING_BEFORE = /\b(?:arraign\w*|appear\w*|sentenc\w*|tried|trial|hearing|judge|pleaded|pled|plea|indicted|charged|convicted|testif\w*|jury|due|filed|court date)\b[^.;!?]{0,30}$/i;

/**
 * Whether a run is a street's name that ends in "Court" ("the 800 block of Abbott Court"): no
 * word of the law in it ("Superior Court", "U.S. District Court") and no proceeding before it
 * ("arraigned in East Boston Court").
 */
function isStreetCourt(text: string, tokens: readonly Token[]): boolean {
  if (tokens.length < 2 || tokens[tokens.length - 1]!.lower !== 'court') return false;
  if (PROCEEDING_BEFORE.test(text.slice(Math.max(0, tokens[0]!.start - 60), tokens[0]!.start))) return false;
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (LAW_COURT_WORDS.has(t.lower) || isConnector(t) || has(t, ORGANIZATION_HEAD | ORGANIZATION_START | NOT_NAME | TITLE) || isDotted(t.text)) return false;
  }
  return true;
}

/**
 * Words that open no name though they may end one: a link's imperative before a name ("Watch
 * Porcha Johnson's report"; "Human Rights Watch" keeps its last word), a photo's credit ("Photo:
 * COURTESY OF DELAWARE STATE POLICE"). Trimmed at a run's start only, when two words or more follow. Lowercase.
 */
const START_ONLY_NOT_NAMES: ReadonlySet<string> = new Set(['watch', 'courtesy']);

/** The months' full names ("May", "March"), as a surname may be written. */
const MONTH_NAME_SET: ReadonlySet<string> = new Set(FULL_MONTH_NAMES);

/**
 * Whether the run's word at `i` is a surname that is a month's name (read of a run's last word): after a given
 * name, and no day's number after it ("Prime Minister Theresa May said", not "on Saturday, May 5").
 */
function isMonthSurname(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (i === 0 || !MONTH_NAME_SET.has(token.lower) || token.text !== token.text[0] + token.lower.slice(1)) return false;
  return isGivenName(tokens[i - 1]!.text) && !stickyTest(DIGIT_AFTER, text, token.end);
}

/** Most capitalized words after "and" that `institutionConjunct` joins to an institution's name. */
const CONJUNCT_WORDS = 3;

/**
 * The end of the capitalized words after "and" in an institution's name ("Centers for Disease
 * Control and Prevention", "Department of Health and Human Services"); undefined when they are not
 * part of it: a person ("Department of Justice and Attorney General Merrick Garland", "... and
 * Maria"), a county or a local agency ("... and Smith County"), a name that is no common word
 * ("University of Texas and Baylor": two universities), or more than `CONJUNCT_WORDS` words.
 */
function institutionConjunct(text: string, start: number): number | undefined {
  let i = start;
  let end: number | undefined;
  for (let words = 0; words < CONJUNCT_WORDS && i < text.length && isUpper(text.charCodeAt(i)); words++) {
    const wordEnd = readWord(text, i);
    const word = text.slice(i, wordEnd);
    const lower = word.toLowerCase();
    if (!isCommonWord(word) || isGivenName(word) || PERSON_TITLES.has(lower) || COUNTY_HEADS.has(lower) || CITY_HEADS.has(lower) || LOCAL_AGENCY_WORDS.has(lower)) return undefined;
    end = wordEnd;
    i = wordEnd;
    if (text.charCodeAt(i) !== 32 || !isUpper(text.charCodeAt(i + 1))) return end;
    i++;
  }
  return undefined;
}

/** An institution's word, before "of" or "for" ("Department", "Centers", "Office"); not a news outlet's. */
function isInstitutionWord(lower: string): boolean {
  const singular = lower.endsWith('s') ? lower.slice(0, -1) : lower;
  return !MEDIA_HEADS.has(lower) && (ORGANIZATION_HEADS.has(lower) || ORGANIZATION_STARTS.has(lower) || ORGANIZATION_HEADS.has(singular));
}

/** The word that ends at `end`, lowercased. */
function lastWordLower(text: string, end: number): string {
  let k = end;
  while (k > 0 && isNameChar(text.charCodeAt(k - 1))) k--;
  return text.slice(k, end).toLowerCase();
}

/** An abbreviation that keeps its dot (`DOTTED`), also in capitals, as datelines write it ("ST. LOUIS", "FT. WORTH"). */
function isDotted(word: string): boolean {
  return DOTTED.has(word) || (word.length > 1 && word === word.toUpperCase() && DOTTED.has(word[0] + word.slice(1).toLowerCase()));
}

/**
 * Whether a lowercase word joins the run that ends at `end` to the next capitalized word: a joiner
 * (`JOINERS`), or "for" after an institution's word ("Office for National Statistics", "Centers
 * for Disease Control", "Committee for the Defense of Human Rights").
 */
function isJoinerAfter(text: string, word: string, end: number): boolean {
  if (JOINERS.has(word)) return true;
  if (word !== 'for') return false;
  if (!isInstitutionWord(lastWordLower(text, end))) return false;
  // Not a person after it: "a vigil at Highline High School for Donovan Spann".
  let n = end;
  while (n < text.length && !isUpper(text.charCodeAt(n))) n++;
  let w = n;
  while (w < text.length && isNameChar(text.charCodeAt(w))) w++;
  return !isGivenName(text.slice(n, w));
}

/** The end of one capitalized word starting at `start` (an uppercase letter). */
function readWord(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && isNameChar(text.charCodeAt(i))) i++;
  // "Mr.", "St.", "J.": an abbreviation keeps its dot; "D.C.", "U.S.", "J.R.": initials are one word.
  if (text.charCodeAt(i) === 46 && (start === 0 || !isWordChar(text.charCodeAt(start - 1))) && (i - start === 1 || (i - start <= 4 && isDotted(text.slice(start, i))))) {
    i++;
    if (i - start === 2) while (isUpper(text.charCodeAt(i)) && text.charCodeAt(i + 1) === 46 && !isNameChar(text.charCodeAt(i + 2))) i += 2;
  }
  // "Nagorno-Karabakh", "Nagorno -Karabakh": hyphenated capitalized parts; "MIAMI - The" is a dash.
  for (;;) {
    let j = i;
    const spaceBefore = isSpace(text.charCodeAt(j));
    if (spaceBefore) j++;
    if (text.charCodeAt(j) !== 45) return i;
    j++;
    if (isSpace(text.charCodeAt(j))) {
      if (spaceBefore) return i;
      j++;
    }
    // "Jamaat-ul-Ahrar", "Salah-ud-Din": a short lowercase particle between hyphens inside a name.
    if (!spaceBefore && isLowerAsciiLetter(text.charCodeAt(j))) {
      let k = j;
      while (k < j + 3 && isLowerAsciiLetter(text.charCodeAt(k))) k++;
      if (text.charCodeAt(k) === 45 && isUpper(text.charCodeAt(k + 1))) j = k + 1;
    }
    if (!isUpper(text.charCodeAt(j))) return i;
    i = j + 1;
    while (i < text.length && isNameChar(text.charCodeAt(i))) i++;
  }
}

/** Splits a run into tokens at whitespace, with their offsets; connectors ("of") are tokens too. */
function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const s = i;
    while (i < end && !isSpace(text.charCodeAt(i))) i++;
    let value = text.slice(s, i);
    const previous = tokens[tokens.length - 1];
    // "Nagorno -Karabakh": the spaced hyphen joins the two words into one token.
    if (previous && value.charCodeAt(0) === 45) {
      const joined = `${previous.text} ${value}`;
      const lower = joined.toLowerCase();
      tokens[tokens.length - 1] = { text: joined, lower, flags: describe(joined, lower).flags, start: previous.start, end: i };
      continue;
    }
    if (!previous && value.endsWith('-')) value = value.slice(0, -1);
    const info = wordInfo(value);
    tokens.push({ text: value, lower: info.lower, flags: info.flags, start: s, end: s + value.length });
  }
  return tokens;
}

/** A token's lowercase form without a final dot and possessive: "Sgt." -> "sgt", "Smith's" -> "smith". */
function lowerOf(value: string): string {
  let lower = value.toLowerCase();
  if (lower.endsWith('.')) lower = lower.slice(0, -1);
  return withoutPossessive(lower);
}

/** Whether a token is a lowercase connector inside a run ("of", "de"). */
function isConnector(t: Token): boolean {
  return (t.flags & CONNECTOR) !== 0;
}

/** A word of a title: "Minister", "Congressmen" (plural), "Sgt.". */
function isTitleWord(t: Token): boolean {
  return (t.flags & TITLE) !== 0;
}

/** A title word in the plural ("Members", "Officers", "Congressmen"): a title of several people. */
function isPluralTitle(t: Token): boolean {
  return isTitleWord(t) && !PERSON_TITLES.has(t.lower);
}

function has(t: Token, flag: number): boolean {
  return (t.flags & flag) !== 0;
}

type Typed = EntityType | 'unknown';

const NO_EXTRA: { title?: string; place?: PlaceInfo } = {};

function makeMention(doc: SourceDoc, tokens: readonly Token[], type: Typed, rule: RuleId, extra: { title?: string; place?: PlaceInfo } = NO_EXTRA): EntityMention {
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  const text = doc.text.slice(first.start, last.end);
  const span = { doc: doc.id, start: first.start, end: last.end };
  const name = displayName(text);
  if (extra.title !== undefined) return extra.place !== undefined ? { span, text, name, type, title: extra.title, place: extra.place, rule } : { span, text, name, type, title: extra.title, rule };
  return extra.place !== undefined ? { span, text, name, type, place: extra.place, rule } : { span, text, name, type, rule };
}

const SPACES = /\s+/g;
const SPACED_HYPHEN = / ?- ?/g;

/** A name as shown: no possessive "'s", single spaces, no spaces around hyphens. */
function displayName(text: string): string {
  // "John Suthers' office": a possessive of a name ending in s drops its apostrophe alone.
  let name = text.endsWith("'s") || text.endsWith('’s') ? text.slice(0, -2) : /s['’]$/.test(text) ? text.slice(0, -1) : text;
  let plain = true;
  for (let i = 0; i < name.length && plain; i++) {
    const c = name.charCodeAt(i);
    if (c === 45 || (c === 32 && name.charCodeAt(i + 1) === 32) || (c !== 32 && isSpace(c))) plain = false;
  }
  if (!plain) name = name.replace(SPACES, ' ').replace(SPACED_HYPHEN, '-');
  return name;
}

/** The tokens after the connector at `at`, past a "the" after it ("Sheriff John Smith of [the] Harris County Sheriff's Office"). */
function afterConnector(tokens: readonly Token[], at: number): readonly Token[] {
  return tokens.slice(tokens[at + 1]?.lower === 'the' ? at + 2 : at + 1);
}

/**
 * Where a titled name ends at the run's first connector ("Chief Deputy Steve Johnson | of the ...
 * Sheriff's Office"): a title, then name words that are no title or head of an organization, then
 * the connector; -1 when the run does not open so ("Department of Health", "Minister of Defense").
 */
function titledNameEnd(tokens: readonly Token[]): number {
  const at = tokens.findIndex(isConnector);
  if (at < 2) return -1;
  let title = -1;
  for (let i = 0; i < at; i++) if (isTitleWord(tokens[i]!)) title = i;
  if (title < 0 || title >= at - 1) return -1;
  const name = tokens.slice(title + 1, at);
  return name.every((t) => !has(t, ORGANIZATION_HEAD | TITLE | NOT_NAME)) && isNameLike(name) ? at : -1;
}

/** A run that could be a name: not only stop words, not a demonym, at most six words. */
function isNameLike(tokens: readonly Token[]): boolean {
  if (tokens.length === 0 || tokens.length > 6) return false;
  if (tokens.some((t) => has(t, CALENDAR))) return false;
  if (tokens.length === 1 && (has(tokens[0]!, NOT_NAME | DEMONYM) || tokens[0]!.text.length < 3)) return false;
  return true;
}

/**
 * Whether `name`, the words kept of those after a title (`after`), is a person's name. The word
 * right after the title must open it: not a stop word ("Suspects At Large", "Victims After
 * Shooting"), nor a county's or an agency's head ("King County Prosecutors"); no word of the name
 * is a stop word ("Teen Fatally Shot In Head"). In a title-case line (a headline, where every word
 * is capitalized) neither may be a word the report also writes in lowercase ("Father Charged With
 * Shooting", "Police Chief Speak About Navy Yard Shooting").
 */
function isTitledName(scope: Scope, after: readonly Token[], name: readonly Token[]): boolean {
  // "Justice of the Peace Greg Dawson": a title's complement opens with a connector, the name comes after it.
  const first = isConnector(after[0]!) ? name[0]! : after[0]!;
  // "Teen Shoots Man During Robbery, Prosecutors Say": a verb of saying is no name.
  if (SPEECH_WORDS.has(first.lower)) return false;
  if (isNoNameWord(first) || name.some(isStopWord)) return false;
  if (!isTitleCaseLine(scope, first.start)) return true;
  return !hasLowercaseWord(scope, first.lower) && !name.some((t) => hasLowercaseWord(scope, t.lower));
}

/** A stop word (`NOT_NAMES`) that is no initial ("A." in "Detective A. Reddick" is one). */
function isStopWord(t: Token): boolean {
  return has(t, NOT_NAME) && t.lower.length > 1;
}

/** A word in no person's name: a stop word, or a county's, a street's or an agency's head ("King County", "N Street", "EMS"). */
function isNoNameWord(t: Token): boolean {
  return isStopWord(t) || has(t, COUNTY_HEAD | STREET_HEAD | ORGANIZATION_HEAD);
}

/** Words of four letters or more (`isTitleCaseLine`). */
const LONG_WORD = /\p{L}{4,}/gu;

/**
 * Whether the line around `at` is written in title case: at least three words of four letters or
 * more, and four in five of them capitalized (a headline, "Father Charged With Shooting, Killing
 * Daughter"). Only the 200 characters on each side are read.
 */
function isTitleCaseLine(scope: Scope, at: number): boolean {
  const text = scope.text;
  let start = at;
  const min = Math.max(0, at - 200);
  while (start > min && text.charCodeAt(start - 1) !== 10) start--;
  let end = at;
  const max = Math.min(text.length, at + 200);
  while (end < max && text.charCodeAt(end) !== 10) end++;
  const key = start * 512 + (end - start);
  const known = scope.titleCaseLines.get(key);
  if (known !== undefined) return known;
  // Note: on the line's slice, so that no scan for the next word runs past it (a run of titles in one long line).
  const line = text.slice(start, end);
  let words = 0;
  let capitalized = 0;
  LONG_WORD.lastIndex = 0;
  for (let m = LONG_WORD.exec(line); m !== null; m = LONG_WORD.exec(line)) {
    words++;
    if (isUpper(line.charCodeAt(m.index))) capitalized++;
  }
  const isTitleCase = words >= 3 && capitalized * 5 >= words * 4;
  scope.titleCaseLines.set(key, isTitleCase);
  return isTitleCase;
}

/** The lowercase title word right before a run: "Soviet leader Mikhail Gorbachev" -> 'leader'. */
function titleBefore(text: string, start: number): string | undefined {
  const min = Math.max(0, start - 40);
  let j = start;
  if (j <= min || !isSpace(text.charCodeAt(j - 1))) return undefined;
  while (j > min && isSpace(text.charCodeAt(j - 1))) {
    // "a police spokesman.\n\nAfterward, ...": a title never reaches over a line break.
    if (text.charCodeAt(j - 1) === 10) return undefined;
    j--;
  }
  return titleEndingAt(text, j, min);
}

/**
 * The lowercase title word of an apposition right before a run: "the town's mayor, Aissa Moussa"
 * -> 'mayor', "a local councillor, Halidou Maiga" -> none ('councillor' is no title).
 */
function appositionTitleBefore(text: string, start: number): string | undefined {
  if (start < 3 || text.charCodeAt(start - 1) !== 32 || text.charCodeAt(start - 2) !== 44) return undefined;
  const title = titleEndingAt(text, start - 2, Math.max(0, start - 42));
  if (title !== undefined) return title;
  // "the mayor of Jamundí, Paola Castillo": a title of a place or a body.
  const of = TITLE_OF_BEFORE.exec(text.slice(Math.max(0, start - 2 - 60), start - 2));
  // Note: not "member" ("a member of the Berlin Little League, Berlin Youth Football and ..." lists bodies).
  return of !== null && PERSON_TITLES.has(of[1]!) && of[1] !== 'member' ? of[0].trim() : undefined;
}

/** A lowercase title and the capitalized name of what it is the title of, ending a text: "mayor of Jamundí", "head of the Red Cross". */
const TITLE_OF_BEFORE = /\b([a-z]+)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/** The lowercase title word (`PERSON_TITLES`) that ends at `end`, read back no further than `min`. */
function titleEndingAt(text: string, end: number, min: number): string | undefined {
  let j = end;
  for (let c = text.charCodeAt(j - 1); j > min && (isLetter(c) || c === 46 || c === 45); c = text.charCodeAt(--j - 1));
  if (j === end) return undefined;
  const word = text.slice(j, end);
  const lower = word.toLowerCase();
  if (word !== lower) return undefined;
  const key = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  // "said the spokesman. Afterward", "at his friend's head. Witnesses say": a word that ends its
  // sentence is no title of the next one; an abbreviation's period ("det.", "Sgt.") ends none.
  if (key !== lower && !CONTINUING_ABBREVIATIONS.has(key)) return undefined;
  return PERSON_TITLES.has(key) && key !== 'member' ? word : undefined;
}

/** Person nouns, singular and plural ("marshal", "woman"): the titles and `UNNAMED_NOUNS`. */
const PERSON_NOUNS: ReadonlySet<string> = new Set([...PERSON_TITLES, ...UNNAMED_NOUNS]);
/** A word in lowercase after one space. */
const LOWER_WORD_AT = / ([a-z]+)\b/y;

/** Whether a lowercase person noun follows `end` after one space ("U.S. marshals", "IDs woman"). */
function isPersonNounAt(text: string, end: number): boolean {
  LOWER_WORD_AT.lastIndex = end;
  const word = LOWER_WORD_AT.exec(text)?.[1];
  if (word === undefined) return false;
  return PERSON_NOUNS.has(word) || (word.endsWith('s') && PERSON_NOUNS.has(word.slice(0, -1))) || (word.endsWith('men') && PERSON_NOUNS.has(`${word.slice(0, -3)}man`));
}

/** The lowercase word before `start` over non-word characters ("in Tulsa", "in (Tulsa"), within 30 characters. */
function wordBefore(text: string, start: number): string | undefined {
  const min = Math.max(0, start - 30);
  let j = start;
  while (j > min) {
    const c = text.charCodeAt(j - 1);
    if (isWordChar(c) || isLetter(c)) break;
    j--;
  }
  const end = j;
  while (j > min && isLetter(text.charCodeAt(j - 1))) j--;
  return j < end ? text.slice(j, end).toLowerCase() : undefined;
}

/** The ASCII word ending at `end` after at least one space, lowercase, with its start; or undefined. */
function spacedWordBefore(text: string, end: number): { word: string; start: number } | undefined {
  let j = end;
  if (j === 0 || !isSpace(text.charCodeAt(j - 1))) return undefined;
  while (j > 0 && isSpace(text.charCodeAt(j - 1))) j--;
  const wordEnd = j;
  while (j > 0 && ((text.charCodeAt(j - 1) | 0x20) >= 97 && (text.charCodeAt(j - 1) | 0x20) <= 122)) j--;
  if (j === wordEnd || (j > 0 && isWordChar(text.charCodeAt(j - 1)))) return undefined;
  return { word: text.slice(j, wordEnd).toLowerCase(), start: j };
}

/** A speech verb or byline right before a name: "said Hammons", "according to Smith", "written by Smith", "By Smith" opening a line. */
function isSpeechBefore(text: string, start: number): boolean {
  const w1 = spacedWordBefore(text, start);
  if (!w1 || start - w1.start > 30) return false;
  if (SPEECH_VERBS_BEFORE.has(w1.word)) return true;
  if (w1.word === 'to') return spacedWordBefore(text, w1.start)?.word === 'according';
  if (w1.word !== 'by') return false;
  if (w1.start === 0 || text.charCodeAt(w1.start - 1) === 10) return true;
  const w2 = spacedWordBefore(text, w1.start);
  return w2 !== undefined && BYLINE_VERBS.has(w2.word);
}

/** Whether `start` opens a sentence: only spaces and quotation marks stand between it and sentence punctuation, a line break or the start of the text. */
function isSentenceStart(text: string, start: number): boolean {
  for (let j = start - 1; j >= 0; j--) {
    const c = text.charCodeAt(j);
    if (c === 46 || c === 33 || c === 63 || c === 10 || c === 58) return true;
    if (!isSpace(c) && c !== 34 && c !== 0x201c && c !== 39 && c !== 0x2018) return false;
  }
  return true;
}

/** How far back in its sentence an event word may stand before "in X". */
const EVENT_REACH = 160;

/**
 * What "in X" at `start` says: `facility` where someone was taken or held ("taken to a hospital
 * in Little Rock"); `event` where the event happened, when an event word stands before it in the
 * same sentence ("the shootings in Charenton"); else `place`.
 */
function placeCueBefore(text: string, start: number): 'event' | 'facility' | 'place' {
  const min = Math.max(0, start - EVENT_REACH);
  let from = start;
  while (from > min) {
    const c = text.charCodeAt(from - 1);
    // A sentence ends at . ! ? or a line break; "St." or "Jr." inside a sentence end it too, which only loses a cue.
    if (c === 10 || c === 33 || c === 63 || (c === 46 && isSpace(text.charCodeAt(from)))) break;
    from--;
  }
  const before = text.slice(from, start);
  if (FACILITY_BEFORE.test(before)) return 'facility';
  return EVENT_WORDS.test(before) ? 'event' : 'place';
}

/** Whether only spaces and a line break (or the start of the text) stand before `start`. */
function isLineStart(text: string, start: number): boolean {
  if (start === 0) return true;
  const min = Math.max(0, start - 30);
  for (let j = start - 1; j >= min; j--) {
    const c = text.charCodeAt(j);
    if (c === 10) return true;
    if (!isSpace(c)) return false;
  }
  return false;
}

function stickyTest(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/**
 * Types one capitalized run and pushes its mentions. Order of the cues, strongest first:
 * calendar words (an event name, never a person), a title inside or before the run (person,
 * with what comes before the title an organization), an organization head word, the gazetteer
 * and place cues, speech verbs and ages (person). A run with none of them is left untyped.
 */
function typeRun(scope: Scope, run: readonly Token[], out: EntityMention[], untyped: Token[][]): void {
  const { doc, text } = scope;
  // "Prime Minister Theresa May": a month's name after a given name is a surname, no calendar word.
  const all = run.length > 1 && has(run[run.length - 1]!, CALENDAR) && isMonthSurname(text, run, run.length - 1) ? [...run.slice(0, -1), { ...run[run.length - 1]!, flags: run[run.length - 1]!.flags & ~(NOT_NAME | CALENDAR) }] : run;
  // Trim stop words at both ends ("On January", "The Human Rights Watch", "Baky Against").
  let lo = 0;
  let hi = all.length;
  while (lo < hi && ((has(all[lo]!, NOT_NAME | CONNECTOR) && !isTitleWord(all[lo]!)) || (lo + 2 < hi && START_ONLY_NOT_NAMES.has(all[lo]!.lower)))) lo++;
  while (hi > lo && has(all[hi - 1]!, NOT_NAME | CONNECTOR)) hi--;
  if (hi === lo) return;
  // "Mountain Home, Arkansas": a town whose name ends in a stop word keeps it.
  if (hi < all.length && !isConnector(all[all.length - 1]!) && scope.gazetteer().lookup(joined(all.slice(lo))).some((c) => c.precision === 'city')) hi = all.length;
  const tokens = lo === 0 && hi === all.length ? all : all.slice(lo, hi);
  // "Black January", "Day of National Mourning": an event or a date; "in Spring" may be a town (`commonWordPlace`).
  if (tokens.some((t) => has(t, CALENDAR))) {
    const place = tokens.length === 1 ? commonWordPlace(scope, tokens[0]!) : undefined;
    if (place) out.push(place);
    return;
  }
  // "Frankfort Teen Accidentally Shot": in a title-case headline, a town before a person's noun,
  // capitalised as every word is, is the town the person is from ("a Frankfort teen"); the rest is read apart.
  const nounAt = tokens.length >= 2 ? tokens.findIndex((t, i) => i >= 1 && i <= 3 && HEADLINE_PERSON_NOUNS.has(t.lower)) : -1;
  if (nounAt > 0 && isTitleCaseLine(scope, tokens[0]!.start)) {
    const town = tokens.slice(0, nounAt);
    const city = town.some((t) => has(t, NOT_NAME | TITLE) || isConnector(t)) ? undefined : scope.gazetteer().lookup(withoutPossessive(joined(town))).find((c) => c.precision === 'city');
    if (city) {
      out.push(makeMention(doc, town, 'place', 'en/entity/place-modifier', { place: city }));
      if (nounAt + 1 < tokens.length) typeRun(scope, tokens.slice(nounAt + 1), out, untyped);
      return;
    }
  }
  // "CCSO Shakure Pittman" (a photo's source), "CNN Anderson Cooper": an agency's or an outlet's
  // capitals before a given name and a surname are the agency, then the person.
  if (
    tokens.length >= 3 && tokens.length <= 4 && ACRONYM.test(tokens[0]!.text) && tokens[0]!.text.length >= 3 && !NOT_ORGANIZATION_ACRONYMS.has(tokens[0]!.text) &&
    !isCommonWord(tokens[1]!.lower) && tokens.slice(1).every((t) => !has(t, TITLE | ORGANIZATION_HEAD | NOT_NAME | COUNTY_HEAD | STREET_HEAD) && !isUpperCase(t.text))
  ) {
    out.push(makeMention(doc, tokens.slice(0, 1), 'organization', 'en/entity/acronym'));
    typeRun(scope, tokens.slice(1), out, untyped);
    return;
  }
  // "Forsyth Co. murder-suicide", "the Clark Co. Sheriff's Office": "Co." after the name of a US
  // county is the county (not a company); the name the county goes by, "Forsyth County".
  const coAt = tokens.length >= 2 ? tokens.findIndex((t, i) => i >= 1 && i <= 3 && t.lower === 'co') : -1;
  if (coAt > 0 && !tokens.slice(0, coAt).some((t) => isConnector(t) || has(t, NOT_NAME | TITLE))) {
    const words = displayName(joined(tokens.slice(0, coAt)));
    const name = `${words.length > 3 && isUpperCase(words) ? titleCase(words) : words} County`;
    if ((scope.gazetteer().usCountyStates?.(name).length ?? 0) > 0) {
      out.push({ ...makeMention(doc, tokens.slice(0, coAt + 1), 'place', 'en/entity/county', { place: { name, precision: 'county' } }), name });
      if (coAt === tokens.length - 1) return;
    }
  }
  // "Alex and Susan Craig", "Amy and Lance Buckley": a given name alone before "and" and a full name shares its surname.
  if (tokens.length === 1) {
    const shared = sharedSurnamePerson(scope, tokens[0]!);
    if (shared) {
      out.push(shared);
      return;
    }
  }
  // "Islamic State claimed the bombing", "Boko Haram fighters": an armed group named without a head word.
  if (tokens.length <= 4 && ARMED_GROUP_FIRST_WORDS.has(tokens[0]!.lower) && ARMED_GROUPS.has(joined(tokens).toLowerCase())) {
    out.push(makeMention(doc, tokens, 'organization', 'en/entity/armed-group'));
    return;
  }
  // "the group Saraya Awliya al-Dam", "the militia Ansar Dine": a name after a group's noun in lowercase.
  // Note: the word before is read first; the pattern runs only after a group's noun or "called", "named", "as".
  // "a new group, Saraya Awliya al-Dam, have said": after a comma, the name is set off by one after it too.
  const group = tokens.length <= 5 && GROUP_WORDS_BEFORE.has(wordBefore(text, tokens[0]!.start) ?? '') ? GROUP_NOUN_BEFORE.exec(text.slice(Math.max(0, tokens[0]!.start - 40), tokens[0]!.start)) : null;
  if (group && (!group.groups?.['comma']?.includes(',') || stickyTest(COMMA_AFTER, text, tokens[tokens.length - 1]!.end))) {
    out.push(makeMention(doc, tokens, 'organization', 'en/entity/group-noun'));
    return;
  }
  // "Lt. Colleen Stuart of the Topeka Police Department": a titled person, then the agency.
  if (tokens.length >= 5 && isTitleWord(tokens[0]!) && has(tokens[tokens.length - 1]!, ORGANIZATION_HEAD)) {
    const of = tokens.findIndex((t) => t.lower === 'of');
    if (of >= 2 && of <= 4 && !tokens.slice(1, of).some((t) => isTitleWord(t) || isConnector(t) || has(t, ORGANIZATION_HEAD))) {
      typeRun(scope, tokens.slice(0, of), out, untyped);
      typeRun(scope, tokens.slice(of + 1), out, untyped);
      return;
    }
  }
  // "Maru LGA of Zamfara State", "Faskari Local Government Area of Katsina State": a division of a
  // state or a province, each typed on its own.
  // (a division's name is a few words: a run of thousands of capitalised words is read in linear time)
  const divisionOf = tokens.length > 2 ? tokens.slice(0, MAX_DIVISION_WORDS + 1).findIndex((t, i) => i >= 2 && t.lower === 'of' && i < tokens.length - 1 && isDivisionEnd(tokens.slice(0, i))) : -1;
  if (divisionOf > 0) {
    typeRun(scope, tokens.slice(0, divisionOf), out, untyped);
    typeRun(scope, afterConnector(tokens, divisionOf), out, untyped);
    return;
  }
  const local = tokens.length >= 3 ? localGovernmentAt(tokens) : undefined;
  if (local !== undefined) {
    // named as the short form is ("Maru LGA"), so that both forms are one place
    const name = `${displayName(joined(tokens.slice(0, local)))} LGA`;
    out.push({ ...makeMention(doc, tokens, 'place', 'en/entity/county', { place: { name, precision: 'county' } }), name });
    return;
  }
  // A title inside the run: "Louisiana State Police Trooper Stephen Hammons", "Ambassador Vilayat Guliyev".
  let titleAt = -1;
  // "Dalmora General Hospital": a run that ends in an organization head is no person, whatever its title words.
  // "the 3900 block of Trailwood Court": a court that no word of the law names ("Superior Court",
  // "Court of Appeals") is a street's.
  const isOrganizationHeaded = has(tokens[tokens.length - 1]!, ORGANIZATION_HEAD) && !isStreetCourt(text, tokens);
  // "Chief Deputy Steve Johnson of the Douglas County Sheriff's Office": a titled person, then the
  // organization after a connector; each typed on its own.
  const affiliationAt = isOrganizationHeaded ? titledNameEnd(tokens) : -1;
  if (affiliationAt > 0) {
    typeRun(scope, tokens.slice(0, affiliationAt), out, untyped);
    const rest = afterConnector(tokens, affiliationAt);
    if (rest.length > 0) typeRun(scope, rest, out, untyped);
    return;
  }
  // "West King Street", "Princess Anne Road", "Prince George's County": nor is a street's or a
  // county's name ("Sheriff Arthur Townsend of Lunenburg County" names its county after a connector).
  const isPlaceHeaded = has(tokens[tokens.length - 1]!, STREET_HEAD | COUNTY_HEAD) && !tokens.some(isConnector);
  for (let i = tokens.length - 2; i >= 0 && !isOrganizationHeaded && !isPlaceHeaded; i--) {
    // "Minister of Defense of the USSR Dmitry Yazov": a title that opens the run may take a complement.
    // A plural title with a complement names a group, not the person after it: "Members of Cease Fire".
    // A title in the possessive before one word names an agency or a group, not a person: "Sheriff's
    // Station", "Sheriff's Forensics", "the King's Daughters" ("State's Attorney's Tom Gibbons" is one).
    // "Seminole County Sheriff's Office- Original Source" (a photo's credit): a title's possessive before an organization's head word names the organization.
    if (isTitleWord(tokens[i]!) && POSSESSIVE_END.test(tokens[i]!.text) && (has(tokens[i + 1]!, ORGANIZATION_HEAD) || ORGANIZATION_HEADS.has(tokens[i + 1]!.lower.replace(/-$/, '')))) break;
    if (isTitleWord(tokens[i]!) && !(i >= tokens.length - 2 && POSSESSIVE_END.test(tokens[i]!.text)) && (!isConnector(tokens[i + 1]!) || (i === 0 && !isConnector(tokens[tokens.length - 2]!) && !isPluralTitle(tokens[i]!)))) {
      titleAt = i;
      break;
    }
  }
  // "Kings Mountain", "King Soopers", "Prince Hall": a royal title before one word that is no given
  // name opens the name of a place, a shop or a hall, typed as any other run ("Queen Elizabeth" is a person).
  if (titleAt === 0 && tokens.length === 2 && isRoyalTitle(tokens[0]!.lower) && !isGivenName(tokens[1]!.text)) titleAt = -1;
  if (titleAt >= 0) {
    const after = tokens.slice(titleAt + 1);
    // "the Sheriff of Harris County": a title's complement that is a place, no person's name.
    if (isConnector(after[0]!) && after.length >= 3 && has(after[after.length - 1]!, COUNTY_HEAD | STREET_HEAD)) {
      const rest = after[1]!.lower === 'the' ? after.slice(2) : after.slice(1);
      if (rest.length > 0) typeRun(scope, rest, out, untyped);
      return;
    }
    const own = ownName(after);
    // Keep at most three name words: "Member of the House of Commons of Great Britain Bob Blackman".
    const cut = own.length < after.length ? [...own] : nameSuffix(after);
    const before = tokens.slice(0, titleAt);
    const titleStart = tokens[titleAt]!;
    const head = before.length > 0 && has(before[before.length - 1]!, ORGANIZATION_HEAD) ? before : [];
    if (head.length > 0) {
      // "Chicago Police Superintendent Garry McCarthy": the agency's town, as for "Chicago Police" alone.
      const agencyPlace = placeOfAgency(scope, head);
      if (agencyPlace) out.push(agencyPlace);
      out.push(makeMention(doc, head, 'organization', 'en/entity/organization-head'));
    }
    const titleText = text.slice((head.length > 0 ? titleStart : before[0] ?? titleStart).start, cut[0]!.start).trim();
    // "Victim ID'd in shooting", "Suspect Description:": after a part in the happening, one word is no name.
    // "King Soopers", "Prince Hall", "Kings Mountain": after a royal title, one word is a name only when it is a given name ("Queen Elizabeth").
    const isNamed =
      cut.length >= (PART_TITLES.has(titleStart.lower) ? 2 : 1) && !(cut.length === 1 && isRoyalTitle(titleStart.lower) && !isGivenName(cut[0]!.text));
    if (isNamed && isNameLike(cut) && isTitledName(scope, after, cut)) out.push(makeMention(doc, cut, 'person', 'en/entity/title', { title: titleText }));
    // "Sheriff John Smith of Harris County": the affiliation after the name is typed on its own.
    if (own.length < after.length && isConnector(after[own.length]!)) {
      const rest = afterConnector(after, own.length);
      if (rest.length > 0) typeRun(scope, rest, out, untyped);
    }
    return;
  }
  // A title in lowercase before the run: "Soviet leader Mikhail Gorbachev", "the envoy Khazar Ibrahim".
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  // "Florida Department of Transportation", "Georgia Bureau of Investigation": a head right before the complement.
  const connectorAt = tokens.length >= 3 ? tokens.findIndex(isConnector) : -1;
  const isHeadOfComplement = connectorAt >= 2 && has(tokens[connectorAt - 1]!, ORGANIZATION_HEAD);
  if (isOrganizationHeaded || isHeadOfComplement || (tokens.length >= 3 && has(first, ORGANIZATION_START) && connectorAt >= 0)) {
    // "Soviet Union" is a place although "union" heads organizations: the gazetteer decides first.
    const place = scope.gazetteer().lookup(joined(tokens))[0];
    // "Georgia Bureau of Investigation" says the report is from Georgia; "Washington Post" does not.
    if (!MEDIA_HEADS.has(last.lower)) noteState(scope, tokens);
    if (place && place.precision === 'country') {
      out.push(makeMention(doc, tokens, 'place', 'en/entity/gazetteer', { place }));
      return;
    }
    // "Bellefontaine Police Department": the place the agency serves is a place of the event.
    const agencyPlace = placeOfAgency(scope, tokens);
    if (agencyPlace) out.push(agencyPlace);
    // "Police said ...": a head word alone opening a sentence is a common noun, not a name; so is
    // "News" alone ("News, Weather, Sports") and a station's head word beside its channel's number
    // ("told 11 News", "KING 5 News", "told News 4"): every station's would be one organization "News".
    if (tokens.length === 1 && (isSentenceStart(text, first.start) || first.lower === 'news' || (MEDIA_HEADS.has(first.lower) && isDigitBeside(text, first.start, first.end)))) return;
    out.push(makeMention(doc, tokens, 'organization', 'en/entity/organization-head'));
    return;
  }
  const lowerTitle = titleBefore(text, first.start);
  // "two deputy U.S. marshals", "chief Pentagon correspondent", "coroner IDs woman": a run right
  // before a person noun in lowercase qualifies that noun; the title before it is the noun's.
  if (lowerTitle && tokens.length <= 3 && isNameLike(tokens) && !isPersonNounAt(text, last.end)) {
    out.push(makeMention(doc, tokens, 'person', 'en/entity/title', { title: lowerTitle }));
    return;
  }
  // "A Shooting Overnight In Kanawha County Leaves Two Injured", "the Travis County Jail": a US
  // county's head inside a run ends the county's name, the rest read apart, when a title-case
  // headline's preposition opens the county or a site follows it. Not a county's officer or agency
  // ("the Aiken County Coroner", "Montgomery County Detectives"): one name, as before.
  const countyAt = tokens.length >= 3 ? tokens.findIndex((t, i) => i >= 1 && i < tokens.length - 1 && (t.lower === 'county' || t.lower === 'parish')) : -1;
  const isCountyThenRest =
    countyAt > 0 &&
    !tokens.slice(0, countyAt).some(isConnector) &&
    (tokens.slice(0, countyAt - 1).some((t) => PLACE_PREPOSITIONS.has(t.lower) && isUpper(t.text.charCodeAt(0))) || COUNTY_SITE_HEADS.has(tokens[countyAt + 1]!.lower));
  if (isCountyThenRest) {
    typeRun(scope, tokens.slice(0, countyAt + 1), out, untyped);
    typeRun(scope, tokens.slice(countyAt + 1), out, untyped);
    return;
  }
  // Places: county and city heads, translated prefixes, the gazetteer.
  if (tokens.length >= 2 && has(last, COUNTY_HEAD)) {
    // "Child Dies After Accidental Shooting In Robertson County": a headline's capitals end at its last preposition.
    let from = 0;
    for (let i = tokens.length - 2; i > 0 && from === 0; i--) if (tokens[i]!.lower !== 'of' && PLACE_PREPOSITIONS.has(tokens[i]!.lower) && isUpper(tokens[i]!.text.charCodeAt(0))) from = i + 1;
    const county = from > 0 && from < tokens.length - 1 ? tokens.slice(from) : tokens;
    out.push(makeMention(doc, county, 'place', 'en/entity/county', { place: countyPlace(scope, county) }));
    return;
  }
  const isBlockOf = BLOCK_OF_BEFORE.test(text.slice(Math.max(0, first.start - 12), first.start));
  // "the 300 block of Poplar", "the 4900 block of Gotham": a street named bare, not a town (Poplar, London).
  if ((tokens.length >= 2 && has(last, POINT_HEAD)) || (isBlockOf && tokens.length <= 3 && !tokens.some(isConnector))) {
    // "the 200 block of Arnold Street": American police wording (`eventPlaces` reads the report as American).
    const rule = isBlockOf ? 'en/entity/street-block' : 'en/entity/street';
    out.push(makeMention(doc, tokens, 'place', rule, { place: { name: joined(tokens), precision: 'point' } }));
    return;
  }
  const hyphen = first.lower.indexOf('-');
  const firstWord = hyphen < 0 ? first.lower : first.lower.slice(0, hyphen).trimEnd();
  if (TRANSLATED_PREFIXES.has(firstWord) && (tokens.length >= 2 || hyphen >= 0)) {
    out.push(makeMention(doc, tokens, 'place', 'en/entity/place-prefix'));
    return;
  }
  // "Brooks Steen of the Myrtle Beach area": a person of a town, typed as two names.
  const of = personOfPlace(scope, tokens);
  if (of !== undefined) {
    // "John Smith of Tulsa said": the speech cue of the whole run is the person's.
    const head = tokens.slice(0, tokens[of]!.text === 'the' ? of - 1 : of);
    if (stickyTest(SPEECH_AFTER, text, last.end) || isSpeechBefore(text, first.start)) out.push(makeMention(doc, head, 'person', 'en/entity/speech'));
    else typeRun(scope, head, out, untyped);
    typeRun(scope, tokens.slice(of + 1), out, untyped);
    return;
  }
  const found = placeOf(scope, tokens);
  if (found) {
    out.push(makeMention(doc, tokens, 'place', found.rule, { place: found.place }));
    return;
  }
  // Note: a name after "the village of" may end as a demonym does ("Tamberi"): it is a place all the same.
  const isPlaceNounBefore = PLACE_NOUN_BEFORE.test(text.slice(Math.max(0, first.start - 24), first.start));
  // Not an acronym before the noun: "a DFL state senator" names a party ("the town of ABC" is a town).
  const isAcronymRun = tokens.length === 1 && ACRONYM.test(first.text);
  // "an attack on Kadawa community", "residents of Kadawa community": a village; not a people ("in
  // the Somali community", "Hispanic community leaders": a determiner or no preposition before, a demonym).
  const isCommunity = tokens.length <= 2 && !isAcronymRun && !has(first, DEMONYM) && stickyTest(COMMUNITY_AFTER, text, last.end) && COMMUNITY_CUE_BEFORE.test(text.slice(Math.max(0, first.start - 12), first.start));
  // (a town's name may end as a demonym does, "Dangulbi village": not one of a place the gazetteer has, "Somali village")
  const isTownWord = tokens.length === 1 && first.text.length >= 3 && !has(first, NOT_NAME | CALENDAR) && (!has(first, DEMONYM) || !isDemonymOfPlace(scope, first.lower));
  if (tokens.length <= 3 && ((stickyTest(PLACE_NOUN_AFTER, text, last.end) && !isAcronymRun) || isPlaceNounBefore || isCommunity) && (isNameLike(tokens) || (isPlaceNounBefore && tokens.length === 1 && first.text.length >= 3 && !has(first, NOT_NAME | CALENDAR)) || (isTownWord && !isAcronymRun))) {
    // "an attack on the village of Kourakou": a village the gazetteer lacks where the violence of its
    // sentence happened, read as a town the gazetteer lacks where the report puts the event (`resolvePlaces`).
    out.push(makeMention(doc, tokens, 'place', placeCueBefore(text, first.start) === 'event' ? 'en/entity/place-event-unlisted' : 'en/entity/place-noun'));
    return;
  }
  // "according to the town's mayor, Aissa Moussa": a full name in apposition to a title (read
  // after the places: "the victim, Fort Worth police said" names a town).
  if (tokens.length >= 2 && tokens.length <= 3 && text.charCodeAt(first.start - 2) === 44 && isNameLike(tokens) && !tokens.some(isNoNameWord) && !has(first, DEMONYM) && !isPersonNounAt(text, last.end)) {
    const title = appositionTitleBefore(text, first.start);
    if (title !== undefined) {
      out.push(makeMention(doc, tokens, 'person', 'en/entity/title', { title }));
      return;
    }
  }
  // "One journalist, Giorgi Tsiklauri of Mtavari Arkhi, suffered": the same, with where the person works or lives after "of".
  const ofAt = tokens.findIndex((t) => t.lower === 'of');
  if ((ofAt === 2 || ofAt === 3) && ofAt < tokens.length - 1 && text.charCodeAt(first.start - 2) === 44) {
    const person = tokens.slice(0, ofAt);
    const title = isNameLike(person) && !person.some(isNoNameWord) ? appositionTitleBefore(text, first.start) : undefined;
    if (title !== undefined) {
      out.push(makeMention(doc, person, 'person', 'en/entity/title', { title }));
      typeRun(scope, tokens.slice(tokens[ofAt + 1]!.lower === 'the' ? ofAt + 2 : ofAt + 1), out, untyped);
      return;
    }
  }
  if (tokens.length === 1 && first.text.length >= 3 && ACRONYM.test(first.text)) {
    // "DATE: January 3", "UPDATE:": a label in capitals, a common word before a colon.
    if (NOT_ORGANIZATION_ACRONYMS.has(first.text) || isCurrencyAt(text, first.start, last.end) || (text.charCodeAt(last.end) === COLON && isCommonWord(first.lower))) return;
    out.push(makeMention(doc, tokens, 'organization', 'en/entity/acronym'));
    return;
  }
  // "Police in Dravik said": the place of the ones who speak, not a person.
  if (tokens.length <= 3 && isNameLike(tokens) && STRONG_PLACE_PREPOSITIONS.has(spacedWordBefore(text, first.start)?.word ?? '') && stickyTest(SPEECH_AFTER, text, last.end)) {
    out.push(makeMention(doc, tokens, 'place', 'en/entity/place-preposition'));
    return;
  }
  if (tokens.length >= 2 && tokens.length <= 3 && isNameLike(tokens) && !tokens.some(isNoNameWord)) {
    // "Karim Hadad, the opposition leader, travelled", "Adama Sawadogo, a farmer who lost his brother, said":
    // a full name with a role or a person noun in apposition after it.
    // Not an initial ("Broadway and E Pike, a company spokesperson told").
    if (first.text.length >= 2 && !has(first, DEMONYM) && stickyTest(ROLE_APPOSITION_AFTER, text, last.end)) {
      out.push(makeMention(doc, tokens, 'person', 'en/entity/role-after'));
      return;
    }
    // "The United Nations humanitarian coordinator, Clementine Nkweta-Salami, condemned": a role, then the name set off by commas.
    if (first.text.length >= 2 && !has(first, DEMONYM) && stickyTest(COMMA_AFTER, text, last.end) && ROLE_APPOSITION_BEFORE.test(text.slice(Math.max(0, first.start - 40), first.start))) {
      out.push(makeMention(doc, tokens, 'person', 'en/entity/role-before'));
      return;
    }
    // "Jonathan Keel, who lives across the street, said": a given name and a name, then "who".
    if (stickyTest(WHO_AFTER, text, last.end) && isGivenName(first.text)) {
      out.push(makeMention(doc, tokens, 'person', 'en/entity/who-after'));
      return;
    }
  }
  // "Public Defender Levan Ioseliani said": words of an office before the two words of a name that
  // speaks (common English words, then two that are not: "Sheriff Mark Brown" has a title word).
  // Note: a demonym's ending is no test here ("Levan", "Ioseliani" end as "Georgian" does).
  if (tokens.length >= 3 && tokens.length <= 5 && stickyTest(SPEECH_AFTER, text, last.end)) {
    const nameAt = tokens.length - 2;
    const office = tokens.slice(0, nameAt);
    const name = tokens.slice(nameAt);
    if (office.every((t) => isCommonWord(t.text) && !isConnector(t)) && name.every((t) => !isCommonWord(t.text) && !has(t, NOT_NAME | ORGANIZATION_HEAD))) {
      out.push(makeMention(doc, name, 'person', 'en/entity/title', { title: joined(office) }));
      return;
    }
  }
  if (tokens.length >= 2 && tokens.length <= 4) {
    // "Jeanne Gold, CEO of SafeHouse of Seminole, which has an emergency shelter, said": a given name and a surname, a role set off by commas, then the verb.
    const isSpeech = stickyTest(SPEECH_AFTER, text, last.end) || isSpeechBefore(text, first.start) || (isGivenName(first.text) && !has(first, TITLE) && stickyTest(APPOSITION_SPEECH_AFTER, text, last.end));
    // "Jaylen Otis Marsh, of Gastonia, was arrested", "34-year-old Corey Lavergne": a hometown after, an age before.
    // Not a name that qualifies a person noun after it ("the 5-year-old Stone Mountain boy").
    const isPersonCue =
      isSpeech ||
      stickyTest(AGE_AFTER, text, last.end) ||
      stickyTest(HOMETOWN_AFTER, text, last.end) ||
      // Note: the "d" of "old" right before the name's space is looked at before the slice and the pattern.
      (text.charCodeAt(first.start - 2) === 100 && AGE_BEFORE.test(text.slice(Math.max(0, first.start - 16), first.start)) && !isPersonNounAt(text, last.end) && (isGivenName(first.text) || stickyTest(CLAUSE_GOES_ON, text, last.end)));
    // "Reynolds, the Cobb DA, said": a name after "the" is a role or an office, not a person.
    if (isPersonCue && spacedWordBefore(text, first.start)?.word === 'the') {
      untyped.push(tokens as Token[]);
      return;
    }
    // "Gaston County EMS told", "according to Montgomery County Detectives", "N Street Southwest, said":
    // a county's, a street's or an agency's word is in no person's name; nor is a stop word ("Mom
    // Charged After Son, 8, Shoots Himself": a headline's words before an age).
    if (isPersonCue && !tokens.some(isNoNameWord) && ((isNameLike(tokens) && !has(first, DEMONYM)) || (tokens.length <= 3 && !tokens.some(isConnector)))) {
      out.push(makeMention(doc, tokens, 'person', isSpeech ? 'en/entity/speech' : 'en/entity/age'));
      return;
    }
  }
  // "Herrera said", "Lay said": one name that speaks is a person, unless the report writes the
  // word in lowercase elsewhere ("Officials said" ... "officials"): then it is a common noun.
  if (
    tokens.length === 1 &&
    first.text.length >= 3 &&
    !has(first, NOT_NAME | DEMONYM | ORGANIZATION_HEAD | TITLE | CALENDAR | STATE_WORD) &&
    isLower(first.text.charCodeAt(1)) &&
    stickyTest(SPEECH_AFTER_SINGLE, text, last.end) &&
    // "the Times-Picayune said": a person's name takes no article; "Police in Dravik said": a place
    wordBefore(text, first.start) !== 'the' &&
    !STRONG_PLACE_PREPOSITIONS.has(spacedWordBefore(text, first.start)?.word ?? '') &&
    !GROUP_NOUNS.has(first.lower) &&
    !hasLowercaseWord(scope, first.lower) &&
    // "Witnesses said" ... "a witness": the singular in lowercase makes the plural a common noun too.
    !(first.lower.endsWith('s') && (hasLowercaseWord(scope, first.lower.slice(0, -1)) || (first.lower.endsWith('es') && hasLowercaseWord(scope, first.lower.slice(0, -2)))))
  ) {
    out.push(makeMention(doc, tokens, 'person', 'en/entity/speech'));
    return;
  }
  if (tokens.length >= 2) noteState(scope, tokens);
  untyped.push(tokens as Token[]);
}

/**
 * A role, a kinship or a person noun in apposition after a name (sticky): ", the opposition
 * leader,", ", a police spokesman said", ", the father of one of the dead", ", a 38-year-old
 * farmer who", ", a longtime resident,". The noun (`ROLE_NOUNS`, kin, `PERSON_SINGULAR`,
 * `ROLE_SINGULAR`) ends its phrase, with up to three words before it: not a person noun that
 * qualifies a thing (", a youth basketball program"); nor a place's or a thing's noun (", a village").
 */
const ROLE_APPOSITION_AFTER = new RegExp(
  String.raw`,\s+(?:the|a|an|his|her|their)\s+(?:[\p{L}\d'’-]+\s+){0,3}?(?:${[
    ...new Set([...ROLE_NOUNS, 'father', 'mother', 'son', 'daughter', 'brother', 'sister', 'wife', 'husband', 'widow', 'uncle', 'aunt', 'cousin', 'grandmother', 'grandfather', 'head', 'chairman', 'chairwoman', 'founder', 'owner', ...PERSON_SINGULAR, ...ROLE_SINGULAR]),
  ].join('|')})(?:-in-law)?(?=\s*[,.;:!?)]|\s+(?:who|whose|that|of|from|in|at|for|with|and|was|is|has|had|said|says|told|added)\b)`,
  'yu',
);

/** A role in lowercase and a comma right before a name: "the humanitarian coordinator, ", "his brother, ". */
const ROLE_APPOSITION_BEFORE = new RegExp(
  String.raw`\b(?:${[...ROLE_NOUNS, 'coordinator', 'chaplain', 'secretary', 'commissioner', 'chairman', 'chairwoman', 'founder', 'owner', 'analyst', 'researcher', 'representative', 'adviser', 'advisor', 'father', 'mother', 'son', 'daughter', 'brother', 'sister', 'wife', 'husband', 'widow'].join('|')})\s*,\s*$`,
  'u',
);
/** A comma right after a name (sticky): the end of an apposition. */
const COMMA_AFTER = /\s*,/y;

/** A group's noun in lowercase right before a name: "the group ", "the armed militia ", "a jihadist faction called ", "a new group, ", "a group calling itself ". */
const GROUP_NOUN_BEFORE = /\b(?:[Tt]he|[Aa]n?)\s+(?:(?:armed|militant|jihadist|rebel|separatist|extremist|terrorist|islamist|paramilitary|criminal|little-known|shadowy|new)\s+)?(?:group|militia|movement|faction|organi[sz]ation|gang|coalition|alliance)(?<comma>\s*,\s*|\s+(?:called\s+|named\s+|known as\s+|calling (?:itself|themselves)\s+)?)$/;

/** The last words of `GROUP_NOUN_BEFORE`. */
const GROUP_WORDS_BEFORE: ReadonlySet<string> = new Set(['group', 'militia', 'movement', 'faction', 'organization', 'organisation', 'gang', 'coalition', 'alliance', 'called', 'named', 'as', 'itself', 'themselves']);

/** A relative clause of a person after a name (sticky): ", who lives across the street". */
const WHO_AFTER = /,\s+who\s/y;

/**
 * What follows a dateline's town (sticky): a date, an agency in brackets, or both, then a dash
 * (", March 17 (Meridian Wire) —", ", 14 March 2024 -", " (AP) —").
 */
const DATELINE_AFTER = new RegExp(
  String.raw`(?:,\s*(?:${MONTH_SOURCE}\.?\s+\d{1,2}|\d{1,2}\s+${MONTH_SOURCE})(?:,?\s+\d{4})?)?\s*(?:\([^()
]{1,40}\)\s*)?(?<=\d|\))\s*[-–—]`,
  'yi',
);

/** ISO 4217 currency codes ("USD", "XOF"), as the runtime knows them. */
const CURRENCY_CODES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));
/** A currency word after a run ("CFA francs"), lowercase (sticky). */
const WORD_AFTER = /\s+([a-z]+)\b/y;
/** A figure right before a run ("80,000 USD", "50 million XOF"), read on the text before it. */
const FIGURE_BEFORE = /\d(?:[\d,.]*\d)?(?:\s+(?:million|billion|thousand))?\s*$/;
/** A figure right after a run ("USD 80,000") (sticky). */
const FIGURE_AFTER = /\s*\d/y;

/**
 * Whether capitals name a currency, not an organization: a currency word follows them ("50
 * million CFA francs"), or they are an ISO 4217 code next to a figure ("USD 80,000", "50 million
 * XOF").
 */
function isCurrencyAt(text: string, start: number, end: number): boolean {
  WORD_AFTER.lastIndex = end;
  const word = WORD_AFTER.exec(text)?.[1];
  if (word !== undefined && CURRENCY_WORDS.has(word)) return true;
  if (!CURRENCY_CODES.has(text.slice(start, end))) return false;
  return stickyTest(FIGURE_AFTER, text, end) || FIGURE_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

/**
 * The place a local agency's name opens with, as a place mention: "Bellefontaine Police
 * Department" -> Bellefontaine, "Harris County Sheriff's Office" -> Harris County. Only a city of
 * the gazetteer or a county; a state's police ("Louisiana State Police") says nothing finer.
 */
function placeOfAgency(scope: Scope, tokens: readonly Token[]): EntityMention | undefined {
  let at = 1;
  while (at < tokens.length && at <= 3 && !LOCAL_AGENCY_WORDS.has(tokens[at]!.lower)) at++;
  if (at >= tokens.length || at > 3) return undefined;
  const head = tokens.slice(0, at);
  // "Metro Police", "City Police": the area's word alone names no town (Metro, Indonesia).
  if (head.some((t) => isConnector(t) || has(t, NOT_NAME | CALENDAR)) || head.every((t) => AGENCY_AREA_WORDS.has(t.lower))) return undefined;
  const { doc } = scope;
  if (head.length >= 2 && has(head[head.length - 1]!, COUNTY_HEAD)) return makeMention(doc, head, 'place', 'en/entity/county', { place: countyPlace(scope, head) });
  let name = withoutPossessive(joined(head));
  if (name.length > 3 && isUpperCase(name)) name = titleCase(name);
  const readings = scope.gazetteer().lookup(name);
  // "U.S. Marshals Service", "Ohio State Highway Patrol": a country's or a state's agency serves no town (not "Us", France).
  if (readings[0]?.precision === 'country' || readings[0]?.precision === 'region') return undefined;
  const city = readings.find((c) => c.precision === 'city');
  if (city) return makeMention(doc, head, 'place', 'en/entity/place-police', { place: city });
  // "Indianapolis Metropolitan Police", "Louisville Metro Police", "Bluefield City Police": the town
  // before the word of its area ("Calumet City Police", a town of that name, was read above); a
  // city and its county joined by a hyphen, the city ("Savannah-Chatham Metropolitan Police").
  if (head.length < 2 || !AGENCY_AREA_WORDS.has(head[head.length - 1]!.lower)) return undefined;
  const town = head.slice(0, -1);
  const gazetteer = scope.gazetteer();
  const townCity = gazetteer.lookup(withoutPossessive(joined(town))).find((c) => c.precision === 'city');
  if (townCity) return makeMention(doc, town, 'place', 'en/entity/place-police', { place: townCity });
  const only = town.length === 1 ? town[0]! : undefined;
  const hyphen = only ? only.text.indexOf('-') : -1;
  if (!only || hyphen <= 0) return undefined;
  const first = gazetteer.lookup(only.text.slice(0, hyphen)).find((c) => c.precision === 'city');
  const part: Token = { ...only, text: only.text.slice(0, hyphen), lower: only.lower.slice(0, hyphen), end: only.start + hyphen };
  return first ? makeMention(doc, [part], 'place', 'en/entity/place-police', { place: first }) : undefined;
}

/** Words between a town's name and its agency's that name the town's area: "Indianapolis Metropolitan Police". Lowercase. */
const AGENCY_AREA_WORDS: ReadonlySet<string> = new Set(['metro', 'metropolitan', 'city', 'municipal']);

/**
 * A county as a place: "Harris County"; with its state when a comma gives it and the state has
 * a county of that name ("HANOVER COUNTY, Va.", "Hamilton County, TN"), so that the state is
 * not lost with the abbreviation (which counts only after a place).
 */
function countyPlace(scope: Scope, tokens: readonly Token[]): PlaceInfo {
  // "Allegheny County's medical examiner": the county, without the possessive.
  const name = displayName(joined(tokens));
  // "Kandahar Province", "Donetsk Oblast", "Nineveh Governorate": a country's first-level division.
  if (FIRST_LEVEL_HEADS.has(tokens[tokens.length - 1]!.lower)) return { name, precision: 'region' };
  const within = withinAfter(scope, tokens[tokens.length - 1]!.end)?.place;
  const region = within?.precision === 'region' && within.country === 'US' ? within.region : undefined;
  if (region !== undefined && (scope.gazetteer().usCountyStates?.(name) ?? [region]).includes(region)) return { name, country: 'US', region, precision: 'county' };
  return { name, precision: 'county' };
}

/** Sites a county's name may open ("Travis County Jail", "Hardin County Fairgrounds"): the county is a place of the report. */
const COUNTY_SITE_HEADS: ReadonlySet<string> = new Set([...FACILITY_HEADS, 'jail', 'prison', 'courthouse', 'fairgrounds', 'park', 'airport']);

/** The most words a division's name has before its "of" ("Maru Local Government Area", "the Big Bend Region"). */
const MAX_DIVISION_WORDS = 6;

/**
 * Where a run's local government area's words start ("Maru Local Government Area", "Maru Local
 * Government": at "Local"), when a name comes before them; undefined otherwise.
 */
function localGovernmentAt(tokens: readonly Token[]): number | undefined {
  const n = tokens.length;
  const end = tokens[n - 1]!.lower === 'area' ? n - 1 : n;
  const isArea = end >= 3 && tokens[end - 1]!.lower === 'government' && tokens[end - 2]!.lower === 'local' && !tokens.slice(0, end - 2).some((t) => isConnector(t) || has(t, NOT_NAME | TITLE));
  return isArea ? end - 2 : undefined;
}

/**
 * Whether the words before an "of" name a division of what follows: a name and a county's head
 * ("Maru LGA", "Kajiado District"; not a county's officer: "Sheriff of Harris County" has its head
 * after; not a side: "Western District"), or a local government area.
 */
function isDivisionEnd(head: readonly Token[]): boolean {
  // (not a court's or an agency's district named by its side: "the Western District of Tennessee")
  if (COMPASS_WORDS.has(head[0]!.lower)) return false;
  if (head.length >= 3 && localGovernmentAt(head) !== undefined) return true;
  if (head.some((t) => isConnector(t) || has(t, TITLE | ORGANIZATION_HEAD))) return false;
  return head.length >= 2 && has(head[head.length - 1]!, COUNTY_HEAD) && !has(head[0]!, COUNTY_HEAD);
}

/** Heads of `COUNTY_HEADS` that name a first-level division, a region (none is American). */
const FIRST_LEVEL_HEADS: ReadonlySet<string> = new Set(['province', 'oblast', 'governorate']);

/**
 * Where a run "Name Surname of [the] Town" splits ("Brooks Steen of the Myrtle Beach area"): the
 * index of its last connector when two or three plain name words come before "of" and a city of
 * the gazetteer after it, and the gazetteer has no place of the whole run ("Isle of Palms");
 * undefined otherwise. Names of organizations and titles ("Bank of America", "Chief of Police")
 * have head words and are typed before this.
 */
function personOfPlace(scope: Scope, tokens: readonly Token[]): number | undefined {
  const of = tokens.findIndex((t) => t.text === 'of');
  if (of < 2 || of > 3 || of >= tokens.length - 1) return undefined;
  const head = tokens.slice(0, of);
  if (head.some((t) => has(t, NOT_NAME | CONNECTOR | TITLE | ORGANIZATION_HEAD | ORGANIZATION_START | COUNTY_HEAD | CITY_HEAD | POINT_HEAD | STATE_WORD | DEMONYM)) || !isNameLike(head)) return undefined;
  const last = tokens[of + 1]!.text === 'the' ? of + 1 : of;
  const tail = tokens.slice(last + 1);
  if (tail.length === 0 || tail.some(isConnector)) return undefined;
  const gazetteer = scope.gazetteer();
  if (gazetteer.lookup(joined(tokens)).length > 0 || !gazetteer.lookup(withoutPossessive(joined(tail))).some((c) => c.precision === 'city')) return undefined;
  return last;
}

/** A lowercase noun after a part of a city: "Baltimore's Brooklyn neighborhood" (sticky). */
const PART_NOUN_AFTER = /\s+(?:neighborhood|neighbourhood|section|community|area|district|side)\b/y;

/**
 * "in Baltimore's Brooklyn neighborhood", "on Buffalo's East Side": a run that opens with a
 * city's possessive is the city, then a part of it (a point, never the event's city: the
 * gazetteer may know "Brooklyn" as another city). Types both and returns true; returns false
 * (nothing typed) for other runs: "Children's Hospital", "Louisiana's St. Mary's Parish" (a
 * state's possessive: the rest is typed on its own, by `typeRun`), "Baltimore's Freddie Gray".
 */
function splitPossessivePlace(scope: Scope, tokens: readonly Token[], out: EntityMention[], untyped: Token[][]): boolean {
  if (tokens.length < 2) return false;
  let at = -1;
  for (let i = 0; i < tokens.length - 1 && i < 3; i++) {
    const t = tokens[i]!.text;
    if (t.endsWith("'s") || t.endsWith('’s')) {
      at = i;
      break;
    }
  }
  if (at < 0) return false;
  const head = tokens.slice(0, at + 1);
  const rest = tokens.slice(at + 1);
  const last = rest[rest.length - 1]!;
  if (has(last, ORGANIZATION_HEAD) || head.some((t) => has(t, NOT_NAME | CONNECTOR | TITLE))) return false;
  const gazetteer = scope.gazetteer();
  // "Lee's Summit" is a town.
  if (gazetteer.lookup(withoutPossessive(joined(tokens))).length > 0) return false;
  const place = gazetteer.lookup(withoutPossessive(joined(head)))[0];
  if (!place) return false;
  // The possessive must be typed a place by its own cues ("in Baltimore's"), else the run is typed whole ("Perez's Allentown home").
  const outLength = out.length;
  const untypedLength = untyped.length;
  typeRun(scope, head, out, untyped);
  const typed = out.length > outLength ? out[out.length - 1]! : undefined;
  if (typed?.type !== 'place') {
    out.length = outLength;
    untyped.length = untypedLength;
    return false;
  }
  const isPart =
    typed.place?.precision === 'city' &&
    rest.length <= 3 &&
    !rest.some((t) => has(t, TITLE | COUNTY_HEAD | POINT_HEAD | CALENDAR)) &&
    (stickyTest(PART_NOUN_AFTER, scope.text, last.end) || gazetteer.lookup(withoutPossessive(joined(rest))).length > 0);
  if (isPart) out.push(makeMention(scope.doc, rest, 'place', 'en/entity/place-part', { place: { name: withoutPossessive(joined(rest)), precision: 'point' } }));
  else typeRun(scope, rest, out, untyped);
  return true;
}

/** "Georgia Bureau of Investigation", "North Carolina Highway Patrol": the state a longer name opens with. */
function noteState(scope: Scope, tokens: readonly Token[]): void {
  if (!has(tokens[0]!, STATE_WORD)) return;
  for (let n = 1; n <= 2 && n < tokens.length; n++) {
    const found = scope.gazetteer().lookup(joined(tokens.slice(0, n)));
    const state = found.find((p) => p.precision === 'region' && p.country === 'US');
    // "Washington Navy Yard": a name that is also a large city of another state (Washington, D.C.)
    // says no state, unless "State" follows it ("Washington State Patrol").
    const isCity = tokens[n]?.lower !== 'state' && found.some((p) => p.precision === 'city' && p.region !== state?.name && (p.population ?? 0) >= STATE_NAMED_CITY);
    if (state && !isCity) scope.states.add(state.name);
  }
}

/** A city this large that bears a state's name ("Washington", D.C.) may be what a longer name opens with. */
const STATE_NAMED_CITY = 300_000;

/** Whether uppercasing leaves `name` as it is ("TULSA", "D.C."). */
function isUpperCase(name: string): boolean {
  // Most names have a lowercase ASCII letter, which settles it without making an uppercase copy.
  let isAscii = true;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 128) isAscii = false;
  }
  return isAscii || name === name.toUpperCase();
}

const WORD_INITIAL = /\b\p{L}/gu;

/** A name written in capitals as a name is written: "NEW ORLEANS" -> "New Orleans", "U.S." -> "U.S.". */
function titleCase(name: string): string {
  const lower = name.toLowerCase();
  // Most such names are ASCII (call signs, "U.S."): their word initials are raised in one scan,
  // as `WORD_INITIAL` finds them (a letter after no word character), without a callback per word.
  let raised = '';
  let from = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 128) return lower.replace(WORD_INITIAL, (initial) => initial.toUpperCase());
    if (c >= 97 && c <= 122 && (i === 0 || !isWordChar(lower.charCodeAt(i - 1)))) {
      raised += lower.slice(from, i) + String.fromCharCode(c - 32);
      from = i + 1;
    }
  }
  return raised + lower.slice(from);
}

function joined(tokens: readonly Token[]): string {
  return tokens.length === 1 ? tokens[0]!.text : tokens.map((t) => t.text).join(' ');
}

/**
 * The person's own words after a title: up to a possessive ("Mayor A C Wharton's Memphis Gun Down
 * initiative": A C Wharton), or up to an affiliation after two name words or more ("U.S. Attorney
 * Edward L. Stanton III of the Western District of Tennessee": Edward L. Stanton III). Otherwise
 * all of them (`nameSuffix` then keeps the last three: "Member of the House of Commons of Great
 * Britain Bob Blackman").
 */
function ownName(tokens: readonly Token[]): readonly Token[] {
  // Not a possessive inside a place's or an organization's name ("Prince George's County", "St. Mary's Hospital").
  const possessive = tokens.findIndex((t, i) => i < tokens.length - 1 && POSSESSIVE_END.test(t.text) && !has(tokens[i + 1]!, NAME_HEADS));
  if (possessive >= 0) return isNameLike(tokens.slice(0, possessive + 1)) ? tokens.slice(0, possessive + 1) : tokens;
  const connector = tokens.findIndex(isConnector);
  if (connector >= 2 && isNameLike(tokens.slice(0, connector))) return tokens.slice(0, connector);
  return tokens;
}

/** Head words of places' and organizations' names. */
const NAME_HEADS = COUNTY_HEAD | CITY_HEAD | POINT_HEAD | ORGANIZATION_HEAD;
/** A word that ends in a possessive ("Wharton's", "Davis'"). */
const POSSESSIVE_END = /\p{L}['’]s?$/u;

/** The person-name words at the end of what follows a title: at most three, never a connector. */
function nameSuffix(tokens: readonly Token[]): Token[] {
  let start = tokens.length;
  while (start > 0 && !isConnector(tokens[start - 1]!) && tokens.length - start < 3) start--;
  let cut = tokens.slice(start);
  // "Great Britain Bob Blackman": a longer tail keeps two words.
  if (cut.length === 3 && start > 0) cut = cut.slice(1);
  return cut;
}

/** A county's head word right after a state's name ("Delaware County"). */
const COUNTY_AFTER = /^\s+(?:County|Parish)\b/;

/** A digit after a word ("in Spring 2016"): a season of a year, not a town (sticky). */
const DIGIT_AFTER = /\s*\d/y;

/**
 * A town named by a word that is also a season or a unit of time ("Spring", Texas; "Winter",
 * Wisconsin), which needs stronger evidence than other names: written capitalized inside a
 * sentence, after "in", "near", "outside" or "of", with no year after it ("in Spring 2016"),
 * and either its state after a comma ("in Spring, Texas": `place-comma`; "of Spring, Texas":
 * `place-comma-from`), read in that state by the gazetteer or the postal names; or, with no
 * state, after "in", "near" or "outside": then the mention gets the rule `en/entity/place-common`, which `eventPlaces` counts only
 * when the town lies in a county or state the reports name. Months, weekdays and holidays
 * (`NOT_NAMES`) are never places.
 */
function commonWordPlace(scope: Scope, token: Token): EntityMention | undefined {
  const { text } = scope;
  if (has(token, NOT_NAME) || token.text.length < 4 || !isLower(text.charCodeAt(token.start + 1)) || isSentenceStart(text, token.start)) return undefined;
  const word = wordBefore(text, token.start);
  if (word === undefined || !(STRONG_PLACE_PREPOSITIONS.has(word) || word === 'of') || stickyTest(DIGIT_AFTER, text, token.end)) return undefined;
  const within = withinAfter(scope, token.end)?.place;
  const candidates = scope.gazetteer().lookup(token.text).filter((c) => c.precision === 'city');
  if (within?.precision === 'region' && within.country === 'US') {
    const town = candidates.find((c) => c.country === 'US' && c.region === within.region) ?? postalTown(scope, token.text, within.region!);
    return town ? makeMention(scope.doc, [token], 'place', word === 'of' ? 'en/entity/place-comma-from' : 'en/entity/place-comma', { place: town }) : undefined;
  }
  if (word === 'of' || candidates.length === 0) return undefined;
  return makeMention(scope.doc, [token], 'place', 'en/entity/place-common', { place: candidates[0]! });
}

/**
 * The rule of a town read by the state after it: where someone is based ("a Washington,
 * D.C.-based artist"), a dateline ("SMITHFIELD, N.C. —"), where someone is from ("Aaron Alexis of
 * Fort Worth, Texas", "from Anaheim, Calif."), else `place-comma` ("shot in Tulsa, Okla.").
 */
function commaRule(text: string, start: number, end: number, atLineStart: boolean): RuleId {
  if (isBasedAfter(text, end)) return 'en/entity/place-based';
  if (atLineStart) return 'en/entity/dateline';
  const word = wordBefore(text, start);
  return word === 'of' || word === 'from' ? 'en/entity/place-comma-from' : 'en/entity/place-comma';
}

/** What follows a list's item: ", " or " and " / " or " ("Kansas, Oklahoma and Texas"). */
const LIST_GOES_ON = /^(?:,|\s+(?:and|or)\b)/;
/** "-based" after a place: "a Chicago-based company", "Washington, D.C.-based artist" (sticky). */
const BASED_AFTER = /[-\u2010\u2011\s]based\b/y;

/** Whether "-based" follows a place name ending at `at`. */
function isBasedAfter(text: string, at: number): boolean {
  // Most names are not followed by "based": one character compared first.
  return text.charCodeAt(at + 1) === 98 && stickyTest(BASED_AFTER, text, at);
}

/**
 * The US state or the country a comma after a place names, and where its name ends: "Tulsa,
 * Okla.", "Baku, Azerbaijan", "Columbus, GA News Weather" (the first word alone when the two do
 * not name one), "Newark, New Jersey". Undefined when no state or country follows.
 */
function withinAfter(scope: Scope, at: number): { place: PlaceInfo; end: number; isAbbreviation: boolean } | undefined {
  // Most names are not followed by a comma: one character compared before the pattern runs.
  if (scope.text.charCodeAt(at) !== 44) return undefined;
  COMMA_NAME_AFTER.lastIndex = at;
  const comma = COMMA_NAME_AFTER.exec(scope.text);
  const words = comma?.[1];
  if (!comma || !words) return undefined;
  const gazetteer = scope.gazetteer();
  const named = (name: string): PlaceInfo | undefined => gazetteer.usState(name) ?? gazetteer.adminRegion?.(name) ?? gazetteer.lookup(name).find((p) => p.precision === 'country');
  let place = named(words);
  let end = comma.index + comma[0].length;
  let name = words;
  const space = words.indexOf(' ');
  if (!place && space > 0) {
    name = words.slice(0, space);
    place = named(name);
    end -= words.length - space;
  }
  // "D.C.", "Okla.", "GA": an abbreviation, which follows a town, not a list's item.
  return place ? { place, end, isAbbreviation: name.includes('.') || isUpperCase(name) } : undefined;
}

/** The town of that name the postal names have in one of `regions` (the first in the set's order). */
function postalTownIn(scope: Scope, name: string, regions: ReadonlySet<string>): PlaceInfo | undefined {
  for (const region of regions) {
    const town = postalTown(scope, name, region);
    if (town) return town;
  }
  return undefined;
}

/** The keys (`countyKey`) of the US counties a document names ("Leflore County"); undefined when it names none. */
function namedCountyKeys(mentions: readonly EntityMention[]): Set<string> | undefined {
  let keys: Set<string> | undefined;
  for (const m of mentions) if (m.rule === 'en/entity/county' && m.place?.precision === 'county') (keys ??= new Set()).add(countyKey(m.name));
  return keys;
}

/**
 * A US town of this name in `region` by the postal place names (towns of any size: "Laurel",
 * Indiana, 500 people), as a place: the gazetteer has only towns of 1,000 people or more.
 */
function postalTown(scope: Scope, name: string, region: string): PlaceInfo | undefined {
  const town = scope.gazetteer().usTowns?.(name).find((t) => t.region === region);
  return town ? townPlace(town) : undefined;
}

/** "the 200 block of" right before a street's name, the way American police give an address: read in the 12 characters before it. */
const BLOCK_OF_BEFORE = /\bblock\s+of\s+(?:the\s+)?$/i;

/** A compass point in initials: "S.E.", "NW", "N.E". */
const COMPASS_INITIALS = /^(?:[NS]\.?\s?[EW]\.?|[NSEW]\.)$/;
/** A number in digits right after a name ("Zone 1"): read in the 6 characters after it. */
const NUMBER_AFTER = /^\s\d{1,4}\b/;

/** Person nouns a headline capitalises after a town ("Frankfort Teen", "Tulsa Man"). Lowercase. */
const HEADLINE_PERSON_NOUNS: ReadonlySet<string> = new Set(['man', 'woman', 'men', 'women', 'teen', 'teens', 'teenager', 'teenagers', 'boy', 'boys', 'girl', 'girls', 'toddler', 'child', 'mother', 'father', 'mom', 'dad', 'couple', 'student', 'resident', 'residents', 'family']);

/** " and Susan Craig" after a given name: the other's given name and the surname they share (sticky). */
const SHARED_SURNAME_AFTER = /\s+(?:and|&)\s+(\p{Lu}[\p{Ll}'’-]+)\s+(\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-]|\s+\p{Lu})/uy;

/**
 * The person a given name alone names when a full name follows after "and": "Alex and Susan Craig"
 * are Alex Craig and Susan Craig (the mention is "Alex", its name the full one). Both given names
 * must be in the lists (a given name that is a common word too, "Martin", as well), and the surname
 * none, nor a common word ("Amy and Lance Street").
 */
function sharedSurnamePerson(scope: Scope, token: Token): EntityMention | undefined {
  if (!isGivenName(token.text)) return undefined;
  SHARED_SURNAME_AFTER.lastIndex = token.end;
  const m = SHARED_SURNAME_AFTER.exec(scope.text);
  const surname = m?.[2];
  if (!m || surname === undefined || !isGivenName(m[1]!) || isGivenName(surname) || isCommonWord(surname.toLowerCase()) || (wordInfo(surname).flags & (NOT_NAME | ORGANIZATION_HEAD | POINT_HEAD)) !== 0) return undefined;
  return { ...makeMention(scope.doc, [token], 'person', 'en/entity/shared-surname'), name: `${token.text} ${surname}` };
}

/** Names of God, which name no town however a gazetteer folds its accents ("in God": not Göd, Hungary). Lowercase. */
const DEITY_WORDS: ReadonlySet<string> = new Set(['god', 'lord', 'allah', 'jesus', 'christ', 'heaven']);

/** An ordinal in digits right before a name ("9th Ward"): read in the 8 characters before it. */
const ORDINAL_BEFORE = /(?<![\d,.])\d{1,3}(?:st|nd|rd|th)\s+$/;

/**
 * The place a run names and the cue that says so, or undefined. Countries and US states always
 * count; a city counts when a cue says it is a place: a dateline ("SMITHFIELD, N.C. —"), its
 * state or country after a comma ("Tulsa, Okla."), a preposition before it ("in Tulsa"), a
 * police word after it ("Buckeye police"); or when it is a large city. A city is read in the
 * state or country the comma names; `recognizeEntities` later reads it in the states the
 * document names. "West Philadelphia", "Northeast D.C.": a compass word before a city names a
 * part of that city.
 */
function placeOf(scope: Scope, tokens: readonly Token[]): { place: PlaceInfo; rule: RuleId } | undefined {
  const { text } = scope;
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  // "the Lower 9th Ward", "the 3rd District": a numbered part of a city, not a town (Ward, Arkansas).
  if (ORDINAL_BEFORE.test(text.slice(Math.max(0, first.start - 8), first.start))) return undefined;
  // "we will find strength in God": a deity, not a town (Göd, Hungary).
  if (tokens.length === 1 && DEITY_WORDS.has(first.lower)) return undefined;
  // "near S.E. 80th and Sooner Rd.", "on East 79th Street", "at East 7 Mile Road": a street's compass word, not a town (Sé, Benin).
  if (tokens.length === 1 && (COMPASS_WORDS.has(first.lower) || COMPASS_INITIALS.test(first.text)) && STREET_NUMBER_AFTER.test(text.slice(last.end, last.end + 9))) return undefined;
  // "in Zone 1", "Ward 5", "Unit 3": a common word before a number names a numbered part, not a town (Zone, Italy).
  if (tokens.length === 1 && NUMBER_AFTER.test(text.slice(last.end, last.end + 6)) && isCommonWord(first.lower)) return undefined;
  // "according to Metro police": the area's word of an agency alone names no town (Metro, Indonesia).
  if (tokens.length === 1 && AGENCY_AREA_WORDS.has(first.lower) && stickyTest(POLICE_AFTER, text, last.end)) return undefined;
  let name = withoutPossessive(joined(tokens));
  const isAllCaps = name.length > 3 && isUpperCase(name);
  if (isAllCaps) name = titleCase(name);
  const gazetteer = scope.gazetteer();
  let candidates = gazetteer.lookup(name);
  let isSection = false;
  // "York City", "Bluefield City": a town named with the word "City" after its name, which the gazetteer lacks ("Jersey City" it has).
  if (candidates.length === 0 && tokens.length >= 2 && last.lower === 'city') candidates = gazetteer.lookup(withoutPossessive(joined(tokens.slice(0, -1)))).filter((c) => c.precision === 'city');
  if (candidates.length === 0 && tokens.length >= 2 && COMPASS_WORDS.has(first.lower)) {
    candidates = gazetteer.lookup(withoutPossessive(joined(tokens.slice(1)))).filter((c) => c.precision === 'city' && (c.population ?? 0) >= SECTION_CITY_POPULATION);
    isSection = candidates.length > 0;
  }
  const atLineStart = isLineStart(text, first.start);
  // "Tulsa, Okla.", "Baku, Azerbaijan": the state or country after a comma picks the reading.
  const after = candidates.length > 0 || tokens.length <= 3 ? withinAfter(scope, last.end) : undefined;
  // "storms in Kansas, Oklahoma and Texas": a state or country in a list of names written out is
  // no town of the next one; an abbreviation is ("the Washington, D.C., Navy Yard").
  const isListed =
    after !== undefined && !after.isAbbreviation && candidates.length > 0 && (candidates[0]!.precision === 'region' || candidates[0]!.precision === 'country') && LIST_GOES_ON.test(text.slice(after.end, after.end + 6));
  const within = isListed ? undefined : after?.place;
  if (within) {
    // "Washington, D.C.": a city of the state named, before the state or country of the same name;
    // "(Laurel, Ind.)": else a town too small for the gazetteer (under 1,000 people) or read
    // elsewhere by it, that the postal names have in the state the text gives.
    const inside =
      candidates.find((c) => (c.precision === 'city' || c.precision === 'point') && (within.precision === 'region' ? c.region === within.region && c.country === within.country : c.country === within.country)) ??
      (within.precision === 'region' && within.country === 'US' ? postalTown(scope, name, within.region!) : undefined);
    if (inside) return { place: inside, rule: commaRule(text, first.start, after!.end, atLineStart) };
    // "in Greenwood, Minn.": a town that neither has in the state the text gives (a Greenwood of
    // 700 people) is that town all the same, not the gazetteer's Greenwood of another state.
    // Not a state that opens a county's name ("Chester, Delaware County"), nor capitals that are no town's ("8 a.m. ET, New York").
    if (within.precision === 'region' && within.country === 'US' && candidates[0]?.precision === 'city' && (atLineStart || name !== name.toUpperCase()) && !COUNTY_AFTER.test(text.slice(after!.end, after!.end + 10))) {
      return { place: { name, precision: 'city', country: 'US', region: within.region! }, rule: commaRule(text, first.start, after!.end, atLineStart) };
    }
  }
  if (candidates.length === 0) {
    if (tokens.length >= 2 && has(last, CITY_HEAD)) return { place: { name, precision: 'city' }, rule: 'en/entity/place-head' };
    // "LOKORO, Nigeria, June 2 (Wire) —": a dateline's town that the gazetteer lacks, in the
    // country or state after it.
    if (within && isAllCaps && atLineStart && tokens.length <= 3) {
      return { place: { name, precision: 'city', ...(within.country !== undefined ? { country: within.country } : {}), ...(within.precision === 'region' && within.region !== undefined ? { region: within.region } : {}) }, rule: 'en/entity/dateline-town' };
    }
    // "DRAVIK, March 17 (Meridian Wire) —", "MBATU, 14 March 2024 (Global Wire Service) -": a
    // dateline's town with its date, or its agency, then a dash; not an acronym.
    if (isAllCaps && atLineStart && tokens.length <= 3 && stickyTest(DATELINE_AFTER, text, last.end)) {
      return { place: { name, precision: 'city' }, rule: 'en/entity/dateline-town' };
    }
    return undefined;
  }
  // "near Thompson and Colorado avenues": two streets, not a town and a state.
  if (stickyTest(STREET_PAIR_AFTER, text, last.end) || stickyTest(STREETS_AFTER, text, last.end)) return undefined;
  if (candidates[0]!.precision === 'country' || candidates[0]!.precision === 'region') return { place: candidates[0]!, rule: isBasedAfter(text, last.end) ? 'en/entity/place-based' : 'en/entity/gazetteer' };
  // A town before a part of a city of the same name ("Chelsea", Massachusetts, before Chelsea, London).
  const best = candidates.find((c) => c.precision === 'city') ?? candidates[0]!;
  // "a Washington, D.C.-based artist", "the Chicago-based company": where someone or something is based, not where things happen.
  if (isBasedAfter(text, last.end)) return { place: best, rule: 'en/entity/place-based' };
  // "DATE: January 3, 2017", "LOCATION:": a form's label in capitals, no dateline.
  if (isAllCaps && atLineStart && text.charCodeAt(last.end) !== COLON) return { place: best, rule: 'en/entity/dateline-city' };
  // "an apology to Davis' family", "Stacy's family", "Denton's mother": a possessive before a person's noun is a person's.
  if (POSSESSIVE_END.test(last.text) && stickyTest(PERSON_NOUN_AFTER, text, last.end)) return undefined;
  const word = wordBefore(text, first.start);
  if (word !== undefined && STRONG_PLACE_PREPOSITIONS.has(word)) {
    if (isSection) return { place: best, rule: 'en/entity/place-section' };
    // "taken to Nationwide Children's Hospital in Columbus": where someone was taken is no strong cue.
    return { place: best, rule: strongPrepositionRule(text, word, first.start) };
  }
  if (isSection) return { place: best, rule: 'en/entity/place-section' };
  if (PLACE_LIST_BEFORE.test(text.slice(Math.max(0, first.start - PLACE_LIST_REACH), first.start))) return { place: best, rule: 'en/entity/place-list' };
  // "held in Batumi and Kutaisi": the next of places a preposition opened, when the first is one too.
  const coordinated = (word === 'and' || word === 'or') && !stickyTest(NOT_LISTED_PLACE_AFTER, text, last.end) ? PLACE_COORDINATED_BEFORE.exec(text.slice(Math.max(0, first.start - PLACE_LIST_REACH), first.start)) : null;
  if (coordinated && scope.gazetteer().lookup(coordinated[1]!).some((c) => c.precision === 'city' || c.precision === 'region' || c.precision === 'country')) return { place: best, rule: 'en/entity/place-list' };
  if (stickyTest(POLICE_AFTER, text, last.end)) return { place: best, rule: 'en/entity/place-police' };
  // "the Tulsa man", "the Srebrenica genocide": a place that qualifies a person or a happening (a weak cue:
  // "the Orlando shooting" may be another event a report recalls).
  if (stickyTest(PERSON_NOUN_AFTER, text, last.end) || stickyTest(HAPPENING_NOUN_AFTER, text, last.end)) return { place: best, rule: 'en/entity/place-modifier' };
  if (word !== undefined && PLACE_PREPOSITIONS.has(word)) return { place: best, rule: 'en/entity/place-preposition' };
  // A large city needs no cue, but a single common word ("Independence", "Mobile") needs a big one.
  if ((best.population ?? 0) >= (tokens.length >= 2 ? 100_000 : 300_000)) return { place: best, rule: 'en/entity/gazetteer' };
  return undefined;
}
