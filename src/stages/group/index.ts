import type { DocId } from '../../model/span.js';
import type { DateMention } from '../../model/time.js';
import anyAscii from 'any-ascii';
import { TokenCounts } from './token-counts.js';
import { isLowerAsciiLetter, isWordCode } from '../extract/dates/rules/base.js';
import { boundsOf, dayNumber as calendarDay, fromDayNumber, isoDay } from '../extract/dates/calendar.js';
import { spellingKey } from '../entities/keys.js';
import { isCommonWord, isGivenName } from '../entities/lexicon.js';
import { titleLine, withoutSiteName } from '../ingest/title.js';
import { tollKey, type Toll } from './toll.js';

/**
 * Grouping a dump into events (cross-document event coreference).
 *
 * Reports of one incident name the same rare things: the victims, the street, the town, the
 * officer who spoke; and they put the happening on the same day. Each document is reduced to its
 * capitalised name tokens (not the words it also writes in lowercase); a token's weight is its inverse document frequency, so a name found in
 * few documents says more about which incident this is than "Chicago". Two documents are linked
 * when the rare names they share weigh enough, both in total and as a share of the smaller
 * document's names, and their dates do not rule it out; when both state the same event day, less
 * shared weight is needed, and less again when they also state the same toll (`toll.ts`).
 * Documents that copy each other (lineage) are always linked.
 *
 * Grouping is online, in the spirit of streaming first-story detection: documents are taken in
 * date order; each is compared only with the documents of open events that share a rare name with
 * it (blocking by name through an inverted index, and by time through the open window), so the
 * cost grows near-linearly with the dump. An event closes when the stream has moved `windowDays`
 * past its latest date; memory is bounded by the open events, not the articles (document
 * frequencies are counted in a fixed-size sketch).
 *
 * A roundup that names several incidents is attached to the event it shares the most with; it
 * merges two open events only when their own documents are related as well (`#related`), so one
 * article about three shootings does not glue them into one event.
 */

/** What grouping reads of a document. */
export interface GroupInput {
  readonly id: DocId;
  readonly text: string;
  /** ISO date the document was published, when known. */
  readonly published?: string;
  /** ISO day (`YYYY-MM-DD`) of the happening the document reports, when its text states it. */
  readonly eventDate?: string;
  /** Its name tokens, when already computed (`nameTokens(text)`). */
  readonly names?: readonly string[];
  /**
   * Periods its text dates happenings to, to the day or the month (ISO `start` and `end`; no page
   * stamps, yearly days or announcements): a report of a trial recalls the day of its shooting
   * ("the Feb. 12, 2013, shootings"). What `joinFollowUps` reads.
   */
  readonly recalled?: readonly RecalledPeriod[];
  /** The dead and wounded it states of its own happening (`tollOf`): what tells two reports of one day's happening alike. */
  readonly toll?: Toll;
  /**
   * When the document came, in the stream's own order (ISO date): what moves the stream's clock and
   * keeps an event open. Default: the event date, else the publication date (the order
   * `streamOrder` sorts by); a crawl streamed as it comes uses the publication date, so a follow-up
   * published a week after the last report of its event still finds it open.
   */
  readonly at?: string;
}

/** A period a report dates a happening to: ISO dates to the day (`2013-02-12`) or the month (`2013-02`). */
export interface RecalledPeriod {
  readonly start: string;
  readonly end: string;
}

/**
 * The periods a document's dates put happenings in, to the day or the month (`GroupInput.recalled`):
 * no page stamps, yearly days or announcements.
 */
export function recalledPeriods(dates: readonly DateMention[]): RecalledPeriod[] {
  const periods: RecalledPeriod[] = [];
  for (const d of dates) {
    if (d.start === undefined || d.isStamp || d.isRecurring || d.tense === 'future' || (d.precision !== 'day' && d.precision !== 'month')) continue;
    periods.push({ start: d.start, end: d.end ?? d.start });
  }
  return periods;
}

/** Options of grouping. */
export interface GroupOptions {
  /** Shared weight (sum of IDF of shared rare names) needed to link two documents. */
  readonly minSharedWeight: number;
  /**
   * Share of its weight that a shared name which is also a common English word ("High", "School",
   * "Area", "Park": `isCommonWord`) adds to two documents' shared weight: reports of different
   * events share such words by chance more often than they share names.
   */
  readonly commonWordShare: number;
  /** Share of the smaller document's name weight that must be shared. */
  readonly minOverlap: number;
  /** A name in more open documents than this is too common to find candidates by. */
  readonly maxTokenDocs: number;
  /** A name in the documents of more open events than this ("Hospital", "Department") is too common to link by. */
  readonly maxTokenGroups: number;
  /** Reports whose dates (event date, else publication date) are further apart than this (days) are different events. */
  readonly maxDaysApart: number;
  /** Both thresholds are multiplied by this when both documents state the same event day (within a day). */
  readonly sameDayFactor: number;
  /**
   * And by this too when both state that very day and the same toll of at least `minToll` dead and
   * wounded (`GroupInput.toll`): what is left to share is a name or two, the street or the venue.
   * So too when one of them states no day and their days (its publication day) are a day apart at most.
   */
  readonly sameTollFactor: number;
  /** Dead and wounded a toll must count to tell happenings apart (see `sameTollFactor`). */
  readonly minToll: number;
  /** Shared weight this many times `minSharedWeight` links two documents whatever their overlap. */
  readonly strongShare: number;
  /** An event closes once the stream's date is this many days past the event's latest date. */
  readonly windowDays: number;
  /** Most documents kept open; past it, the events opened first are closed. */
  readonly maxOpenDocs: number;
  /** A collection of at most this many documents that all share a name is one event (see `sharedAnchor`). */
  readonly smallCollection: number;
  /** Documents added to the collection's size when weighing names (see `DEFAULT_GROUP_OPTIONS`). */
  readonly background: number;
  /** A name in at most this many events tells which earlier event a follow-up reports (`joinFollowUps`); 0 joins none. */
  readonly followUpEvents: number;
}

/**
 * Defaults, measured on gva-dev (1,252 articles, 738 incidents; `corroborate eval --dump`).
 * `background` is a virtual collection of that many documents that contain none of the names: in a
 * folder of five reports of one event, "Baku" in all five is still a telling name.
 */
