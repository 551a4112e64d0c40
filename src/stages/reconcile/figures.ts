import type { Claim, ClaimKind, FigureKind, Scope } from '../../model/record.js';
import type { DossierClaim, DossierFigure } from '../../model/dossier.js';
import type { DocId } from '../../model/span.js';
import { SURVIVED } from '../../locales/en/claims.js';
import { EARLIER_LABEL, LATER_LABEL } from '../extract/claims/scope.js';
import { isDigit, isWordCode } from '../extract/dates/rules/base.js';
import { spellingKey } from '../entities/keys.js';
import { loadGazetteer } from '../entities/gazetteer.js';

/** What reconciliation needs to know of a document. */
export interface DocFacts {
  /** ISO date, to its precision; compared as strings. */
  readonly published?: string;
  /** Lineage group: documents that copy each other share one. Defaults to the document's id. */
  readonly group?: string;
}

const KIND_ORDER: readonly FigureKind[] = ['killed', 'injured', 'detained', 'missing', 'displaced', 'troops', 'participants'];
const KEY_ORDER: readonly Scope['key'][] = ['main', 'total', 'other', 'recurring', 'aggregate', 'unscoped'];
const POINT = new Set(['exact', 'about', 'range', 'at-most', 'fewer-than']);
const BOUND = new Set(['more-than', 'at-least']);

/**
 * Reconciles claims into figures, one per (kind, scope).
 *
 * The policy, in plain words (also in the README):
 * 1. Scope. Claims that state a total ("in total", "a total of") form the `total` figure; claims tied
 *    to other places ("in other cities") the `other` figure; recurring ones ("every year") the
 *    `recurring` figure; claims tied to a place or period, the `main` figure. A claim that states no
 *    scope joins the `main` figure if its interval fits it, else the `total` figure if it fits that,
 *    else `main`. So a country-wide total is never in conflict with one city's figure. With no claim
 *    tied to the event's place or period, the unscoped claims join the total only when all fit it.
 *    When the event's claims name a whole country (or state), a total over it is the event's
 *    figure; when they name a country and a city in it, the country's claims join the total (`extentOf`).
 * 2. Within one document, a count read from a singular ("a man was shot dead") gives way to any
 *    stated number of the same kind, but an ordinal ("a fourth person has been arrested") and a person
 *    the report is unsure of ("a fifth person may have been wounded") stay as bounds; a report's zero
 *    arrests ("the suspects fled") give way to the arrests it also states, and those of a report
 *    published before one that states arrests do not vote for `best` (see `supersededZeros`).
 * 3. `low`/`high` bound the point claims (exact, about, range, at most): the lowest low and the
 *    highest high of their intervals; an upper bound alone ("up to 5,000") sets no low beside the
 *    others. Open-ended claims ("more than 130") raise `high` only when
 *    they exceed every point claim. With open-ended claims alone, `low` is the tightest lower bound
 *    and `high` is null. Vague claims ("hundreds") count only when nothing else is stated.
 * 4. `best`: a stated update ("the death toll rose to 3") from the latest report wins, when it is at least
 *    the count of every report written before it and of its own, or corrects it ("revised the death
 *    toll down to seven") ("X died later" in a report of three
 *    killed updates nothing); else the value
 *    stated by the most independent sources (lineage groups), then by the most reports. Each report
 *    speaks once per figure: its highest stated count (for arrests, raised by its ordinals), else the
 *    distinct people it names. In a tie, a
 *    value below a stated lower bound loses; a remaining tie goes,
 *    for counts that grow with time (detained, displaced), to the most recent report's value when it
 *    is the higher one; for the injured, to the higher value (see `compareRecency`); otherwise to the
 *    lower value.
 * 5. `agreement`: `single` when one source (one report, or reports that copy each other) states it, `consistent` when all intervals share
 *    a value, `conflicting` otherwise.
 * 6. `injured` with no stated count is derived from people shot minus people killed; where other reports
 *    state the injured, a report that counts only the shot speaks as its shot minus its killed.
 * 7. A report's injured who died since count among the killed (`diedSince`; a report's own update too, `diedSinceOwnCount`, and one of its dead it names among its injured, `namedAmongInjured`); injured read only from
 *    described people may be among the killed, so `low` reaches down to them minus the killed, and
 *    `best` too unless a report sets one of them apart from the dead (`mayBeKilled`); a person a
 *    report names, or describes by one age, as injured and as killed is counted once, as killed
 *    (`dropImpliedWhereStated`).
 * 8. One who killed himself adds to the people he killed (`positions`: two relatives or more, or a
 *    claim of both, `withself:`); and to a report's count of the people he killed when the report
 *    states his suicide in another sentence and no count of its holds him (`suicideApart`).
 *
 * @example
 * reconcileFigures(claims, new Map([['a', { group: 'g1' }], ['b', { group: 'g1' }]]))
 * // [{ kind: 'killed', low: 130, best: 130, high: 141, agreement: 'conflicting', ... }]
 */
export function reconcileFigures(claims: readonly Claim[], docs: ReadonlyMap<DocId, DocFacts>): DossierFigure[] {
  const kept = dropImpliedWhereStated(claims);
  const byKind = new Map<ClaimKind, Claim[]>();
  for (const claim of kept) {
    const list = byKind.get(claim.kind) ?? [];
    list.push(claim);
    byKind.set(claim.kind, list);
  }
  const figures: DossierFigure[] = [];
  const groupsByKind = new Map<ClaimKind, Map<Scope['key'], Claim[]>>();
  const extent = extentOf(kept);
  for (const [kind, list] of byKind) groupsByKind.set(kind, assignScopes(list, extent));

  for (const kind of KIND_ORDER) {
    const groups = groupsByKind.get(kind);
    if (!groups) continue;
    for (const key of KEY_ORDER) {
      const all = groups.get(key);
      if (!all || all.length === 0) continue;
      for (const [happening, list] of key === 'other' ? otherHappenings(all) : key === 'aggregate' ? otherHappenings(all, periodOf) : [['', all] as const]) {
        // claims and figures of this happening (all of them, but for `other`, and for `aggregate` those of the period)
        const ofHappening = (c: Parameters<typeof happeningOf>[0] & Parameters<typeof periodOf>[0]) => (key === 'other' ? happeningOf(c) === happening : key === 'aggregate' ? periodOf(c) === happening : true);
        const killedClaims = (groupsByKind.get('killed')?.get(key) ?? []).filter(ofHappening);
        const killed = kind === 'injured' ? figures.find((f) => f.kind === 'killed' && f.scope.key === key && ofHappening(f)) : undefined;
        const died = killed ? diedSince(killed.best, killedClaims, list, docs) : undefined;
        const fromShot = kind === 'injured' ? injuredFromShot(list, (groupsByKind.get('shot')?.get(key) ?? []).filter(ofHappening), killedClaims, killed?.best ?? 0) : undefined;
        const apart = kind === 'killed' ? suicideApart(claims, list) : undefined;
        const figure = reconcileOne(kind, key, list, docs, died, fromShot, apart);
        // a report's shot minus its killed counts the injured apart from the dead already
        const isDerived = fromShot !== undefined && fromShot.size > 0;
        figures.push(killed && killed.best > 0 && !isDerived ? mayBeKilled(figure, killed, setApartFromDead(list, claims)) : figure);
      }
    }
  }
  // Injured derived from shot minus killed, where no injury count is stated.
  const shot = groupsByKind.get('shot');
  if (shot) {
    for (const key of KEY_ORDER) {
      const shotClaims = shot.get(key);
      if (!shotClaims || figures.some((f) => f.kind === 'injured' && f.scope.key === key)) continue;
      const shotFigure = reconcileOne('injured', key, shotClaims, docs);
      const killed = figures.find((f) => f.kind === 'killed' && f.scope.key === key);
      figures.push(deriveInjured(shotFigure, killed));
    }
    figures.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || KEY_ORDER.indexOf(a.scope.key) - KEY_ORDER.indexOf(b.scope.key));
  }
  return figures;
}

/**
 * The happening an `other` claim tells of: its place ("in Tuz Khurmatu"), else its label ("a
 * smaller blast") without the day it adds; an earlier or a later happening by its label, day and
 * place ("after the event: in Minneapolis, on Nov. 3").
 * Claims of two other happenings are two figures, not a conflict.
 */