export const DEFAULT_GROUP_OPTIONS: GroupOptions = {
  minSharedWeight: 4.5,
  commonWordShare: 0.5,
  minOverlap: 0.25,
  maxTokenDocs: 100,
  maxTokenGroups: 2,
  maxDaysApart: 7,
  sameDayFactor: 0.6,
  sameTollFactor: 0.5,
  minToll: 4,
  strongShare: 4,
  windowDays: 14,
  maxOpenDocs: 50_000,
  smallCollection: 25,
  background: 50,
  followUpEvents: 3,
};

/** Capitalised words, with internal apostrophes and hyphens ("O'Neal", "Flores-Vargas"). */
const NAME_TOKEN = /\b[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?\b/g;
/** How far into a text a dateline may stand. */
const DATELINE_REACH = 400;
/**
 * A dateline's place in capitals opening a line, then a state or country, an agency or date in
 * brackets, or a dash: "MEMPHIS, Tenn.", "BAKU (Reuters) -", "WASHINGTON (May 2, 2024) —". Not
 * "UPDATE (9/19/16):" (a bracket of digits, then no dash).
 */
const DATELINE_CAPITALS = /(?:^|\n)[^\S\n]*([A-Z][A-Z'’.-]{2,}(?:[^\S\n]+[A-Z][A-Z'’.-]{2,}){0,2})(?=,\s+[A-Z][a-z.]|\s+\([A-Z][^()\n]{1,40}\)\s*[—–-]|\s+[—–-]\s)/g;
/**
 * The same in any script ("José", "Müller", "Ləkəran", "Горбачёв"), for texts with letters beyond
 * ASCII; the ASCII pattern reads "José" as "jos" and misses "Émile". Note: Unicode property
 * classes cost about five times the ASCII pattern, so only such texts use them (curly quotes and
 * dashes do not count).
 */
// Note: a word ends in a letter, as `\b` makes the ASCII pattern do ("Jones'" is "Jones").
const NAME_TOKEN_ANY = /(?<![\p{L}\p{M}\p{N}_])\p{Lu}[\p{Ll}\p{M}'’]*[\p{Ll}\p{M}](?:-\p{Lu}[\p{Ll}\p{M}'’]*[\p{Ll}\p{M}])?(?![\p{L}\p{M}\p{N}_])/gu;
/** A letter beyond ASCII (Latin with diacritics, Greek, Cyrillic, and the rest of the letters up to U+2000). */
const NON_ASCII_LETTER = /[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u1FFF]/;

/**
 * Capitalised words that name nothing in particular: sentence starts, days, months (and their
 * abbreviations: "Nov. 5" in reports of every event of November), titles; holidays,
 * which many events of one day share ("New Year's Eve", "Christmas Day"), and "Memorial", which
 * names hospitals, parks and stadiums that many events of a region share.
 */
const COMMON = new Set(
  (
    'The A An And But Or If In On At By For From With Without To Of As After Before When While Where What Who Why How ' +
    'This That These Those There Here He She It They We You I His Her Their Its Our My Your Police Officers Officer ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec ' +
    'Mr Mrs Ms Dr Sgt Lt Capt Chief Det Deputy Sheriff County City State ' +
    'Street Avenue Road Drive Boulevard Lane Court Place Streets Avenues Roads North South East West Northeast Northwest Southeast Southwest ' +
    'According Authorities Investigators Detectives Officials Anyone Copyright All Rights Reserved Read More Related ' +
    'Click Share Email Facebook Twitter Comments News Photo Video Updated Posted Story Report Reports One Two Three ' +
    'Also Some Many Most No Not Now Then Later Earlier However Meanwhile Still Yet So Just Only Both Each Every ' +
    'Sergeant Detective Lieutenant Captain Corporal Trooper Spokesman Spokeswoman Spokesperson Mayor Governor President ' +
    'Year Eve Day Christmas Thanksgiving Halloween Easter Memorial'
  ).split(' '),
);

/**
 * The name tokens of a text: capitalised words, lowercased, possessives dropped, common words out.
 *
 * @example
 * nameTokens('Police said Jose Flores-Vargas was shot in Salinas.'); // Set {'jose', 'flores-vargas', 'salinas'}
 */
export function nameTokens(text: string): Set<string> {
  const tokens = new Set<string>();
  const isAscii = !NON_ASCII_LETTER.test(text);
  const pattern = isAscii ? NAME_TOKEN : NAME_TOKEN_ANY;
  const candidates: string[] = [];
  // Note: `match` lists the matched words without a match object for each, as `exec` makes.
  for (const match of text.match(pattern) ?? []) {
    const word = withoutPossessive(match);
    if (word.length >= 3 && !COMMON.has(word)) candidates.push(word);
  }
  if (candidates.length === 0) return tokens;
  const lower = isAscii ? asciiLowercaseWords(text, candidates) : lowercaseWords(text);
  for (const word of candidates) {
    const lowercase = word.toLowerCase();
    // A word the text also writes in lowercase is a word, capitalised by a sentence's start or a
    // title ("Investigation Continues Into ..." beside "the investigation"), not a name.
    if (lower.has(lowercase)) continue;
    // Nor is a contraction a quote or a heading capitalised ("We're", "They'll"): shared by reports of any event.
    if (CONTRACTION.test(lowercase)) continue;
    // "José" and "Jose" are one token: folded to ASCII as entity keys are (any-ascii).
    tokens.add(isAscii || isAsciiWord(word) ? lowercase : anyAscii(word).toLowerCase());
  }
  return tokens;
}