function happeningOf(c: { readonly scope: { readonly place?: string | null; readonly label?: string | null } }): string {
  // "In Kharkiv, two people were wounded" and "Two were hurt in Kharkov": one place in two spellings
  // (a name of five letters or more in any spelling that differs only in vowels, as entities are merged).
  const label = c.scope.label ?? '';
  // Earlier and later happenings are told apart by their days too: two killings in one city months apart are two.
  if (label.startsWith(EARLIER_LABEL) || label.startsWith(LATER_LABEL)) return label;
  if (c.scope.place != null) return spellingKey(c.scope.place);
  // "attackers the forces killed, on Sunday morning" and "attackers the forces killed" tell of one
  // happening; "before the event: in July" and "before the event: last month" of two.
  return label.split(',')[0]!;
}

/**
 * The period statistics are of ("2024" of "so far this year", "2015" of "last year"; '' when none
 * is stated): statistics of two periods are two figures, not a conflict ("41 homicides this year",
 * "35 at this point last year").
 */
function periodOf(c: { readonly scope: { readonly period?: string | null } }): string {
  return c.scope.period ?? '';
}

/** `other` claims by the happening they tell of (`happeningOf`; `aggregate` claims by `periodOf`), in the order the happenings first come. */
function otherHappenings(claims: readonly Claim[], keyOf: (c: Claim) => string = happeningOf): Map<string, Claim[]> {
  const out = new Map<string, Claim[]>();
  for (const c of claims) {
    const key = keyOf(c);
    const list = out.get(key) ?? [];
    list.push(c);
    out.set(key, list);
  }
  return out;
}

/**
 * Per report, counts read from people give way to numbers the same report states.
 * Note: people read as shot are not turned into injured people one by one: a victim "shot" in one
 * sentence is often the one who "died" in the next under another name, so shot counts only derive
 * the injured at the figure level (shot minus killed).
 */
function dropImpliedWhereStated(claims: readonly Claim[]): Claim[] {
  // Note: a number stated of other happenings, statistics or commemorations ("two people were killed
  // on the same block in 2019") does not count the event's people: it drops only implied claims of its own scope.
  // Each claim's key made once: a claim is looked up by it up to twice.
  const keys = claims.map((c) => `${c.doc}\u0000${c.kind}\u0000${EVENT_KEYS.has(c.scope.key) ? 'event' : c.scope.key}`);
  const stated = new Set<string>();
  // Note: arrests only grow: "the suspects fled" or "no arrests have been made" in a report that also
  // names someone arrested ("two of the suspects were arrested on February 13") is its earlier state.
  const arrested = new Set<string>();
  // A person a report names as injured and as killed died of the wounds: counted once, as killed
  // ("Correll was listed in critical condition", "Ward Correll died").
  // So does a person a report describes by the same age as injured and as killed ("critically
  // injured a 16-year-old", "has killed a 16-year-old"; `sameAgedPerson`).
  const killedNames = new Set<string>();
  const killedAged = new Map<DocId, string[]>();
  claims.forEach((c, i) => {
    if (c.certainty === 'stated' && c.value > 0) stated.add(keys[i]!);
    if (c.kind === 'detained' && c.value > 0) arrested.add(keys[i]!);
    if (c.kind !== 'killed' || c.certainty !== 'implied') return;
    if (isName(c.subject)) killedNames.add(`${c.doc}\u0000${c.subject}`);
    else if (c.subject !== undefined && isAged(c.subject)) killedAged.set(c.doc, [...(killedAged.get(c.doc) ?? []), c.subject]);
  });
  const diedOfWounds = (c: Claim): boolean =>
    isName(c.subject) ? killedNames.has(`${c.doc}\u0000${c.subject}`) : isAged(c.subject) && (killedAged.get(c.doc) ?? []).some((k) => sameAgedPerson(k, c.subject!));
  return claims.filter((c, i) => {
    if (c.kind === 'detained' && c.value === 0 && arrested.has(keys[i]!)) return false;
    if (c.kind === 'injured' && c.certainty === 'implied' && diedOfWounds(c)) return false;
    // An ordinal ("a fourth person has been arrested") says more than the report's stated number
    // ("three charged"): it stays, as a lower bound (see `positions`); so does a person the report
    // is unsure of ("four were shot, and a fifth person may have been wounded": 4 to 5).
    return c.certainty === 'stated' || !stated.has(keys[i]!) || c.qualifier === 'at-least' || c.qualifier === 'range';
  });
}

/** Whether a claim's subject is a person described by an age (`aged:16:m`, see `agedSubject`). */
function isAged(subject: string | undefined): boolean {
  return subject?.startsWith('aged:') === true;
}

/** Whether two `aged:` subjects may be one person: the same age, and no two sexes ("a 16-year-old" is "a 16-year-old boy"). */
function sameAgedPerson(a: string, b: string): boolean {
  const [, ageA, sexA] = a.split(':');
  const [, ageB, sexB] = b.split(':');
  return ageA === ageB && (sexA === sexB || sexA === 'u' || sexB === 'u');
}

/**
 * The person a report's claim names, as `positions` tells its people apart: a surname, a relation or
 * list, `self`; a suicide named in its sentence (`self:smith`) is that surname ("Smith died"). None
 * for `anon`, "one of the victims" (`anon:one-of`, a lower bound, as often someone the report names
 * as not), `pair`, a person described by an age (`aged:`, who is as often someone named as not),
 * or a claim that counts people with the one who killed them and himself (`withself:`), whose value
 * counts them.
 */
function namedPerson(subject: string | undefined): string | undefined {
  if (subject === undefined || subject === 'anon' || subject === 'anon:one-of' || subject === 'pair' || isAged(subject) || subject.startsWith('withself:')) return undefined;
  return subject.startsWith('self:') ? subject.slice('self:'.length) : subject;
}

/** A person a claim names by one word (a surname or a given name, as `namedPerson` keys it): `mann`, `kadin`. */
const ONE_WORD_NAME = /^[a-z][a-z'’-]*$/;

/**
 * The ages a report states of each person it names, when it states one for every one of them (a
 * surname followed by its age: "Destiny Harmon, 24,"), else undefined.
 */
function agesOfNamed(named: ReadonlySet<string>, claims: readonly Claim[]): Set<string> | undefined {
  const ages = new Set<string>();
  for (const name of named) {
    if (!ONE_WORD_NAME.test(name)) return undefined;
    const word = capitalized(name);
    const age = claims.map((c) => (c.subject !== undefined && namedPerson(c.subject) === name ? ageAfterName(c.quote, word) : undefined)).find((a) => a !== undefined);
    if (age === undefined) return undefined;
    ages.add(age);
  }
  return ages;
}

/**
 * Named people without the one-word names that are the given name of another of them: "Kadin died
 * Sunday" beside "Kadin T. Mann was shot" (keyed `mann`) is one person, as a claim of the full name
 * writes the word before its surname.
 */
function withoutGivenNames(named: Set<string>, claims: readonly Claim[]): Set<string> {
  const single = [...named].filter((n) => ONE_WORD_NAME.test(n));
  if (single.length === 0 || named.size < 2) return named;
  // The quotes of the claims of each one-word name: one pattern per pair of names, tested on them.
  const quotes = new Map<string, string[]>();
  for (const c of claims) {
    const name = c.subject !== undefined ? namedPerson(c.subject) : undefined;
    if (name === undefined || !ONE_WORD_NAME.test(name)) continue;
    const list = quotes.get(name);
    if (list) list.push(c.quote);
    else quotes.set(name, [c.quote]);
  }
  for (const given of single) {
    const isGiven = [...quotes].some(([surname, said]) => surname !== given && said.some((quote) => isNameBefore(quote, capitalized(given), capitalized(surname))));
    if (isGiven) named.delete(given);
  }
  return named;
}

/** Whether `text[at]` is at a word's edge as `\b` reads it (one side a `\w` character, the other not). */
function isEdge(text: string, at: number): boolean {
  return (at > 0 && isWordCode(text.charCodeAt(at - 1))) !== (at < text.length && isWordCode(text.charCodeAt(at)));
}

/** The offsets where `word` stands in `text` as a whole word (`\b` on both sides). */
function* wordsAt(text: string, word: string): Generator<number> {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (isEdge(text, at) && isEdge(text, at + word.length)) yield at;
  }
}