/** A contraction's ending ("we're", "they'll", "y'all", "can't"). */
const CONTRACTION = /['’](?:re|ve|ll|d|m|t|all)$/;

/**
 * The name tokens of a report (`nameTokens`) whose text opens with its page title, without the
 * names of the site's name after the headline: every page of a station carries "KSLA News 12
 * Shreveport, Louisiana News Weather & Sports", and two reports of different incidents shared
 * "Weather" and "Sports" as if they were names. A name the report's own words hold stays.
 *
 * @example
 * reportNameTokens('Man shot in Velmora - WXYZ Kestrel News\n\nOskar Brantley ...', 'Man shot in Velmora - WXYZ Kestrel News');
 * // Set {'velmora', 'oskar', 'brantley'}
 */
export function reportNameTokens(text: string, title: string | undefined): Set<string> {
  if (title === undefined) return nameTokens(text);
  const headline = titleLine(title);
  if (!text.startsWith(headline)) return nameTokens(text);
  const kept = withoutSiteName(headline);
  return kept === headline ? nameTokens(text) : nameTokens(kept + text.slice(headline.length));
}

/**
 * A word without a final "'s" ("Smith's" -> "Smith"), and without the Arabic article that some
 * reports join to it and others write apart or in lowercase ("Al-Hassan", "al-Hassan", "Al Hassan":
 * "Hassan").
 */
function withoutPossessive(word: string): string {
  const name = ARTICLE.test(word) ? word.slice(word.indexOf('-') + 1) : word;
  return name.endsWith("'s") || name.endsWith('’s') ? name.slice(0, -2) : name;
}

/** The Arabic article joined to a name by a hyphen ("Al-", "El-"). */
const ARTICLE = /^(?:Al|El)-/;

/**
 * A word written in lowercase, hyphens and apostrophes inside ("drive-by", "we're"); not the
 * lowercase letters inside a capitalised word ("McDonald"). For texts with letters beyond ASCII, as
 * `NAME_TOKEN_ANY` is; an ASCII text is read by `asciiLowercaseWords`, the same words.
 */
const LOWERCASE_WORD_ANY = /(?<![\p{L}\p{M}\p{N}_'’-])\p{Ll}[\p{Ll}\p{M}]*(?:['’-]\p{Ll}[\p{Ll}\p{M}]*)*/gu;

/** The words a text writes in lowercase ("the investigation": `investigation`). */
function lowercaseWords(text: string): Set<string> {
  const words = new Set<string>();
  const pattern = LOWERCASE_WORD_ANY;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) words.add(m[0]);
  return words;
}

/**
 * The words an ASCII text writes in lowercase, as `/(?<![A-Za-z0-9_'’-])[a-z]+(?:['’-][a-z]+)*\/g`
 * reads them, but only those of the first letter and length of a candidate's lowercase form: a scan
 * of the characters that copies a few words, where the pattern made a string of every word (three
 * times the cost of the rest of `nameTokens`).
 */
function asciiLowercaseWords(text: string, candidates: readonly string[]): Set<string> {
  const keys = new Set<number>();
  for (const word of candidates) keys.add(word.length * 128 + (word.charCodeAt(0) | 32));
  const words = new Set<string>();
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isLowerAsciiLetter(c) || (i > 0 && isWordOrJoiner(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      while (j < n && isLowerAsciiLetter(text.charCodeAt(j))) j++;
      const d = text.charCodeAt(j);
      if ((d === 39 || d === 0x2019 || d === 45) && isLowerAsciiLetter(text.charCodeAt(j + 1))) j += 2;
      else break;
    }
    if (keys.has((j - i) * 128 + c)) words.add(text.slice(i, j));
    i = j;
  }
  return words;
}


/** A letter, digit, underscore, apostrophe or hyphen: what a lowercase word may not follow. */
function isWordOrJoiner(code: number): boolean {
  return isWordCode(code) || code === 39 || code === 0x2019 || code === 45;
}

function isAsciiWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f && word.charCodeAt(i) !== 0x2019) return false;
  return true;
}

const DAY_MS = 86_400_000;
/** Documents of each group compared when deciding whether two groups are related. */
const RELATED_SAMPLE = 20;
/** Link strength (in units of the thresholds) that makes two groups related. */
const RELATED_STRENGTH = 0.7;

/** Days since the epoch of an ISO date (a year is read as its middle, a month as its 15th); NaN when unreadable. */
export function dayNumber(iso: string | undefined): number {
  if (iso === undefined) return Number.NaN;
  const s = iso.length === 4 ? `${iso}-07-01` : iso.length === 7 ? `${iso}-15` : iso.slice(0, 10);
  return Math.floor(Date.parse(s) / DAY_MS);
}

/** One document while its event is open. */
interface OpenDoc {
  readonly id: DocId;
  readonly tokens: readonly string[];
  /** Sum of the IDF of its rare tokens, as of when `seen` documents were counted. */
  weight: number;
  weightSeen: number;
  /** Event day, else publication day (days since the epoch); NaN when neither is known. */
  readonly day: number;
  /** Whether `day` is a stated event day. */
  readonly stated: boolean;
  /** Its toll as a key (`tollKey`), when it counts at least `minToll`. */
  readonly toll: string | undefined;
  /** Key of its open group. */
  group: number;
}

/**
 * Whether two documents that copy each other (lineage) tell one story: the event days they state are
 * not too far apart, and they share a telling name (`shared`: the IDF weight of the rare names they
 * share) when both name something; a follow-up published weeks later that states no day of its own
 * is still the story. A wire template or a station's stock paragraphs reused for another incident
 * share passages, but not its day or its people.
 */
function isSameStory(a: OpenDoc, b: OpenDoc, shared: number, opts: GroupOptions): boolean {
  if (a.stated && b.stated && Math.abs(a.day - b.day) > opts.maxDaysApart) return false;
  if (a.tokens.length === 0 || b.tokens.length === 0) return true;
  return shared >= opts.minSharedWeight * COPY_SHARE;
}

/** Share of `minSharedWeight` two copies must share to be one story (one rare name is enough). */
const COPY_SHARE = 0.3;

/** An inverted-index entry: the open documents with a token, or only their count once too common. */
interface Posting {
  docs: OpenDoc[] | undefined;
  count: number;
}

interface Group {
  readonly docs: OpenDoc[];
  /** Latest `at` day of its documents: the event closes `windowDays` after it. */
  lastDay: number;
}

/**
 * Online event grouping: `add` documents (best in date order), take closed events with
 * `closeReady` as the stream moves on, and the rest with `flush`.
 *
 * @example
 * const grouper = new EventGrouper();
 * for (const doc of docs) grouper.add(doc);
 * const groups = grouper.flush(); // [['a1', 'a2'], ['b1']]
 */
export class EventGrouper {
  readonly #opts: GroupOptions;
  readonly #counts = new TokenCounts();
  readonly #postings = new Map<string, Posting>();
  /** Open groups by key, in the order they were opened (a Map keeps insertion order). */
  readonly #groups = new Map<number, Group>();
  readonly #links = new Map<DocId, DocId[]>();
  readonly #byId = new Map<DocId, OpenDoc>();
  readonly #pending: DocId[][] = [];
  #nextGroup = 0;
  #seen = 0;
  #openDocs = 0;
  #clock = Number.NaN;
  #closedAt = Number.NaN;