/** Blanks from `at` on (`\s+`): where they end, or `at` when there are none. */
function blanksEnd(text: string, at: number): number {
  BLANKS_AT.lastIndex = at;
  return BLANKS_AT.test(text) ? BLANKS_AT.lastIndex : at;
}
const BLANKS_AT = /\s+/y;
/** A capitalized word of a name between a given name and a surname: a middle name or an initial ("T."). */
const MIDDLE_NAME_AT = /\p{Lu}[\p{L}.'’-]*/uy;

/**
 * Whether `text` writes the given name before the surname, with at most two capitalized words
 * between, a middle name or an initial ("Kadin T. Mann"), never "and" ("Dunlap and Castrillo").
 * Note: a scan, not a pattern made of the names for each pair (as the surname with its age in `ageAfterName`).
 */
function isNameBefore(text: string, given: string, surname: string): boolean {
  for (const at of wordsAt(text, given)) {
    let end = at + given.length;
    for (let between = 0; between <= 2; between++) {
      const next = blanksEnd(text, end);
      if (next === end) break;
      if (text.startsWith(surname, next) && isEdge(text, next + surname.length)) return true;
      MIDDLE_NAME_AT.lastIndex = next;
      if (between === 2 || !MIDDLE_NAME_AT.test(text)) break;
      end = MIDDLE_NAME_AT.lastIndex;
    }
  }
  return false;
}

/** The age written after a name in `text` ("Harmon, 24," -> '24'): one to three digits after a comma and blanks. */
function ageAfterName(text: string, name: string): string | undefined {
  for (const at of wordsAt(text, name)) {
    const comma = at + name.length;
    if (text.charCodeAt(comma) !== 44) continue;
    const from = blanksEnd(text, comma + 1);
    if (from === comma + 1) continue;
    let end = from;
    while (end < text.length && end - from < 3 && isDigit(text.charCodeAt(end))) end++;
    if (end > from && isEdge(text, end)) return text.slice(from, end);
  }
  return undefined;
}

function capitalized(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * A count that says the one who opened fire is among the dead: "four people dead, including the
 * gunman", "Gunman among 3 dead", "two were killed, one of them the suspect", "an apparent
 * murder-suicide".
 */
const COUNTS_PERPETRATOR =
  /\b(?:(?:including|counting|among them|one of them|as well as|along with)\s+(?:the\s+|a\s+)?(?:(?:suspected|alleged|lone|accused)\s+)?(?:gunman|gunmen|shooter|suspect|attacker|assailant|killer|perpetrator|man (?:who|police|authorities|investigators))|(?:gunman|shooter|suspect|attacker|assailant|killer|perpetrator)\s+(?:\w+\s+)?among|murder[- ]suicide)/i;

/**
 * A count of everyone found dead, the one who killed himself too as often as not: "the bodies of
 * four people", "three people were found dead", "how the three people inside died"; or a count
 * whose sentence tells of the suicide itself ("killed her and three others before fatally shooting
 * himself").
 */
const COUNTS_ALL_DEAD = /\b(?:bod(?:y|ies)|died|dead|deaths|(?:him|her|them)sel(?:f|ves)|self-inflicted|own li(?:fe|ves))\b/i;

/**
 * Reports whose stated toll leaves out the one who killed himself. The report states his suicide in
 * a sentence of its own ("Police say the gunman ... was found dead of a self-inflicted gunshot
 * wound", "The gunman took his own life hours later") apart from its count of the people he killed
 * ("Eight people were shot, three fatally", "Three children killed"), and none of its counts says
 * he is among them (`COUNTS_PERPETRATOR`) or counts everyone found dead (`COUNTS_ALL_DEAD`, which
 * holds only when every claim of the report's highest count is worded so). Casualty records (the
 * Gun Violence Archive's among them) count a shooter who dies among the killed.
 * Note: `all` is every claim before implied ones give way to stated ones (`dropImpliedWhereStated`,
 * which drops the suicide); `list` is the figure's own.
 * Note: measured on gva-dev before `COUNTS_ALL_DEAD`: 1 incident right, 5 wrong ("The bodies of four
 * people", "Three bodies were found", "the three people inside died"); with it, see the tests.
 */
function suicideApart(all: readonly Claim[], list: readonly Claim[]): Set<DocId> {
  const result = new Set<DocId>();
  const docs = new Set(list.filter((c) => c.certainty === 'stated' && POINT.has(c.qualifier) && c.value >= 1).map((c) => c.doc));
  // each report's killed of the event, in one pass over the claims
  const killedByDoc = new Map<DocId, Claim[]>();
  for (const c of all) {
    if (c.kind !== 'killed' || !docs.has(c.doc) || !EVENT_KEYS.has(c.scope.key)) continue;
    const own = killedByDoc.get(c.doc);
    if (own) own.push(c);
    else killedByDoc.set(c.doc, [c]);
  }
  for (const [doc, killed] of killedByDoc) {
    const stated = killed.filter((c) => c.certainty === 'stated' && POINT.has(c.qualifier));
    const suicides = killed.filter((c) => c.certainty === 'implied' && isSuicide(c.subject));
    if (suicides.length === 0 || stated.some((c) => COUNTS_PERPETRATOR.test(c.quote))) continue;
    const most = Math.max(...stated.map((c) => c.value));
    if (!stated.some((c) => c.value === most && !COUNTS_ALL_DEAD.test(c.quote))) continue;
    if (suicides.some((s) => stated.every((c) => s.span.end <= c.span.start || s.span.start >= c.span.end))) result.add(doc);
  }
  return result;
}

/** Whether a claim's subject is one who killed himself (`self`, or `self:smith` when his sentence names him). */
function isSuicide(subject: string | undefined): boolean {
  return subject === 'self' || subject?.startsWith('self:') === true;
}

/** Whether a claim's subject is a person's surname ("correll"), not `anon`, `pair`, `self` or a list or relation. */
function isName(subject: string | undefined): subject is string {
  return subject !== undefined && subject !== 'anon' && subject !== 'pair' && subject !== 'self' && !subject.includes(':');
}

/** Scope keys whose claims count the event itself. */
const EVENT_KEYS: ReadonlySet<Scope['key']> = new Set(['main', 'total', 'unscoped']);

function fits(claim: Claim, range: { low: number; high: number | null }): boolean {
  const [lo, hi] = claim.interval;
  return (range.high === null || lo <= range.high) && (hi === null || hi >= range.low);
}

/** A place's possessive: "Kenya's capital" is a part of the country. */
const POSSESSIVE_AFTER = /^['’]s\b/;

/**
 * How the event's own claims (`main`) that name a country or a state stand to a total over it
 * ("nationwide", "across the country"): claims that name a place the gazetteer knows only as a
 * country or a first-level region, not a part of it ("in Kenya's capital"), tell of the whole
 * country, as a total does.
 * - `whole`: every such claim names a country or a region ("The death toll from this week's
 *   protests in Kenya has risen to 38"): the event is the country's, and a total over it is the
 *   event's own figure: "11 died" of one report, "at least 31 during nationwide protests" of
 *   another and "38 in Kenya" of a third are one figure in conflict, not two.
 * - `split`: some name a country and others a place in it ("58 killed in Iraq", "four arrested in
 *   Baghdad"): the claims of the country join the total, the others are the event's place's
 *   figure ("130 died in Baku that night" and "147 in total" are two figures).
 * - `none`: no claim names a country or a region, or a total names a place of its own ("a total of
 *   17 in Nairobi").
 * Note: a state with a city stays as it is (`none`): US reports name the state of a city's
 * shooting ("two killed in Texas" and "two killed in Houston" are one figure).
 */
function extentOf(claims: readonly Claim[]): { readonly kind: 'whole' | 'split' | 'none'; readonly wide: ReadonlySet<string> } {
  const wide = new Set<string>();
  const countries = new Set<string>();
  const narrow = new Set<string>();
  for (const c of claims) {
    if (c.scope.key !== 'main' || c.scope.place === undefined) continue;
    const place = c.scope.place;
    if (narrow.has(place)) continue;
    const at = c.quote.indexOf(place);
    const isPossessive = at >= 0 && POSSESSIVE_AFTER.test(c.quote.slice(at + place.length, at + place.length + 3));
    const readings = isPossessive || wide.has(place) ? undefined : loadGazetteer().lookup(place);
    if (isPossessive || (readings !== undefined && (readings.length === 0 || readings.some((r) => r.precision !== 'country' && r.precision !== 'region')))) {
      narrow.add(place);
      continue;
    }
    wide.add(place);
    if (readings?.every((r) => r.precision === 'country')) countries.add(place);
  }
  const none = { kind: 'none', wide: new Set<string>() } as const;
  // A total tied to a place of its own ("a total of 17 in Nairobi") is that place's.
  if (wide.size === 0 || claims.some((c) => c.scope.key === 'total' && c.scope.place !== undefined && !wide.has(c.scope.place))) return none;
  if (narrow.size === 0) return { kind: 'whole', wide };
  return countries.size === wide.size ? { kind: 'split', wide } : none;
}

function assignScopes(claims: readonly Claim[], extent: ReturnType<typeof extentOf>): Map<Scope['key'], Claim[]> {
  const groups = new Map<Scope['key'], Claim[]>();
  const add = (key: Scope['key'], c: Claim) => {
    const list = groups.get(key) ?? [];
    list.push(c);
    groups.set(key, list);
  };
  // A total over the country the event is told of is the event's figure; a claim of the country
  // beside claims of a place in it is the total's (`extentOf`).
  const keyOf = (c: Claim): Scope['key'] =>
    extent.kind === 'whole' && c.scope.key === 'total' ? 'main'
    : extent.kind === 'split' && c.scope.key === 'main' && c.scope.place !== undefined && extent.wide.has(c.scope.place) ? 'total'
    : c.scope.key;
  for (const c of claims) if (c.scope.key !== 'unscoped') add(keyOf(c), c);
  const rangeOf = (key: Scope['key']) => {
    const list = groups.get(key);
    return list ? bounds(list) : undefined;
  };
  const main = rangeOf('main');
  const total = rangeOf('total');
  // Note: with no claim tied to the event's place or time, the unscoped claims are the event's own
  // figure; they are split off to the total only when they all fit it. Else the claims that agree
  // with the total ("Two dead, six injured" beside "In total, ... six others were injured") would
  // leave the main figure to the ones that disagree (3, 5).
  const isAllTotal = main !== undefined || total === undefined || claims.every((c) => c.scope.key !== 'unscoped' || fits(c, total));
  for (const c of claims) {
    if (c.scope.key !== 'unscoped') continue;
    if (!isAllTotal) add('main', c);
    else if (main && fits(c, main)) add('main', c);
    else if (total && fits(c, total)) add('total', c);
    else add('main', c);
  }
  return groups;
}

interface Bounds { low: number; high: number | null }

/** Qualifiers that bound a count from above only ("up to", "fewer than"). */
const UPPER_ONLY: ReadonlySet<string> = new Set(['at-most', 'fewer-than']);

function bounds(claims: readonly Claim[]): Bounds {
  const points = claims.filter((c) => POINT.has(c.qualifier));
  const openEnded = claims.filter((c) => BOUND.has(c.qualifier));
  if (points.length > 0) {
    // An upper bound alone ("up to 5,000 may have been displaced") says nothing of the low end:
    // the other points' lows bound it, when there are any.
    const lowered = points.filter((c) => !UPPER_ONLY.has(c.qualifier));
    let low = Math.min(...(lowered.length > 0 ? lowered : points).map((c) => c.interval[0]));
    let high = Math.max(...points.map((c) => c.interval[1] ?? c.interval[0]));
    const floor = Math.max(...openEnded.map((c) => c.interval[0]), -Infinity);
    if (floor > high) high = floor;
    if (low > high) low = high;
    return { low, high };
  }
  if (openEnded.length > 0) return { low: Math.max(...openEnded.map((c) => c.interval[0])), high: null };
  return {
    low: Math.min(...claims.map((c) => c.interval[0])),
    high: claims.some((c) => c.interval[1] === null) ? null : Math.max(...claims.map((c) => c.interval[1] ?? 0)),
  };
}

function groupOf(doc: DocId, docs: ReadonlyMap<DocId, DocFacts>): string {
  return docs.get(doc)?.group ?? doc;
}

interface Candidate {
  value: number;
  docs: Set<DocId>;
  groups: Set<string>;
  latest: string;
}

/**
 * A report's counts of police or soldiers, of protesters and of an armed group's members added up,
 * when it states two of them or more ("21 police officers were injured"; "more than 50 protesters
 * were hurt": at least 72; "four militants were killed"; "one soldier died": 5), else 0: no side is
 * ever among another. Each side counts its highest stated count (a lower
 * bound by its low end). Note: not police and "others" or "people": a report's count of all the
 * wounded often holds its officers ("four others, including a police officer").
 */
function sidesAddedUp(claims: readonly Claim[]): number {
  let forces = -1;
  let protesters = -1;
  let fighters = -1;
  for (const c of claims) {
    if (c.group === undefined || c.certainty !== 'stated' || c.qualifier === 'vague' || c.qualifier === 'at-most' || c.qualifier === 'fewer-than') continue;
    const value = POINT.has(c.qualifier) && c.qualifier !== 'range' ? c.value : c.interval[0];
    if (c.group === 'forces') forces = Math.max(forces, value);
    else if (c.group === 'protesters') protesters = Math.max(protesters, value);
    else fighters = Math.max(fighters, value);
  }
  const sides = [forces, protesters, fighters].filter((n) => n > 0);
  return sides.length >= 2 ? sides.reduce((a, b) => a + b, 0) : 0;
}

/**
 * What each report says, as one value per report: its highest stated point value, else the people it
 * names (distinct subjects: "John Smith was killed" and "his wife was killed" make 2), else nothing.
 */
function positions(claims: readonly Claim[]): Map<DocId, { value: number; isStated: boolean }> {
  const byDoc = new Map<DocId, Claim[]>();
  for (const c of claims) {
    const list = byDoc.get(c.doc) ?? [];
    list.push(c);
    byDoc.set(c.doc, list);
  }
  const result = new Map<DocId, { value: number; isStated: boolean }>();
  for (const [doc, list] of byDoc) {
    const stated = list.filter((c) => c.certainty === 'stated' && POINT.has(c.qualifier));
    if (stated.length > 0) {
      // An ordinal of the same report ("a fourth person has been arrested") raises its stated count of
      // arrests ("three charged"): arrests accumulate. Note: not for other kinds, where an ordinal often
      // counts people of another kind too ("killed two men and injured a third man").
      const ordinal = Math.max(...list.filter((c) => c.kind === 'detained' && c.certainty === 'implied' && c.qualifier === 'at-least').map((c) => c.interval[0]), -Infinity);
      result.set(doc, { value: Math.max(ordinal, ...stated.map((c) => (c.qualifier === 'range' ? c.interval[0] : c.value)), sidesAddedUp(list)), isStated: true });
      continue;
    }
    const implied = list.filter((c) => c.certainty === 'implied');
    if (implied.length === 0) continue;
    const named = withoutGivenNames(new Set(implied.flatMap((c) => namedPerson(c.subject) ?? [])), implied);
    // A report that names one person and one relative ("the shooting death of his 12-year-old
    // daughter", "Shellsea was killed"; "shot his 16-year-old friend", "Frierson had been shot")
    // mostly tells of one person twice: counted once. Not one who killed himself and a relative he
    // killed ("shot his wife, then himself"): two. Note: measured on gva-dev, killed (all 738
    // incidents) 90.7 -> 91.3, injured 81.4 -> 81.6; it had been for the shot only, as "Smith was
    // killed and his wife was killed" is two, but one person told twice is the more common report.
    if (named.size === 2 && !implied.some((c) => isSuicide(c.subject))) {
      const relations = [...named].filter((n) => n.startsWith('relation:'));
      if (relations.length === 1 && !relations[0]!.includes(',')) named.delete(relations[0]!);
    }
    const most = Math.max(...implied.map((c) => c.value));
    // One who killed himself is none of the relatives he killed ("shot his wife and children before
    // killing himself": the children, the wife and him): his death adds to theirs. Note: only two
    // relatives or more; one may be the one ("his 3-year-old son shot himself").
    const relatives = Math.max(0, ...implied.filter((c) => c.subject?.startsWith('relation:')).map((c) => c.value));
    const withSelf = relatives >= 2 && implied.some((c) => isSuicide(c.subject)) ? relatives + 1 : 0;
    // People described by different ages are different people ("a 4-year-old boy was wounded", "a
    // 28-year-old woman also suffered a gunshot wound"): two, whoever else the report names (one
    // described by age may be one it names: the ages count apart from the names, not added to them).
    // Note: measured on gva-dev: injured exact 83.2 -> 83.5, killed unchanged.
    const ages = new Set(implied.flatMap((c) => (isAged(c.subject) ? [c.subject!.split(':')[1]] : [])));
    // When every person the report names has an age it states ("Destiny Harmon, 24, was pronounced
    // dead"), a person it describes by another age ("a 16-year-old girl ... died") is one more.
    const namedAges = ages.size > 0 && named.size > 0 ? agesOfNamed(named, implied) : undefined;
    const both = namedAges !== undefined ? named.size + [...ages].filter((age) => !namedAges.has(age!)).length : 0;
    result.set(doc, { value: Math.max(named.size, ages.size, most, withSelf, both), isStated: false });
  }
  return result;
}

/**
 * Victims of a report who died after it was written: a report that counts `k` killed and `i`
 * injured, when a report published the same day or later counts the same `k + i` victims with
 * more of them killed (the event's toll), counts `toll - k` people among its injured who are now
 * among the killed ("a 3-year-old is in critical condition", then "3-year-old dies").
 * Note: the victims must add up to the same number; a later report that counts other victims
 * (a roundup, another shooting) moves nobody.
 */
function diedSince(toll: number, killed: readonly Claim[], injured: readonly Claim[], docs: ReadonlyMap<DocId, DocFacts>): Map<DocId, number> | undefined {
  if (toll <= 0) return undefined;
  const killedByDoc = positions(killed);
  const injuredByDoc = positions(injured);
  const victims = (doc: DocId) => (killedByDoc.get(doc)?.value ?? 0) + (injuredByDoc.get(doc)?.value ?? 0);
  const later = [...killedByDoc].filter(([, p]) => p.value >= toll).map(([doc]) => ({ published: docs.get(doc)?.published ?? '', victims: victims(doc) }));
  const died = new Map<DocId, number>();
  for (const doc of injuredByDoc.keys()) {
    const k = killedByDoc.get(doc)?.value ?? 0;
    const published = docs.get(doc)?.published;
    if (k >= toll || published === undefined) {
      // A report that updates its own toll ("11:40 a.m.: Two people were killed and four were
      // injured", "4:30 p.m.: the death toll has risen to three after a student died"): its injured
      // of the earlier count who died since.
      const since = diedSinceOwnCount(doc, killed, injured) || namedAmongInjured(doc, killed, injured);
      if (since > 0) died.set(doc, since);
      continue;
    }
    if (later.some((l) => l.published >= published && l.victims === victims(doc))) died.set(doc, toll - k);
  }
  return died.size > 0 ? died : undefined;
}

/**
 * A report's injured who died after its own earlier count (see `diedSince`): its update of the toll
 * ("has risen to three") minus the stated count of the killed that a sentence gives with the
 * injured ("Two people were killed and four were injured"), when that sentence's injured are the
 * report's highest count of them; else 0.
 */
function diedSinceOwnCount(doc: DocId, killed: readonly Claim[], injured: readonly Claim[]): number {
  let update = 0;
  for (const c of killed) if (c.doc === doc && c.isUpdate && POINT.has(c.qualifier)) update = Math.max(update, c.value);
  if (update === 0) return 0;
  let most = 0;
  for (const c of injured) if (c.doc === doc && c.certainty === 'stated' && POINT.has(c.qualifier)) most = Math.max(most, c.value);
  let since = 0;
  for (const c of killed) {
    if (c.doc !== doc || c.isUpdate || c.certainty !== 'stated' || c.qualifier !== 'exact' || c.value >= update) continue;
    // the injured stated in the same sentence as this earlier count
    const beside = injured.some((i) => i.doc === doc && i.span.start === c.span.start && i.certainty === 'stated' && i.qualifier === 'exact' && i.value === most);
    if (beside) since = Math.max(since, update - c.value);
  }
  return since;
}

/**
 * A named person said to be one of a count: "Duhart was one of five people injured", "Smith, 38, is
 * among the 4 wounded", "Five people, including Duhart, were injured" (the name is in the first group or the second).
 */
const NAMED_ONE_OF = /\b(\p{Lu}[\p{L}'’-]+)(?:,[^,]{1,40},)?\s+(?:was|is)\s+(?:one\s+of|among)\s|\bincluding\s+(\p{Lu}[\p{L}'’-]+)[,)]?\s+(?:were|are|had been|have been)\b/u;

/**
 * The injured of a report that a person it counts among the killed is one of: "victim Fred
 * Duhart, 38, died early Sunday" and "Duhart was one of five people injured" count four injured
 * now, not five; so do "Five people, including Duhart, were injured" (1 when the report's stated
 * count of the injured so names one of its dead, else 0).
 */
function namedAmongInjured(doc: DocId, killed: readonly Claim[], injured: readonly Claim[]): number {
  const dead = new Set<string>();
  for (const c of killed) {
    const name = c.doc === doc ? namedPerson(c.subject) : undefined;
    if (name !== undefined && ONE_WORD_NAME.test(name)) dead.add(name);
  }
  if (dead.size === 0) return 0;
  for (const c of injured) {
    if (c.doc !== doc || c.certainty !== 'stated' || c.qualifier !== 'exact' || c.value < 2) continue;
    const m = NAMED_ONE_OF.exec(c.quote);
    const name = m?.[1] ?? m?.[2];
    if (name !== undefined && dead.has(name.toLowerCase())) return 1;
  }
  return 0;
}

/**
 * Reports that count the people shot ("the victim was one of five people shot") and state no
 * injured, or state fewer than their shot minus their killed ("four people were shot ... the other
 * two victims suffered injuries"): each speaks for the injured as its shot minus its killed (the
 * event's killed when it counts none and states no injured; the injured people a report only
 * describes, fewer than that, give way: "Two people were shot ... a 4-year-old boy suffered a gunshot
 * wound" is two injured, not one). Only stated counts of the shot: a person "shot" in one sentence
 * is often the one who "died" in the next (see `dropImpliedWhereStated`).
 * Note: letting described people give way (they kept the report from speaking before) measured on
 * gva-dev: injured, 327 incidents of two reports or more, 84.4 -> 84.7; all 738 unchanged (81.7):
 * five nearer the truth, two right, two roundups of several shootings wrong.
 */
function injuredFromShot(injured: readonly Claim[], shot: readonly Claim[], killed: readonly Claim[], killedBest: number): Map<DocId, { shot: number; killed: number; hit: string }> | undefined {
  if (shot.length === 0) return undefined;
  // Note: a report speaks for the injured with a count or a stated bound, not with one person it
  // says is "among the wounded" (an implied lower bound): its shot minus killed says more.
  const counting = new Set(shot.filter((c) => c.certainty === 'stated').map((c) => c.doc));
  const shotByDoc = positions(shot.filter((c) => counting.has(c.doc)));
  if (shotByDoc.size === 0) return undefined;
  const killedByDoc = positions(killed);
  const injuredByDoc = positions(injured.filter((c) => POINT.has(c.qualifier) || c.certainty === 'stated'));
  const result = new Map<DocId, { shot: number; killed: number; hit: string }>();
  for (const [doc, p] of shotByDoc) {
    const k = killedByDoc.get(doc)?.value ?? killedBest;
    const own = injuredByDoc.get(doc);
    if (own !== undefined && (own.value >= p.value - k || !killedByDoc.has(doc) && killedBest > 0)) continue;
    result.set(doc, { shot: p.value, killed: k, hit: hitWord(shot.filter((c) => c.doc === doc).map((c) => c.quote)) });
  }
  return result.size > 0 ? result : undefined;
}

const STABBED_WORD = /\b(?:stabb(?:ed|ing)|knifed)\b/i;
const GUN_WORD = /\b(?:shot|shoot(?:ing|s)?|gunfire|gunshots?|bullets?|struck|striking)\b/i;

/**
 * How the people of the shot claims (the kind of those hit, dead or alive) were hit, for the
 * explanations: "shot", "stabbed" when their sentences tell only of stabbings, else "shot or stabbed".
 */
function hitWord(quotes: readonly string[]): string {
  const stabbed = quotes.some((q) => STABBED_WORD.test(q));
  if (!stabbed) return 'shot';
  return quotes.some((q) => GUN_WORD.test(q)) ? 'shot or stabbed' : 'stabbed';
}

/**
 * Whether a report sets one of the injured it describes apart from the dead: a death told in the
 * same sentence ("a teen was killed and a child was injured", "killing an 11-year-old and critically
 * wounding his brother"); words that they survived or are another victim (`SURVIVED`: "in stable
 * condition", "treated and released", "the other victim"); or a name or age that none of the dead
 * has ("Ruiz was wounded" where "Correll died"; see `agedSubject`).
 */
function setApartFromDead(injured: readonly Claim[], claims: readonly Claim[]): boolean {
  const killed = claims.filter((c) => c.kind === 'killed');
  const deathSentences = new Set(killed.map((c) => `${c.doc}\u0000${c.quote}`));
  const killedNames = new Set(killed.filter((c) => isName(c.subject)).map((c) => c.subject));
  const killedAged = killed.filter((c) => c.subject !== undefined && isAged(c.subject)).map((c) => c.subject!);
  return injured.some(
    (c) =>
      deathSentences.has(`${c.doc}\u0000${c.quote}`) ||
      SURVIVED.test(c.quote) ||
      (isName(c.subject) && killedNames.size > 0 && !killedNames.has(c.subject)) ||
      (c.subject !== undefined && isAged(c.subject) && killedAged.length > 0 && !killedAged.some((k) => sameAgedPerson(k, c.subject!))),
  );
}

/**
 * Injured people read only from descriptions ("the boy was in critical condition", "he suffered a
 * gunshot wound") may be the people the reports count as killed: the interval reaches down to the
 * injured minus the killed. `best` stays when a report sets one of them apart from the dead
 * (`setApartFromDead`); otherwise nothing tells them from the dead, who were mostly wounded first
 * ("Correll was listed in critical condition", then "Correll died"), and `best` comes down too.
 * With a stated number of injured the reports count them apart.
 * Note: on gva-dev (327 incidents of two reports or more) the interval reaches down in 19 incidents;
 * `best` comes down in 5 of them, 4 rightly. Lowering it in all 19 made 7 right and 9 wrong.
 */
function mayBeKilled(injured: DossierFigure, killed: DossierFigure, isApart: boolean): DossierFigure {
  if (injured.claims.some((c) => c.certainty === 'stated')) return injured;
  const low = Math.max(0, injured.low - killed.best);
  if (low >= injured.low) return injured;
  const among = `the injured are read from people the reports describe, who may be among the ${killed.best} killed`;
  if (isApart) return { ...injured, low, explanation: `${injured.explanation}; ${among}` };
  const best = Math.max(low, injured.best - killed.best);
  return {
    ...injured,
    low,
    best,
    resolution: 'among-killed',
    explanation: `${injured.explanation}; ${among}, and no report sets them apart from the dead (a death in the same sentence, words that they survived, a name or age of their own): best ${best}`,
  };
}

function reconcileOne(
  kind: FigureKind,
  key: Scope['key'],
  claims: readonly Claim[],
  docs: ReadonlyMap<DocId, DocFacts>,
  died?: ReadonlyMap<DocId, number>,
  fromShot?: ReadonlyMap<DocId, { shot: number; killed: number; hit: string }>,
  apart?: ReadonlySet<DocId>,
): DossierFigure {
  // The people a report counts with the one who killed them and himself ("he killed his wife and then
  // himself": `withself:`, 2) are not a count of their own beside it (his wife, 1): not a bound of the figure.
  let withSelf: Set<string> | undefined;
  for (const c of claims) if (c.subject?.startsWith('withself:')) (withSelf ??= new Set()).add(`${c.doc}\u0000${c.subject.slice('withself:'.length)}`);
  const bounded = bounds(withSelf === undefined ? claims : claims.filter((c) => c.subject === undefined || !withSelf.has(`${c.doc}\u0000${c.subject}`)));
  const points = claims.filter((c) => POINT.has(c.qualifier));
  const byDoc = positions(claims);
  // A report's toll that leaves out the one who killed himself, whose death it states apart, adds him (see `suicideApart`).
  const added: string[] = [];
  const plusSelf = new Set<DocId>();
  for (const doc of apart ?? []) {
    const p = byDoc.get(doc);
    if (!p?.isStated) continue;
    byDoc.set(doc, { ...p, value: p.value + 1 });
    plusSelf.add(doc);
    added.push(`${doc}: ${p.value} + 1`);
  }
  // a stated update of such a report counts him too
  const updateValue = (c: Claim): number => c.value + (plusSelf.has(c.doc) ? 1 : 0);
  // Reports that count only the shot speak for the injured as their shot minus their killed (see `injuredFromShot`).
  const derived: string[] = [];
  // Note: `injuredFromShot` left out the reports whose own count says as much or more.
  const hits = new Set([...(fromShot?.values() ?? [])].map((p) => p.hit));
  const hitOfAll = hits.size === 1 ? [...hits][0]! : 'shot or stabbed';
  for (const [doc, p] of fromShot ?? []) {
    byDoc.set(doc, { value: Math.max(0, p.shot - p.killed), isStated: true });
    derived.push(`${doc}: ${p.shot} ${p.hit} - ${p.killed} killed`);
  }
  // Note: a report's injured who died since count among the killed, not twice (see `diedSince`).
  const moved: string[] = [];
  if (died) {
    for (const [doc, p] of byDoc) {
      const n = Math.min(died.get(doc) ?? 0, p.value);
      if (n <= 0) continue;
      byDoc.set(doc, { ...p, value: p.value - n });
      moved.push(`${doc}: ${p.value} - ${n}`);
    }
  }
  // Note: arrests only grow: a report's "no arrests have been made" written before a report that
  // states arrests is the earlier state of the same count, not a vote against it (see `supersededZeros`).
  const superseded = ACCUMULATING.has(kind) ? supersededZeros(byDoc, docs) : [];
  const values = [...byDoc.values()].map((p) => p.value);
  for (const doc of superseded) byDoc.delete(doc);
  const low = Math.min(bounded.low, ...values);
  const high = bounded.high === null ? null : Math.max(bounded.high, ...values);
  const candidates = new Map<number, Candidate>();
  const vote = (value: number, doc: DocId, into = candidates) => {
    const cand = into.get(value) ?? { value, docs: new Set(), groups: new Set(), latest: '' };
    cand.docs.add(doc);
    cand.groups.add(groupOf(doc, docs));
    const published = docs.get(doc)?.published ?? '';
    if (published > cand.latest) cand.latest = published;
    into.set(value, cand);
  };
  if (byDoc.size > 0) for (const [doc, p] of byDoc) vote(p.value, doc);
  else for (const c of claims) vote(c.value, c.doc);
  const ranked = [...candidates.values()];
  // The explanation lists every report's value, the superseded zeros too: in copies of the
  // candidates, made only when there are such zeros (they are rare).
  const listed = superseded.length === 0 ? candidates : new Map([...candidates].map(([value, cand]) => [value, { ...cand, docs: new Set(cand.docs), groups: new Set(cand.groups) }]));
  for (const doc of superseded) vote(0, doc, listed);
  let best: number;
  let resolution: string;
  // A correction replaces the counts before it, lower or higher ("revised the death toll down to seven").
  const updates = claims.filter((c) => c.isUpdate && (POINT.has(c.qualifier) || isOrdinalUpdate(c)) && (c.isCorrection === true || isComprehensiveUpdate(c, updateValue(c), byDoc, docs)));
  const allDocs = new Set(claims.map((c) => c.doc));
  if (points.length === 0 && claims.every((c) => BOUND.has(c.qualifier)) && derived.length === 0) {
    best = low;
    resolution = 'tightest-bound';
  } else if (updates.length > 0) {
    const latest = updates.reduce((a, b) => ((docs.get(b.doc)?.published ?? '') > (docs.get(a.doc)?.published ?? '') || ((docs.get(b.doc)?.published ?? '') === (docs.get(a.doc)?.published ?? '') && b.value > a.value) ? b : a));
    best = updateValue(latest);
    resolution = 'update';
  } else if (ranked.length === 1) {
    best = ranked[0]?.value ?? low;
    resolution = superseded.length > 0 ? 'accumulated' : allDocs.size === 1 ? 'only' : 'majority';
  } else {
    // Between equally supported values, one that a stated lower bound rules out loses: "at least
    // four people were hurt" settles 3 vs 4. Note: ordinals read from people ("a third man") are
    // left out: they often count the killed too ("killed two men and injured a third man").
    const floor = Math.max(...claims.filter((c) => BOUND.has(c.qualifier) && c.certainty === 'stated').map((c) => c.interval[0]), -Infinity);
    // Note: for counts that only grow, a later, higher count beats copies of an earlier one ("three
    // suspects were detained" in two copies of one wire story, "a fourth suspect was arrested" later).
    const isAccumulating = ACCUMULATING.has(kind);
    ranked.sort((a, b) => b.groups.size - a.groups.size || (isAccumulating ? newerHigher(a, b) : 0) || b.docs.size - a.docs.size || Number(b.value >= floor) - Number(a.value >= floor) || compareRecency(kind, a, b));
    best = ranked[0]?.value ?? low;
    const second = ranked[1];
    const first = ranked[0];
    const tied = first && second && first.groups.size === second.groups.size && ((isAccumulating && newerHigher(first, second) !== 0) || first.docs.size === second.docs.size);
    resolution =
      !tied ? (first && second && first.groups.size === second.groups.size ? 'most-reports' : 'majority')
      : first.value >= floor && second.value < floor ? 'bound'
      : first.value > second.value ? (isAccumulating && first.latest > second.latest ? 'most-recent' : 'higher')
      : 'lower';
  }
  // A count that only grows: a lower bound a report states no earlier than the chosen count's
  // latest report raises it, and so does any stated bound above a count read from people, which is
  // no count of all the arrests ("police have detained two more people": at least three, beside "a
  // man was arrested" and "he remains in custody").
  if (ACCUMULATING.has(kind) && resolution !== 'update') {
    const isStated = claims.some((c) => c.certainty === 'stated' && POINT.has(c.qualifier) && c.value === best);
    const chosenLatest = isStated ? (ranked.find((c) => c.value === best)?.latest ?? '') : '';
    // "Second suspect arrested": an ordinal of the arrested is such a bound too.
    const floorLater = Math.max(...claims.filter((c) => BOUND.has(c.qualifier) && (c.certainty === 'stated' || isOrdinalUpdate(c)) && c.interval[0] > best && (docs.get(c.doc)?.published ?? '') >= chosenLatest).map((c) => c.interval[0]), -Infinity);
    if (floorLater > best) {
      best = floorLater;
      resolution = 'grown';
    }
  }
  if (best < low) best = low;
  if (high !== null && best > high) best = high;

  const groups = new Set([...allDocs].map((d) => groupOf(d, docs)));
  // One lineage group is one source, however many reports copy it.
  const agreement: DossierFigure['agreement'] = groups.size === 1 ? 'single' : intersects(claims) ? 'consistent' : 'conflicting';
  const explanation = explain(claims, [...listed.values()], best, resolution, docs) +
    (superseded.length > 0 && resolution !== 'accumulated' ? `; the zero of earlier reports (${superseded.join(', ')}) gives way to the ${kind} a later report states` : '') +
    (added.length > 0 ? `; a report's toll that leaves out the one who killed himself, whose death it states apart, counts him too (${added.join(', ')})` : '') +
    (moved.length > 0 ? `; injured who died since count as killed (${moved.join(', ')})` : '') +
    (derived.length > 0 ? `; reports that count only the ${hitOfAll} give their ${hitOfAll} minus their killed (${derived.join(', ')})` : '') +
    besideOwnCount(points, listed, byDoc, new Set([...plusSelf, ...(fromShot?.keys() ?? []), ...(died?.keys() ?? [])])) +
    withoutAttackers(claims);
  return {
    kind,
    scope: scopeSummary(key, claims),
    low,
    best,
    high,
    agreement,
    independentSources: groups.size,
    explanation,
    resolution,
    claims: claims.map(toDossierClaim),
  };
}

/**
 * Reports whose count is zero ("no arrests have been made") and that were published before a report
 * that counts more than zero, for counts that only grow with time: they stated the count as it
 * was then. Reports whose date is unknown are kept.
 * @example
 * // "No arrests have been made" (two reports of the day after) and "Police have arrested a man"
 * // (a report of six months later): both zeros are superseded
 */
function supersededZeros(byDoc: ReadonlyMap<DocId, { value: number }>, docs: ReadonlyMap<DocId, DocFacts>): DocId[] {
  let latest = '';
  for (const [doc, p] of byDoc) {
    const published = docs.get(doc)?.published ?? '';
    if (p.value > 0 && published > latest) latest = published;
  }
  if (latest === '') return [];
  return [...byDoc].filter(([doc, p]) => {
    const published = docs.get(doc)?.published;
    return p.value === 0 && published !== undefined && published !== '' && published < latest;
  }).map(([doc]) => doc);
}

/**
 * An ordinal that updates a toll: "5th person dies after July murder-suicide", "a third victim has
 * died" (an update by `UPDATE`, read from one person as at least N) says the toll is now N.
 * Note: only described people (`anon`): kin in the plural ("her children later died") are a lower bound.
 */
function isOrdinalUpdate(c: Claim): boolean {
  return c.qualifier === 'at-least' && c.certainty === 'implied' && c.subject === 'anon';
}

/**
 * An update replaces the counts of the reports written before it (and of its own report) only when
 * it is a toll at least as large as each of them: "the toll rose to 3" replaces 2, but "James Smith
 * died later" (1) in a report of three killed is one of the three, and adds to or is contained in
 * any larger count; it does not replace it. Reports whose date is unknown count as written before.
 * `byDoc` holds each report's value (see `positions`).
 * @example
 * // reports of 3 killed on day 1 and 2, and "X died later" (1) on day 2: not an update of the toll
 */
function isComprehensiveUpdate(update: Claim, value: number, byDoc: ReadonlyMap<DocId, { value: number }>, docs: ReadonlyMap<DocId, DocFacts>): boolean {
  const published = docs.get(update.doc)?.published;
  for (const [doc, p] of byDoc) {
    const other = docs.get(doc)?.published;
    const isBefore = doc === update.doc || published === undefined || other === undefined || other <= published;
    if (isBefore && p.value > value) return false;
  }
  return true;
}

/**
 * Kinds whose counts only grow as days pass (more suspects are arrested, more people flee): a tie
 * goes to the later, higher count. Tolls of killed and injured rise only through stated updates,
 * which rule 4 already handles; their ties keep the lower, conservative value.
 */
const ACCUMULATING: ReadonlySet<FigureKind> = new Set(['detained', 'displaced']);

/**
 * Ties between equally supported values: for accumulating kinds the most recent report's value if
 * it is the higher one; for the injured the higher value; else the lower value.
 * Note: the injured are undercounted far more often than overcounted: a report that counts fewer
 * leaves some out (the lightly hurt, those treated at another hospital, the wounded it does not
 * follow), while one that counts more rarely invents them. The killed are counted with care and
 * keep the lower value. Measured on gva-dev (per incident, exact): injured 78.0 -> 79.2 with the
 * higher value, killed 89.0 -> 87.2 had the killed taken it too.
 */
function compareRecency(kind: FigureKind, a: Candidate, b: Candidate): number {
  const recency = ACCUMULATING.has(kind) ? newerHigher(a, b) : 0;
  if (recency !== 0) return recency;
  if (kind === 'injured') return b.value - a.value;
  return a.value - b.value;
}

/** The later of two values first when it is the higher one (a count that only grows); else 0. */
function newerHigher(a: Candidate, b: Candidate): number {
  if (a.latest === b.latest) return 0;
  const [newer, older] = a.latest > b.latest ? [a, b] : [b, a];
  return newer.value > older.value ? (newer === a ? -1 : 1) : 0;
}

function intersects(claims: readonly Claim[]): boolean {
  let lo = -Infinity;
  let hi = Infinity;
  for (const c of claims) {
    if (c.qualifier === 'vague' && claims.some((o) => o.qualifier !== 'vague')) continue;
    lo = Math.max(lo, c.interval[0]);
    hi = Math.min(hi, c.interval[1] ?? Infinity);
  }
  return lo <= hi;
}

function scopeSummary(key: Scope['key'], claims: readonly Claim[]): DossierFigure['scope'] {
  const place = mostCommon(claims.map((c) => c.scope.place));
  const period = mostCommon(claims.map((c) => c.scope.period));
  const label =
    key === 'total' ? ['in total', place ? `(${place})` : undefined].filter(Boolean).join(' ')
    : key === 'other' ? mostCommon(claims.map((c) => c.scope.label)) ?? 'in other places'
    : key === 'recurring' || key === 'aggregate' ? mostCommon(claims.map((c) => c.scope.label)) ?? key
    : sharedLabel(claims, place) ?? ([place ? `in ${place}` : undefined, period].filter(Boolean).join(', ') || 'the event');
  return { key, place: place ?? null, period: period ?? null, label };
}

/**
 * The label of the event's own figure: the most common label of the claims made at the figure's place
 * (when it has one), else of all its claims. Note: a label that names another place ("in Bankilaré",
 * of one claim of a long report) would head a figure most of whose claims are about another town.
 */
function sharedLabel(claims: readonly Claim[], place: string | undefined): string | undefined {
  const atPlace = place === undefined ? [] : claims.filter((c) => c.scope.place === place);
  // (not "in total" of a country's total the event's figure holds: `extentOf`)
  return mostCommon((atPlace.length > 0 ? atPlace : claims).map((c) => (c.scope.key === 'total' ? undefined : c.scope.label)));
}

function mostCommon(values: readonly (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The explanation's note of the tolls that held attackers killed, taken without them
 * (`Claim.attackers`): "; tolls that count attackers killed are taken without them (b: 15 - 3
 * attackers)", or ''.
 */
function withoutAttackers(claims: readonly Claim[]): string {
  const notes = new Set<string>();
  for (const c of claims) if (c.attackers !== undefined) notes.add(`${c.doc}: ${c.value + c.attackers} - ${c.attackers} attackers`);
  return notes.size > 0 ? `; tolls that count attackers killed are taken without them (${[...notes].join(', ')})` : '';
}

function explain(claims: readonly Claim[], ranked: readonly Candidate[], best: number, resolution: string, docs: ReadonlyMap<DocId, DocFacts>): string {
  const parts: string[] = [];
  // A report that states only a range ("between 60 and 90") votes with its lower end, but is quoted
  // as its range, with the values it fits: not as "60", which would read as a conflict with 74.
  const rangeOnly = new Set(claims.filter((c) => c.qualifier === 'range').map((c) => c.doc));
  for (const c of claims) if (POINT.has(c.qualifier) && c.qualifier !== 'range') rangeOnly.delete(c.doc);
  const points = claims.filter((c) => POINT.has(c.qualifier) && !rangeOnly.has(c.doc));
  const listed = rangeOnly.size === 0 ? ranked : ranked.map((c) => ({ ...c, docs: new Set([...c.docs].filter((d) => !rangeOnly.has(d))) })).filter((c) => c.docs.size > 0);
  const sorted = [...listed].sort((a, b) => b.groups.size - a.groups.size || b.docs.size - a.docs.size || a.value - b.value);
  if (points.length > 0) {
    parts.push(
      sorted
        .map((c) => {
          const origin = c.groups.size < c.docs.size ? (c.groups.size === 1 ? ', one shared origin' : `, ${c.groups.size} independent origins`) : '';
          return `${c.value} (${plural(c.docs.size, 'report')}${origin}: ${[...c.docs].join(', ')})`;
        })
        .join(' vs '),
    );
  }
  const others = claims.filter((c) => !POINT.has(c.qualifier) || rangeOnly.has(c.doc));
  const seenText = new Set<string>();
  for (const c of others) {
    const text = c.number?.text ?? c.quote.slice(c.numberSpan.start - c.span.start, c.numberSpan.end - c.span.start);
    const k = `${text.toLowerCase()}`;
    if (seenText.has(k)) continue;
    seenText.add(k);
    const sources = [...new Set(others.filter((o) => (o.number?.text ?? '').toLowerCase() === k || o === c).map((o) => o.doc))];
    if (points.length > 0) {
      const fitting = sorted.filter((v) => v.value >= c.interval[0] && (c.interval[1] === null || v.value <= c.interval[1])).map((v) => v.value);
      const fit = fitting.length === sorted.length && sorted.length > 1 ? 'fits all of them' : fitting.length > 0 ? `fits ${fitting.join(' and ')}` : 'fits none of them';
      parts.push(`'${text}' (${sources.join(', ')}) ${fit}`);
    } else {
      parts.push(`'${text}' (${sources.join(', ')})`);
    }
  }
  const reason: Record<string, string> = {
    only: 'the only report',
    majority:
      sorted.length > 1 ? 'stated by the most independent sources'
      : others.every((c) => best >= c.interval[0] && (c.interval[1] === null || best <= c.interval[1])) ? 'all reports agree'
      // "11 wounded" beside "more than 60" and "dozens": one number, which the others do not bear out
      : 'the only value stated as a number; the other counts do not fit it',
    'most-reports': 'as many independent sources as another value, but stated by more reports',
    'most-recent': 'equally supported by independent sources; the most recent report gives the higher count (a count that only grows)',
    bound: 'equally supported; the other values are below a stated lower bound',
    lower: 'equally supported; the lower value is kept',
    higher: 'equally supported; the higher value is kept (reports leave wounded out more often than they add them)',
    update: 'a later report updates the toll',
    'tightest-bound': 'only lower bounds are stated; the tightest is kept',
    accumulated: 'the zero of earlier reports gives way to the count a later report states (counts that only grow)',
    grown: 'a higher lower bound is stated, by a later report or above counts read from single people (counts that only grow)',
  };
  parts.push(`best ${best}: ${reason[resolution] ?? resolution}`);
  void docs;
  return parts.join('; ');
}

/**
 * The counts a report states beside the one it is counted for (its highest), where they reach past
 * every report's count and so set `low` or `high`: "Five people were injured ... no one was hurt"
 * (0 beside 5), an earlier state of a rising count. Without them the explanation would not say
 * where the figure's bound comes from. Reports whose count was adjusted (`adjusted`: the one who
 * killed himself added, the injured who died since moved, the shot less the killed) are explained
 * by their own clause.
 *
 * @example "; d1 also states 0 ('no one was hurt') beside its 5"
 */
function besideOwnCount(
  points: readonly Claim[],
  listed: ReadonlyMap<number, Candidate>,
  byDoc: ReadonlyMap<DocId, { value: number }>,
  adjusted: ReadonlySet<DocId>,
): string {
  if (listed.size === 0) return '';
  const values = [...listed.keys()];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const told = new Set<string>();
  const parts: string[] = [];
  for (const c of points) {
    if (c.qualifier !== 'exact' || c.certainty !== 'stated' || adjusted.has(c.doc) || (c.value >= min && c.value <= max)) continue;
    const own = byDoc.get(c.doc)?.value;
    if (own === undefined || own === c.value) continue;
    const text = c.number?.text ?? c.quote.slice(c.numberSpan.start - c.span.start, c.numberSpan.end - c.span.start);
    const key = `${c.doc}\u0000${c.value}`;
    if (told.has(key)) continue;
    told.add(key);
    parts.push(`${c.doc} also states ${c.value} ('${text}') beside its ${own}`);
  }
  return parts.length > 0 ? `; ${parts.join('; ')}` : '';
}

function toDossierClaim(c: Claim): DossierClaim {
  return {
    doc: c.doc,
    value: c.value,
    qualifier: c.qualifier,
    interval: c.interval,
    span: [c.span.start, c.span.end],
    quote: c.quote,
    attributedTo: c.attributedTo ?? null,
    certainty: c.certainty,
    numberSpan: [c.numberSpan.start, c.numberSpan.end],
    scope: c.scope,
    rule: c.rule,
  };
}

function deriveInjured(shot: DossierFigure, killed: DossierFigure | undefined): DossierFigure {
  const k = killed?.best ?? 0;
  const best = Math.max(0, shot.best - k);
  const hit = hitWord(shot.claims.map((c) => c.quote));
  const low = Math.max(0, shot.low - (killed?.high ?? k));
  const high = shot.high === null ? null : Math.max(0, shot.high - (killed?.low ?? 0));
  return {
    ...shot,
    kind: 'injured',
    low: Math.min(low, best),
    best,
    high: high === null ? null : Math.max(high, best),
    resolution: 'derived',
    // "the man shot his wife before turning the gun on himself": fewer told shot than killed, no subtraction to show.
    explanation:
      shot.best >= k
        ? `no injury count is stated; ${shot.best} ${hit} minus ${k} killed = ${best} (${hit}: ${shot.explanation})`
        : `no injury count is stated; ${shot.best} ${hit}, no more than the ${k} killed: none left injured (${hit}: ${shot.explanation})`,
  };
}