  constructor(options: Partial<GroupOptions> = {}) {
    this.#opts = { ...DEFAULT_GROUP_OPTIONS, ...options };
  }

  /** Documents added so far. */
  get seen(): number {
    return this.#seen;
  }

  /** Days the stream moves past an event before it closes. */
  get windowDays(): number {
    return this.#opts.windowDays;
  }

  /** The options in force (defaults and those given). */
  get options(): GroupOptions {
    return this.#opts;
  }

  /** A name's weight with the documents added so far (IDF, as links are weighed): what `FollowUpIndex` reads. */
  weightOf(token: string): number {
    return this.#idf(token);
  }

  /** Documents in open events. */
  get openDocs(): number {
    return this.#openDocs;
  }

  /**
   * Declares that two documents copy each other (lineage): they go to one event, whichever is
   * added second joins the first's. Both ids may be unseen yet.
   */
  link(a: DocId, b: DocId): void {
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const list = this.#links.get(x) ?? [];
      list.push(y);
      this.#links.set(x, list);
    }
  }

  /** Adds a document to an open event, or opens one for it. */
  add(input: GroupInput): void {
    const opts = this.#opts;
    const tokens = input.names ? [...input.names] : [...nameTokens(input.text)];
    for (const t of tokens) this.#counts.add(t);
    this.#seen++;
    const eventDay = dayNumber(input.eventDate);
    const stated = Number.isFinite(eventDay);
    const day = stated ? eventDay : dayNumber(input.published);
    const atDay = input.at !== undefined ? dayNumber(input.at) : day;
    const at = Number.isFinite(atDay) ? atDay : day;
    if (Number.isFinite(at) && !(at <= this.#clock)) this.#clock = at;

    let weight = 0;
    const shared = new Map<OpenDoc, number>();
    for (const t of tokens) {
      const posting = this.#postings.get(t);
      if ((posting?.count ?? 0) >= opts.maxTokenDocs || !this.#isTelling(t)) continue;
      const w = this.#idf(t);
      weight += w;
      if (!posting?.docs) continue;
      const share = this.#shareOf(t, w);
      for (const other of posting.docs) shared.set(other, (shared.get(other) ?? 0) + share);
    }
    const doc: OpenDoc = { id: input.id, tokens, weight, weightSeen: this.#seen, day, stated, toll: tollKey(input.toll, opts.minToll), group: -1 };

    // The strongest link to each open group, in units of the thresholds (>= 1 links).
    const strength = new Map<number, number>();
    for (const [other, w] of shared) {
      const s = this.#linkStrength(doc, other, w);
      if (s >= 1 && s > (strength.get(other.group) ?? 0)) strength.set(other.group, s);
    }
    for (const id of this.#links.get(input.id) ?? []) {
      const other = this.#byId.get(id);
      if (other && isSameStory(doc, other, shared.get(other) ?? 0, opts)) strength.set(other.group, Number.POSITIVE_INFINITY);
    }
    const ranked = [...strength.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    let key = ranked[0]?.[0];
    if (key === undefined) {
      key = this.#nextGroup++;
      this.#groups.set(key, { docs: [], lastDay: at });
    }
    // A second open event is merged only when its own documents and the first's are related: a
    // roundup links every incident it names, however strongly, and must not glue them together.
    for (const [other] of ranked.slice(1)) if (this.#related(key, other)) key = this.#union(key, other);
    doc.group = key;
    const group = this.#groups.get(key);
    if (group) {
      group.docs.push(doc);
      if (Number.isFinite(at) && !(at <= group.lastDay)) group.lastDay = at;
    }
    this.#byId.set(doc.id, doc);
    this.#openDocs++;
    for (const t of tokens) {
      const posting = this.#postings.get(t);
      if (!posting) this.#postings.set(t, { docs: [doc], count: 1 });
      else {
        posting.count++;
        if (posting.docs && posting.count > opts.maxTokenDocs) posting.docs = undefined;
        else posting.docs?.push(doc);
      }
    }
    // Past the cap, the events opened first are closed (a dump far out of date order, or undated).
    for (const [k, g] of this.#groups) {
      if (this.#openDocs <= opts.maxOpenDocs) break;
      if (g.docs.length > 0 && k !== key) this.#pending.push(this.#close(k));
    }
  }

  /**
   * Closes the events the stream has moved past (their latest date is more than `windowDays`
   * before the latest date seen) and returns their documents, each group in the order added.
   * Cheap to call after every document: it only scans the open events when the stream's date moved.
   */
  closeReady(): DocId[][] {
    const closed = this.#pending.splice(0);
    if (!Number.isFinite(this.#clock) || this.#clock === this.#closedAt) return closed;
    this.#closedAt = this.#clock;
    const limit = this.#clock - this.#opts.windowDays;
    for (const [k, g] of this.#groups) if (g.lastDay < limit) closed.push(this.#close(k));
    return closed;
  }

  /** Closes every open event and returns their documents. */
  flush(): DocId[][] {
    const closed = this.#pending.splice(0);
    for (const k of [...this.#groups.keys()]) closed.push(this.#close(k));
    return closed;
  }

  /**
   * Whether a name still tells events apart: it is in at most `maxTokenDocs` open documents, and
   * these belong to at most `maxTokenGroups` open events. A victim's name in thirty reports of one
   * shooting is telling; "Hospital" in one report each of five shootings is not.
   */
  #isTelling(token: string): boolean {
    const docs = this.#postings.get(token)?.docs;
    if (docs === undefined) return !this.#postings.has(token);
    const limit = this.#opts.maxTokenGroups;
    if (docs.length <= limit) return true;
    const groups: number[] = [];
    for (const d of docs) {
      if (groups.includes(d.group)) continue;
      groups.push(d.group);
      if (groups.length > limit) return false;
    }
    return true;
  }

  /** What a name of weight `w` adds to two documents' shared weight (`commonWordShare`). */
  #shareOf(token: string, w: number): number {
    return isCommonWord(token) ? w * this.#opts.commonWordShare : w;
  }

  #idf(token: string): number {
    return Math.log((this.#seen + this.#opts.background) / (this.#counts.get(token) + 0.5));
  }

  /**
   * A document's name weight with today's frequencies: a name that was new when the first report
   * came in is common once five reports name it. Recomputed when the collection grew by a tenth.
   */
  #weightOf(doc: OpenDoc): number {
    if (this.#seen <= doc.weightSeen * 1.1 + 1) return doc.weight;
    let weight = 0;
    for (const t of doc.tokens) if (this.#isTelling(t)) weight += this.#idf(t);
    doc.weight = weight;
    doc.weightSeen = this.#seen;
    return weight;
  }

  /** How strongly two documents are linked, in units of the thresholds; 0 when their dates rule it out. */
  #linkStrength(a: OpenDoc, b: OpenDoc, shared: number): number {
    const opts = this.#opts;
    const apart = Math.abs(a.day - b.day);
    if (apart > opts.maxDaysApart) return 0;
    const smaller = Math.min(a.weight, this.#weightOf(b));
    if (smaller <= 0) return 0;
    const sameDay = a.stated && b.stated && apart <= 1;
    const sameToll = a.toll !== undefined && a.toll === b.toll;
    // The same toll counts on the very day both state, or within a day when one states none
    // (its publication day stands for it: "One Dead, Four Wounded in Drive-By Shooting" of the next morning).
    const isTollDay = sameDay ? apart === 0 : !(a.stated && b.stated) && apart <= 1;
    const factor = (sameDay ? opts.sameDayFactor : 1) * (sameToll && isTollDay ? opts.sameTollFactor : 1);
    const bySum = shared / (opts.minSharedWeight * factor);
    // Enough shared weight in absolute terms links long reports that name much else besides.
    return Math.max(Math.min(bySum, shared / smaller / (opts.minOverlap * factor)), bySum / opts.strongShare);
  }

  /**
   * Whether two open groups are linked by their own documents, not only through the document that
   * links both: some pair of their documents shares at least half the weight a link needs. A
   * roundup names two shootings whose own reports share nothing; five reports of one event do.
   */
  #related(a: number, b: number): boolean {
    const docsA = this.#groups.get(a)?.docs.slice(0, RELATED_SAMPLE) ?? [];
    const docsB = this.#groups.get(b)?.docs.slice(0, RELATED_SAMPLE) ?? [];
    for (const x of docsA) {
      const names = new Set(x.tokens);
      for (const y of docsB) {
        let shared = 0;
        for (const t of y.tokens) if (names.has(t) && this.#isTelling(t)) shared += this.#idf(t);
        if (this.#linkStrength(x, y, shared) >= RELATED_STRENGTH) return true;
      }
    }
    return false;
  }

  /** Merges two open groups; the one opened first keeps its key. */
  #union(a: number, b: number): number {
    if (a === b) return a;
    const [keepKey, dropKey] = a < b ? [a, b] : [b, a];
    const keep = this.#groups.get(keepKey);
    const drop = this.#groups.get(dropKey);
    if (!keep || !drop) return keepKey;
    for (const d of drop.docs) {
      d.group = keepKey;
      keep.docs.push(d);
    }
    if (!(drop.lastDay <= keep.lastDay)) keep.lastDay = drop.lastDay;
    this.#groups.delete(dropKey);
    return keepKey;
  }

  /** Removes a group and its documents from the index and returns their ids. */
  #close(key: number): DocId[] {
    const group = this.#groups.get(key);
    this.#groups.delete(key);
    if (!group) return [];
    const ids: DocId[] = [];
    for (const doc of group.docs) {
      ids.push(doc.id);
      this.#byId.delete(doc.id);
      this.#links.delete(doc.id);
      this.#openDocs--;
      for (const t of doc.tokens) {
        const posting = this.#postings.get(t);
        if (!posting) continue;
        posting.count--;
        if (posting.count <= 0) this.#postings.delete(t);
        else if (posting.docs) {
          const at = posting.docs.indexOf(doc);
          if (at >= 0) posting.docs.splice(at, 1);
        }
      }
    }
    return ids;
  }
}

/** A document's day (days since the epoch): its event day, else its publication day; NaN when it has neither. */
function docDay(d: GroupInput): number {
  const day = dayNumber(d.eventDate);
  return Number.isFinite(day) ? day : dayNumber(d.published);
}

/**
 * The documents, an undated one that copies a dated one (`links`) published on its copy's day.
 * Undated, it came last in the stream, after its copy's event had closed, and joined whatever
 * event was open then; and with no day, nothing kept it from linking events of any day.
 */
export function withCopyDays<T extends GroupInput>(docs: readonly T[], links: readonly (readonly [DocId, DocId])[]): T[] {
  if (links.length === 0) return [...docs];
  const dayOf = new Map<DocId, number>();
  for (const d of docs) dayOf.set(d.id, docDay(d));
  const copyDay = new Map<DocId, number>();
  for (const [a, b] of links) {
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const day = dayOf.get(y) ?? Number.NaN;
      if (Number.isFinite(day) && !Number.isFinite(dayOf.get(x) ?? Number.NaN) && !(day >= (copyDay.get(x) ?? Infinity))) copyDay.set(x, day);
    }
  }
  if (copyDay.size === 0) return [...docs];
  return docs.map((d) => {
    const day = copyDay.get(d.id);
    return day === undefined ? d : { ...d, published: isoDay(fromDayNumber(day)) };
  });
}

/** The day of a group of documents: the median of their days (NaN when none is dated). */
function groupDay(docs: readonly GroupInput[]): number {
  const days = docs.map(docDay).filter(Number.isFinite).sort((a, b) => a - b);
  return days.length > 0 ? days[Math.floor(days.length / 2)]! : Number.NaN;
}

/** The order grouping takes documents in: by date (event day, else publication), undated last, stable. */
export function streamOrder<T extends GroupInput>(docs: readonly T[]): T[] {
  const keyed = docs.map((d, i) => ({ d, i, day: docDay(d) }));
  keyed.sort((a, b) => (Number.isFinite(a.day) ? a.day : Infinity) - (Number.isFinite(b.day) ? b.day : Infinity) || compareIds(a.d.id, b.d.id) || a.i - b.i);
  return keyed.map((k) => k.d);
}

/**
 * Groups documents into events. Returns groups of document ids, each sorted, largest first;
 * every document is in exactly one group. `links` are pairs of documents known to copy each other.
 *
 * @example
 * groupDocuments([{ id: 'a', text: 'Jose Flores-Vargas and Alejandro Ramirez were killed on Sunrise Street in Salinas.' },
 *                 { id: 'b', text: 'Salinas police named Jose Flores-Vargas and Alejandro Ramirez, shot on Sunrise Street.' }])
 * // [['a', 'b']]
 */
export function groupDocuments(
  inputs: readonly GroupInput[],
  options: Partial<GroupOptions> = {},
  links: readonly (readonly [DocId, DocId])[] = [],
): DocId[][] {
  const opts = { ...DEFAULT_GROUP_OPTIONS, ...options };
  // Each document's names read once, for the grouper, `sharedAnchor` and `joinFollowUps` alike.
  const docs = inputs.map((d) => (d.names ? d : { ...d, names: [...nameTokens(d.text)] }));
  if (isOneSmallCollection(docs, opts)) return [docs.map((d) => d.id).sort()];
  const grouper = new EventGrouper(opts);
  for (const [a, b] of links) grouper.link(a, b);
  const groups: DocId[][] = [];
  for (const doc of streamOrder(withCopyDays(docs, links))) {
    grouper.add(doc);
    for (const g of grouper.closeReady()) groups.push(g);
  }
  groups.push(...grouper.flush());
  return joinFollowUps(groups, docs, opts)
    .map((g) => g.sort())
    .sort((a, b) => b.length - a.length || (a[0] ?? '').localeCompare(b[0] ?? ''));
}

/**
 * Joins follow-ups to the events they follow. A report of a hearing, a trial or a sentence comes
 * weeks or years after its shooting, long after grouping's window closed on it (`windowDays`), and
 * its own event day is the hearing's; but it names the shooting's victims and suspects and recalls
 * its day ("the Feb. 12, 2013, shootings", "the January quadruple murder"). A group joins an earlier
 * one (its day more than `maxDaysApart` days before the group's own) when one of its documents
 * recalls a day or month holding that event's day (`recalled`), and the two share names worth a
 * strong link (`strongShare` times `minSharedWeight`, by IDF over the collection), counting only
 * names found in at most `followUpEvents` groups: a victim's name, not a city's. The event sharing
 * most wins; groups are taken oldest first, so a chain of follow-ups ends in the first event.
 * Note: a year alone ("the 2013 house party murders") recalls too little: on gva-dev it joined a
 * roundup of a year's crimes to one of them.
 * Measured on gva-dev (1,252 articles, `corroborate eval --dump`): 11 follow-ups joined, all to
 * their incident; B-cubed recall 90.7 -> 91.8, precision unchanged (96.7).
 * Note: only a build that holds every group joins them (a whole build; a store rebuilt whole); a
 * stream (`--format jsonl`) or a store's bounded rebuild has closed the earlier event when its
 * follow-up comes, and says instead which event the follow-up follows (`FollowUpIndex`).
 *
 * @example
 * // 'a' reports a shooting on 2013-02-12 naming three rare names; 'b', a year later, names them
 * // again and recalls "February 12, 2013": one event.
 * joinFollowUps([['a'], ['b']], docs, DEFAULT_GROUP_OPTIONS); // [['a', 'b']]
 */
export function joinFollowUps(groups: readonly (readonly DocId[])[], docs: readonly GroupInput[], opts: GroupOptions = DEFAULT_GROUP_OPTIONS): DocId[][] {
  if (opts.followUpEvents <= 0 || groups.length < 2) return groups.map((g) => [...g]);
  const byId = new Map(docs.map((d) => [d.id, d]));
  // Each document's names once (a document's `names` are distinct, as `nameTokens` gives them).
  const namesOf = new Map(docs.map((d) => [d.id, d.names ?? [...nameTokens(d.text)]]));
  // Document frequencies over the collection, as the grouper weighs names.
  const counts = new Map<string, number>();
  for (const names of namesOf.values()) for (const t of names) counts.set(t, (counts.get(t) ?? 0) + 1);
  const idf = (t: string) => Math.log((docs.length + opts.background) / ((counts.get(t) ?? 0) + 0.5));
  const infos = groups.map((ids) => {
    const members = ids.flatMap((id) => byId.get(id) ?? []);
    const names: Iterable<string> = members.length === 1 ? (namesOf.get(members[0]!.id) ?? []) : new Set(members.flatMap((d) => namesOf.get(d.id) ?? []));
    return { ids, members, day: groupDay(members), names };
  });
  // The groups of each telling name (in at most `followUpEvents` groups).
  const postings = new Map<string, number[]>();
  infos.forEach((g, i) => {
    for (const t of g.names) {
      const list = postings.get(t);
      if (list === undefined) postings.set(t, [i]);
      else if (list.length <= opts.followUpEvents) list.push(i);
    }
  });
  const root = infos.map((_, i) => i);
  const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i]!)));
  const needed = opts.strongShare * opts.minSharedWeight;
  const order = infos.map((_, i) => i).filter((i) => Number.isFinite(infos[i]!.day)).sort((a, b) => infos[a]!.day - infos[b]!.day || a - b);
  for (const i of order) {
    const g = infos[i]!;
    const shared = new Map<number, number>();
    for (const t of g.names) {
      const list = postings.get(t);
      if (list === undefined || list.length > opts.followUpEvents) continue;
      for (const j of list) if (j !== i && infos[j]!.day < g.day - opts.maxDaysApart) shared.set(j, (shared.get(j) ?? 0) + idf(t));
    }
    const best = strongestRecalled(shared, needed, g.members, (j) => infos[j]!.day);
    if (best !== undefined) root[find(i)] = find(best);
  }
  const joined = new Map<number, DocId[]>();
  infos.forEach((g, i) => {
    const key = find(i);
    const list = joined.get(key);
    if (list === undefined) joined.set(key, [...g.ids]);
    else list.push(...g.ids);
  });
  return [...joined.values()];
}

/**
 * Closed events a stream remembers for `FollowUpIndex` by default (their names and day). Measured on
 * the synthetic million-article dump (`bench/synth-dump.mjs 1M --places real`, 573,815 events, two
 * workers), follow-ups found / of the same synthetic incident / peak RSS: 100,000 remembered
 * 10,815 / 8,689 / 1.57 GB; 25,000 11,479 / 9,158 / 1.13 GB; 10,000 10,686 / 8,283 / 0.98 GB; none
 * 0.91 GB. 10,000 keeps the million under 1 GB. Of the follow-ups found with 100,000, the median
 * followed an event 2,432 events back, 83% at most 10,000 back.
 */
export const FOLLOW_UP_CAPACITY = 10_000;

/**
 * The events a stream has closed, to tell which of them a later event follows up: the rule of
 * `joinFollowUps` (a day or month its documents recall holds the earlier event's day, and names
 * found in at most `followUpEvents` events weigh a strong link), told instead of joined, since the
 * stream has written the earlier event out. Memory: the names and day of at most `capacity`
 * events, the oldest forgotten first.
 *
 * @example
 * const index = new FollowUpIndex(DEFAULT_GROUP_OPTIONS);
 * index.close(1, shootingDocs, idf); // undefined
 * index.close(2, trialDocs, idf); // 1: the trial recalls the shooting's day and names its people
 */
export class FollowUpIndex {
  readonly #opts: GroupOptions;
  readonly #capacity: number;
  /** Closed events in the order they closed: their day and the keys of their distinct names (`nameKey`). */
  readonly #events = new Map<number, { readonly day: number; readonly keys: Int32Array }>();
  /**
   * The events of each name key: one event's id, or the ids of up to one more than `followUpEvents`
   * (past that the name tells nothing). Note: keys and ids are small integers, not the names and
   * arrays of them: over a stream's 100,000 remembered events the strings and one-element arrays
   * were most of the index (on a 100,000-article synthetic dump it held 116 MB of heap for 60,000
   * events as strings and arrays).
   */
  readonly #postings = new Map<number, number | number[]>();

  constructor(opts: GroupOptions = DEFAULT_GROUP_OPTIONS, capacity = FOLLOW_UP_CAPACITY) {
    this.#opts = opts;
    this.#capacity = Math.max(0, capacity);
  }

  /**
   * The earlier closed event that the event of `docs` follows up, by the weights `weightOf` gives
   * names; then remembers that event as `id`. Undefined when it follows none.
   */
  close(id: number, docs: readonly GroupInput[], weightOf: (token: string) => number): number | undefined {
    const opts = this.#opts;
    if (opts.followUpEvents <= 0 || this.#capacity === 0) return undefined;
    // An undated event follows none, and none can follow it.
    const day = groupDay(docs);
    if (!Number.isFinite(day)) return undefined;
    const names = [...new Set(docs.flatMap((d) => d.names ?? [...nameTokens(d.text)]))];
    const keys = new Int32Array(names.length);
    const shared = new Map<number, number>();
    names.forEach((t, i) => {
      const key = (keys[i] = nameKey(t));
      const posting = this.#postings.get(key);
      if (posting === undefined) return;
      const events = typeof posting === 'number' ? [posting] : posting;
      // as in `joinFollowUps`, the new event counts among the events that have the name
      if (events.length + 1 > opts.followUpEvents) return;
      for (const j of events) if (this.#events.get(j)!.day < day - opts.maxDaysApart) shared.set(j, (shared.get(j) ?? 0) + weightOf(t));
    });
    const best = strongestRecalled(shared, opts.strongShare * opts.minSharedWeight, docs, (j) => this.#events.get(j)!.day);
    this.#remember(id, day, keys);
    return best;
  }

  #remember(id: number, day: number, keys: Int32Array): void {
    this.#events.set(id, { day, keys });
    for (const key of keys) {
      const posting = this.#postings.get(key);
      if (posting === undefined) this.#postings.set(key, id);
      else if (typeof posting === 'number') {
        if (posting !== id) this.#postings.set(key, [posting, id]);
      } else if (posting.length <= this.#opts.followUpEvents && !posting.includes(id)) posting.push(id);
    }
    if (this.#events.size <= this.#capacity) return;
    const [oldest, event] = this.#events.entries().next().value as [number, { readonly keys: Int32Array }];
    this.#events.delete(oldest);
    for (const key of event.keys) {
      const posting = this.#postings.get(key);
      if (posting === undefined) continue;
      if (typeof posting === 'number') {
        if (posting === oldest) this.#postings.delete(key);
        continue;
      }
      const at = posting.indexOf(oldest);
      if (at >= 0) posting.splice(at, 1);
      if (posting.length === 0) this.#postings.delete(key);
      else if (posting.length === 1) this.#postings.set(key, posting[0]!);
    }
  }
}

/**
 * The follow-ups of events that close one after another and are delivered later, in the same order
 * (a stream's events, a store's bounded rebuild): numbers each event as it closes (1, 2, ...), asks
 * `FollowUpIndex` which earlier one it follows, and tells it when that event is delivered.
 *
 * @example
 * const followUps = new ClosedEvents(opts);
 * followUps.close(docs, idf); // when the grouper closes an event
 * followUps.deliver(); // { number: 1 }, later: { number: 7, follows: 1 }
 */
export class ClosedEvents {
  readonly #index: FollowUpIndex;
  readonly #follows = new Map<number, number>();
  #closed = 0;
  #delivered = 0;

  constructor(opts: GroupOptions = DEFAULT_GROUP_OPTIONS, capacity = FOLLOW_UP_CAPACITY) {
    this.#index = new FollowUpIndex(opts, capacity);
  }

  /** An event closed, with these documents. */
  close(docs: readonly GroupInput[], weightOf: (token: string) => number): void {
    const number = ++this.#closed;
    const follows = this.#index.close(number, docs, weightOf);
    if (follows !== undefined) this.#follows.set(number, follows);
  }

  /** The next event delivered: its number, and the number of the event it follows, if any. */
  deliver(): { readonly number: number; readonly follows?: number } {
    const number = ++this.#delivered;
    const follows = this.#follows.get(number);
    this.#follows.delete(number);
    return follows === undefined ? { number } : { number, follows };
  }
}

/**
 * A name's key in `FollowUpIndex`: its 31-bit FNV-1a hash. Two names of one key are taken as one,
 * which can only add weight to a link that must also recall the earlier event's day.
 */
function nameKey(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h >>> 1;
}

/**
 * Of the earlier events sharing names with a group (`shared`: event to shared weight), the one
 * sharing most, at least `needed`, whose day (`dayOf`) one of the group's documents recalls.
 */
function strongestRecalled(shared: ReadonlyMap<number, number>, needed: number, docs: readonly GroupInput[], dayOf: (event: number) => number): number | undefined {
  let best: number | undefined;
  let bestWeight = 0;
  for (const [j, weight] of shared) {
    if (weight < needed || weight <= bestWeight || !recalls(docs, dayOf(j))) continue;
    best = j;
    bestWeight = weight;
  }
  return best;
}

/** Whether one of the documents recalls a period holding `day` (days since the epoch), a day either side. */
function recalls(docs: readonly GroupInput[], day: number): boolean {
  for (const d of docs) {
    for (const p of d.recalled ?? []) {
      const first = boundsOf(p.start)?.[0];
      const last = boundsOf(p.end)?.[1];
      if (first !== undefined && last !== undefined && day >= calendarDay(first) - 1 && day <= calendarDay(last) + 1) return true;
    }
  }
  return false;
}

/**
 * Whether a whole collection is one event for its size alone: two reports or more, no more than
 * `smallCollection`, all naming one thing (`sharedAnchor`). A whole build and a stream that ends
 * within its first `smallCollection` reports apply it alike.
 */
export function isOneSmallCollection(docs: readonly GroupInput[], opts: GroupOptions): boolean {
  return docs.length >= 2 && docs.length <= opts.smallCollection && (sharedAnchor(docs) !== undefined || isChainedByNames(docs, opts));
}

/** Whether the event days the documents state (those that state one) lie within `maxDaysApart` of each other. */
function areEventDaysNear(docs: readonly GroupInput[], opts: GroupOptions): boolean {
  const days = docs.map((d) => dayNumber(d.eventDate)).filter((day) => !Number.isNaN(day));
  return days.length === 0 || Math.max(...days) - Math.min(...days) <= opts.maxDaysApart;
}

/**
 * Whether the documents of a small collection are chained by the names they share, two or more
 * with each next one (`spellingKey`: "Batumi" and "Kutaisi" in a wire story and a local one, "Public
 * Defender" in the local story and a rights group's statement), and the event days they state lie
 * within `maxDaysApart` of each other: the reports a user gathered of one happening, whose names
 * no one document shares with all (a rights group's statement names neither the ministry's
 * spokesman nor the towns of the wire story). One shared name ("Sergeant") links nothing.
 */
function isChainedByNames(docs: readonly GroupInput[], opts: GroupOptions): boolean {
  if (!areEventDaysNear(docs, opts)) return false;
  const keys = docs.map((d) => new Set([...(d.names ?? nameTokens(d.text))].map(spellingKey)));
  // Documents reached from the first through pairs that share two names or more.
  const reached = new Set<number>([0]);
  const queue = [0];
  while (queue.length > 0) {
    const from = queue.pop()!;
    for (let to = 0; to < docs.length; to++) {
      if (reached.has(to) || sharedCount(keys[from]!, keys[to]!, 2) < 2) continue;
      reached.add(to);
      queue.push(to);
    }
  }
  return reached.size === docs.length;
}

/** How many members two sets share, counted up to `enough`. */
function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>, enough: number): number {
  let n = 0;
  for (const key of a) if (b.has(key) && ++n >= enough) break;
  return n;
}

/**
 * A name every document of a collection shares, if any ("Dalmora" in five reports of the attack on
 * its market). A small collection whose documents all name one thing is what a user hands over
 * when they gathered the reports of one event; there, rare-name weighing has too few documents to
 * tell a telling name from a common one. A name of five letters or more is shared in any of its
 * spellings that differ only in vowels (`spellingKey`: "Kirkuk" and "Kerkuk", "Lankaran" and
 * "Lenkeran"), as entity mentions are merged. Not a given name ("Mohammed" in reports of three
 * attacks in three countries).
 */
export function sharedAnchor(docs: readonly GroupInput[]): string | undefined {
  let common: Map<string, string> | undefined;
  for (const d of docs) {
    const keys = new Map<string, string>();
    // A given name is no anchor: "Mohammed" (or "Jose") is in reports of many events.
    for (const token of d.names ?? nameTokens(d.text)) if (!isGivenName(token)) keys.set(spellingKey(token), token);
    for (const token of datelinePlace(d.text)) keys.set(spellingKey(token), token);
    common = common === undefined ? keys : new Map([...common].filter(([key]) => keys.has(key)));
    if (common.size === 0) return undefined;
  }
  return common === undefined ? undefined : [...common.values()].sort()[0];
}

/**
 * The words of a dateline's place in capitals opening a line near the top, lowercased as name tokens
 * are ("MEMPHIS, Tenn. (Dec. 3, 2023) -": "memphis"). Note: only for `sharedAnchor`: as names for
 * linking, they moved six gva-dev reports between events, half of them wrongly (a wire's dateline
 * is often another town than the one its lede names, and adds weight the other reports do not share).
 */
function datelinePlace(text: string): string[] {
  const words: string[] = [];
  for (const m of text.slice(0, DATELINE_REACH).matchAll(DATELINE_CAPITALS)) {
    // not a word the text also writes in lowercase ("BREAKING —" beside "breaking news")
    for (const word of (m[1] ?? '').split(/\s+/)) if (word.length >= 3 && !text.includes(word.toLowerCase())) words.push(word.toLowerCase());
  }
  return words;
}


/**
 * B-cubed precision, recall and F1 of a grouping against gold groups (items missing from either
 * side are scored as singletons of their own).
 *
 * @example
 * bcubed([['a', 'b']], [['a', 'b']]).f1 === 1;
 */
export function bcubed(predicted: readonly (readonly string[])[], gold: readonly (readonly string[])[]): { precision: number; recall: number; f1: number } {
  const clusterOf = (groups: readonly (readonly string[])[]) => {
    const map = new Map<string, Set<string>>();
    for (const g of groups) {
      const set = new Set(g);
      for (const id of g) map.set(id, set);
    }
    return map;
  };
  const p = clusterOf(predicted);
  const g = clusterOf(gold);
  const items = [...g.keys()];
  let precision = 0;
  let recall = 0;
  for (const id of items) {
    const pc = p.get(id) ?? new Set([id]);
    const gc = g.get(id) ?? new Set([id]);
    let both = 0;
    for (const x of pc) if (gc.has(x)) both++;
    precision += both / pc.size;
    recall += both / gc.size;
  }
  precision /= items.length || 1;
  recall /= items.length || 1;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** Ids in code-unit order: the same order whatever order the inputs came in. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
