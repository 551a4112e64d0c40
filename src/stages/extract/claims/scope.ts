import type { Scope } from '../../../model/record.js';
import { countryOfDemonym, isKnownPlace, loadGazetteer } from '../../entities/gazetteer.js';
import { isTitleCase } from './person.js';
import { HAPPENING_NOUN_SOURCE, MONTH_SOURCE, MONTHS, WEEKDAYS } from '../../../locales/en/dates.js';
import { FACILITY_HEADS } from '../../../locales/en/entities-organizations.js';
import { COMES_AFTER, OTHER_HAPPENING_SOURCE } from '../../../locales/en/claims.js';
import { COMPASS_WORDS, DIVISION_NOUNS, ORDINAL_AFTER, STREET_NUMBER_AFTER } from '../../../locales/en/entities-places.js';

/** A total over all places ("In total, 147", "a total of 147", "147 in all", "across the province"). */
const TOTAL = /\b(?:in total|a total of|the total|total of|in all\b|altogether|overall|all told|total death toll|nationwide|country-?wide|across the country|throughout the country|all over the country|(?:across|throughout) the (?:province|governorate|oblast|prefecture)\b)/gi;
/** A capitalised total word followed by another capitalised word is part of a name ("Nationwide Children's Hospital"). */
const NAME_AFTER = /^\s[A-Z]/;

/** The first total phrase of a clause that is not part of a name. */
function totalIn(clause: string): string | undefined {
  TOTAL.lastIndex = 0;
  for (let m = TOTAL.exec(clause); m !== null; m = TOTAL.exec(clause)) {
    const end = m.index + m[0].length;
    const isName = m[0].charCodeAt(0) <= 90 && !m[0].includes(' ') && NAME_AFTER.test(clause.slice(end, end + 2));
    if (!isName) return m[0];
  }
  // "across Kenya", "throughout Ukraine": a whole country or state.
  const across = ACROSS_PLACE.exec(clause);
  if (across !== null && loadGazetteer().lookup(across[1]!).some((p) => p.precision === 'country' || p.precision === 'region')) return across[0];
  return undefined;
}

/** A country or a state after a word of extent: "across Kenya", "throughout Ukraine" (see `totalIn`). */
const ACROSS_PLACE = /\b(?:across|throughout|all over) (?:the )?([A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+)?)/;
/**
 * A part of a toll: one place's share ("In Nairobi alone", "six were killed in Gaza City alone") or a
 * count of some of the dead ("17 of the dead", "three of those killed"). Not some of the victims or
 * the wounded: "a quadruple shooting that left two of the victims dead", "one of those victims
 * died", "eight of the wounded died" are the event's dead.
 */
const PART_OF_TOLL = /\b[Ii]n [A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+)? alone\b|\b(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?) of (?:the|those) (?:dead|killed|deaths|fatalities)\b/u;

/**
 * Whether a clause tells a part of a toll (`PART_OF_TOLL`): with the place it ties its claim to, that
 * place's share, which the event's figure holds ("17 of the dead were killed in Nairobi").
 *
 * @example isPartOfToll('In Nairobi alone, six people were killed.') === true
 */
export function isPartOfToll(clause: string): boolean {
  return PART_OF_TOLL.test(clause);
}

/** The time after "since" of a comparison with an earlier happening (`OTHER_HAPPENING_SOURCE`: "deadliest ... since October 2017, when"). */
const COMPARED_SINCE = /\bsince\s+([^.;]*?),?\s+when$/;
/** The event's words before "came"/"comes" in `COMES_AFTER` ("shooting came after" -> "came after"). */
const COMES_SUBJECT = /^.*?\b(?=came\b|comes\b)/;
/** Explicitly other places or happenings than the main one (`OTHER_HAPPENING_SOURCE`). */
const OTHER = new RegExp(OTHER_HAPPENING_SOURCE, 'i');
/** A recurring commemoration, not the event ("every year", "each year on January 20"). */
const RECURRING = /\b(?:every year|each year|annually|every anniversary|each anniversary)\b/i;

/**
 * Statistics over many incidents, not the event: "74 people injured from January to November",
 * "so far this year", "in shootings across the city over the weekend", "compared to last year",
 * "in weekend Detroit shootings", "in opening weekend incidents", "in the past four days", "the five shootings that wounded 15", "a series of shootings" (but "in the
 * shootings" may be one spree's), "violent weekend in Toledo", "at those six crime scenes", "12
 * separate incidents". Note: not "bloody night" nor "deadly night", which name one event as often
 * ("the bloody night of January 20", "the deadly night that took ... lives"); nor one happening
 * "over the weekend" ("an innocent victim of a shooting over the weekend").
 */
const AGGREGATE = /\b(?:so far (?:this|in)|this year(?!['’]s)|last year(?!['’]s)|since (?:January|the start|the beginning|the outbreak|(?:the )?(?:war|conflict|insurgency|uprising|revolution|civil war)\b(?:(?:\s+(?:in|against|on) (?:the )?[\w'’-]+(?: [\w'’-]+)?)?\s+(?:began|started|erupted|broke out)(?:\s+in\s+(?:[A-Z][a-z]+(?: \d{4})?|\d{4}))?\b)?|(?:the )?fighting (?:for|in|over|around) (?:the )?[\w'’-]+(?: [\w'’-]+)? (?:began|started|erupted|broke out)(?:\s+in\s+(?:[A-Z][a-z]+(?: \d{4})?|\d{4}))?\b)|per year|a year\b(?!\s+(?:after|since|ago|earlier|later|before)\b)|year-to-date|from January to|compared (?:to|with)|in (?!(?:the|these|those|both|this|that|his|her|their)\b)(?:[\w'’-]+ ){0,3}?(?:shootings|incidents)\b|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|several|multiple|separate) (?:[a-z-]+ )?shootings\b|(?:of|in|from) all (?:the |these |those |of the |of these )?(?:[a-z-]+ )?(?:shootings|homicides|killings|cases|incidents)\b|(?:citywide|city-wide|statewide|(?<!\bhospitals?\s)across the (?:city|state|nation))|(?<!\b(?:an?|one|the)\s+(?:[\w'’-]+\s+){0,2}(?:shooting|incident|attack|stabbing|robbery|accident|fight|altercation)\s+)over the (?:weekend|holiday weekend|past (?:week|month|year))|(?:in|over|during) the (?:past|last) (?:(?:few |several |\w+ )?(?:days|weeks|months|years)|year|month)\b|\bin recent (?:days|weeks|months|years)\b|(?:an?|recent) (?:series|string|spate|rash|wave) of (?:[a-z-]+ )?(?:shootings|attacks|incidents|killings)|(?:violent|bloody|deadly|deadliest|bloodiest|most violent) (?:holiday )?(?:weekend|week)\b|\bbetween (?:late |early )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))? and (?:late |early )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|(?:weekend|week) of (?:violence|shootings|gunfire|bloodshed)\b|\brecap(?:s|ped)? (?:of )?the (?:[\w'’-]+ )?(?:crime|crimes|violence|shootings|news)\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|[a-z]+teen) (?:(?!other\b)[a-z-]+ ){0,2}(?:scenes|incidents)\b)/i;

/**
 * Whether a sentence tells statistics over many incidents (`AGGREGATE`: "328 shootings reported in
 * 2015 compared to 168 at this point last year", "so far this year").
 */
export function isStatistics(text: string): boolean {
  return AGGREGATE.test(text);
}

/**
 * Any of the four patterns that give a clause another scope than the main event: one test instead
 * of four, as most clauses hold none of them (all four are case-insensitive, as this is). Note:
 * about a fifth less time for scopeOf over the clauses of gva-dev and d5k.
 */
const ANY_OTHER_SCOPE = new RegExp([RECURRING, AGGREGATE, TOTAL, OTHER, ACROSS_PLACE].map((pattern) => `(?:${pattern.source})`).join('|'), 'i');

/**
 * A link to another story, its headline after a label ("Related:", "READ MORE:", "More:", "See
 * also:", "Previous story:"), or a roundup's kicker ("ELSEWHERE IN THE VALLEY:"): what that story says,
 * not this report; often of another event. So is a video's title after its running time (`VIDEO_TIME`).
 */
const LINKED_STORY = /^\W*(?:related(?: stories| articles| coverage| content| news)?|read more|see also|also read|more|more coverage|more stories|previous(?:ly)?(?: story| coverage)?|earlier(?: story| coverage)?|recommended|elsewhere(?: (?:in|on|around|across) [\w ]{1,30})?)\s*:|^\W*(?:related (?:stories|articles|coverage|content|news)|more (?:coverage|stories))\s+(?=[A-Z0-9])/i;
/** A video's running time before its title, in a list of a page's videos ("0:35 Two teens charged in Lakewood shooting"): another story. */
// Not a live blog's clock time and zone before its entry ("10:42 GMT - Police say ...").
const VIDEO_TIME = /^\W*\d{1,2}:\d{2}\s+(?![ap]\.?\s?m\b|[AP]\.?\s?M\b|(?:GMT|UTC|BST|CES?T|EES?T|WES?T|MSK|IST|JST|AES?T|AEDT|SAST|WAT|CAT|EAT|[ECMP][SD]?T|AKS?T|AKDT|HST)\b)[A-Z]/;

/** The scope of every claim of a linked story's headline. */
export const LINKED_SCOPE: Scope = { key: 'other', label: 'a linked story' };

/** How far into a sentence or paragraph a linked story's label ends ("RELATED:", "Previous coverage:"). */
const LINK_LABEL_REACH = 80;

/**
 * Whether the text from `at` (a sentence's or a paragraph's start) opens with a linked story's
 * label: the headline of a linked story, all its clauses included ("RELATED: Woman wounded in
 * southeast Fresno shooting; 1 arrested"), or a roundup's kicker.
 */
export function opensLinkedStory(text: string, at: number): boolean {
  const opening = text.slice(at, at + LINK_LABEL_REACH);
  return LINKED_STORY.test(opening) || VIDEO_TIME.test(opening);
}

/** How far back from a line the label of a list of linked stories is looked for. */
const LINKED_LIST_REACH = 1200;
/** The longest line read as a linked story's headline in such a list. */
const HEADLINE_LINE = 160;
/** Most headlines between a list's label and a line of it. */
const LINKED_LIST_ITEMS = 12;
/** A line that ends as a sentence does: prose, not a headline. */
const SENTENCE_END = /[.!?"”]\s*$/;

/**
 * Whether the line that starts at `lineStart` is an item of a list of linked stories: a headline
 * under a line that holds only a linked story's label, with only headlines between them:
 *
 *     Related stories:
 *     - 4 hurt in shooting at Riverside apartments
 *     - 2 dead after crash on I-85
 *
 * A headline is a short line that does not end as a sentence does; blank lines may part them.
 * Note: reads at most `LINKED_LIST_REACH` characters back, and only from a headline.
 */
function inLinkedList(text: string, lineStart: number): boolean {
  // The clauses of one paragraph ask in turn: the last answer is kept.
  if (lastList.text === text && lastList.lineStart === lineStart) return lastList.result;
  const result = readLinkedList(text, lineStart);
  lastList = { text, lineStart, result };
  return result;
}

let lastList: { text: string; lineStart: number; result: boolean } = { text: '', lineStart: -1, result: false };

function readLinkedList(text: string, lineStart: number): boolean {
  const own = text.slice(lineStart, lineStart + HEADLINE_LINE + 1);
  const ownEnd = own.indexOf('\n');
  const line = ownEnd >= 0 ? own.slice(0, ownEnd) : own;
  if ((ownEnd < 0 && lineStart + own.length < text.length) || line.trim() === '' || SENTENCE_END.test(line)) return false;
  const lines = text.slice(Math.max(0, lineStart - LINKED_LIST_REACH), lineStart).split('\n');
  // the last element is the empty rest of the line before `lineStart`; the first may be cut by the reach
  let items = 0;
  for (let i = lines.length - 2; i >= 1 || (i === 0 && lineStart <= LINKED_LIST_REACH); i--) {
    const before = lines[i]!.trim();
    if (before === '') continue;
    if (LINKED_STORY.test(before)) return isLabelOnly(before);
    if (before.length > HEADLINE_LINE || SENTENCE_END.test(before) || ++items > LINKED_LIST_ITEMS) return false;
  }
  return false;
}

/** Whether a paragraph is another story's: it opens with a linked story's label (`opensLinkedStory`) or is a headline listed under one (`inLinkedList`). */
export function isLinkedParagraph(text: string, paragraph: number): boolean {
  return opensLinkedStory(text, paragraph) || inLinkedList(text, paragraph);
}

/** Whether a line that opens with a linked story's label holds nothing else ("Related stories:", "READ MORE:"). */
function isLabelOnly(line: string): boolean {
  const colon = line.indexOf(':');
  return colon >= 0 && line.slice(colon + 1).trim() === '';
}

/** How far back a paragraph's start is looked for: a kicker's paragraph is short (and a run-on text without line breaks is not read back to its start for every sentence). */
const PARAGRAPH_REACH = 2000;

/**
 * The text, offset and line break `paragraphStart` read last: the claims of a text are read in its
 * order, so a call mostly goes on from the last one and scans only the characters between them.
 * `lastBreak`: the last line break before `lastAt` at or after `lastAt - PARAGRAPH_REACH`, else -1.
 * Note: a wall of 1,851 sentences without a line break scanned 2,000 characters back for each
 * (the 'Fifteen people, including three of the bandits, died.' robustness wall: 20 of its 47 ms).
 */
let lastText: string | undefined;
let lastAt = 0;
let lastBreak = -1;

/** Where the paragraph (line) holding offset `at` starts, when it starts at most `PARAGRAPH_REACH` before it; else `at`. */
export function paragraphStart(text: string, at: number): number {
  const from = Math.max(0, at - PARAGRAPH_REACH);
  // Note: a scan back in place, not a copy of the reach: read for every claim of an event; going
  // on from the last call, back to its offset only.
  const goesOn = text === lastText && at >= lastAt && at - lastAt <= PARAGRAPH_REACH;
  const floor = goesOn ? lastAt : from;
  if (!goesOn) lastBreak = -1;
  for (let i = at - 1; i >= floor; i--) {
    if (text.charCodeAt(i) !== 10) continue;
    lastBreak = i;
    break;
  }
  lastText = text;
  lastAt = at;
  if (lastBreak >= from) return lastBreak + 1;
  return from === 0 ? 0 : at;
}

/** The label of an `other` scope of a happening before the event's day (build.ts, `asideEarlier`): its start. */
export const EARLIER_LABEL = 'before the event';
/** The label of an `other` scope of a happening long after the event's day (build.ts, `isLaterHappening`): its start. */
export const LATER_LABEL = 'after the event';
/**
 * The labels of `other` scopes of attackers killed (by the forces: claims/index.ts,
 * `forcesOperationScope`; or a toll's share: rules.ts, `withAttackerShares`) and of the forces' own
 * operation: their starts.
 */
export const FORCES_LABEL = 'attackers killed';
export const OPERATION_LABEL = "in the forces' operation";

/**
 * Whether a scope is the report's own happening as it tells it: `main`, or `unscoped` (no place,
 * period or other happening stated); not a total, another happening, a commemoration or statistics.
 *
 * @example isOwnHappening({ key: 'unscoped' }) === true; isOwnHappening({ key: 'total' }) === false
 */
export function isOwnHappening(scope: Scope): boolean {
  return scope.key === 'main' || scope.key === 'unscoped';
}

/**
 * The happening an `other` scope names apart from the rest, when its label says which: `earlier`
 * (before the event's day), `later` (long after it, told in a look back), `forces` (combatants the forces killed); undefined otherwise. Each is
 * reconciled apart: the 14 killed in a raid two years before and the 11 attackers the army killed
 * are two figures, not a conflict.
 */
export function otherHappening(scope: Scope): 'earlier' | 'later' | 'forces' | undefined {
  if (scope.key !== 'other' || scope.label === undefined) return undefined;
  if (scope.label.startsWith(EARLIER_LABEL)) return 'earlier';
  if (scope.label.startsWith(LATER_LABEL)) return 'later';
  if (scope.label.startsWith(FORCES_LABEL) || scope.label.startsWith(OPERATION_LABEL)) return 'forces';
  return undefined;
}

/** Periods a claim can be tied to. Order: the most specific first. Not a birth ("born in 1941"). */
const PERIOD =
  /\b(?:(?:on |in |during )?(?:that|the same|one|the) (?:night|day|evening|morning|weekend)\b(?: of [A-Z][a-z]+ \d{1,2}(?:[-–]\d{1,2})?(?:, \d{4})?)?|(?:in|during) the (?:days|weeks|months) (?:and (?:weeks|months) )?that followed|(?<!\bborn )(?:on|in) (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}(?:[-–]\d{1,2})?(?:, \d{4})?|(?<!\bborn )(?:on|in) \d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{4})?|(?<!\bborn )in (?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?)/;


/** Words of a side of a place before its name ("in central Nairobi", "In northern Kestria, ..."), as a pattern source (`PLACE`, `OPENING_PLACE`). */
const SIDE_WORDS = String.raw`central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western`;

/**
 * A place named after a locative preposition ("in Baku", "In Pellmar, where ...", "residents of
 * Baku", "in the capital Baku", "in central Nairobi", "in the Donetsk region", "in Kaduna state").
 */
const PLACE = new RegExp(
  String.raw`\b(?:[Ii]n|[Aa]t|[Nn]ear|[Aa]cross|[Tt]hroughout|[Oo]utside|(?:residents|inhabitants|citizens|people|streets|capital|city|town|village|outskirts|center|centre|suburbs?) of) (?:the (?:capital|city|town|village|region|province|district|county|state) (?:of )?|the (?=[A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+)? (?:${DIVISION_NOUNS.join('|')})\b))?(?:(?:${SIDE_WORDS}|downtown|greater) )?((?:[A-Z][\p{L}'’-]+)(?: (?:[A-Z][\p{L}'’-]+))?)`,
  'gu',
);

/**
 * Capitalised words that follow "in" but are not places, besides the months and weekdays of the
 * date words (`isCalendarWord`: "in March", "in Feb.").
 */
const NOT_PLACE = new Set([
  'The', 'A', 'An', 'This', 'That', 'His', 'Her', 'Their', 'Its', 'Our', 'Total', 'All', 'Which', 'What', 'Some', 'Many', 'Most',
  'Those', 'These', 'Such', 'Each', 'Every',
  // what follows "in" in a headline's capitals: "Charged With Killing Toddler, in Court", "Teen in Critical Condition"
  'Court', 'Custody', 'Jail', 'Prison', 'Connection', 'Critical', 'Stable', 'Serious', 'Hospital',
]);

/** A month's full name, lower case (not an abbreviation: "feb", "sept"). */
const FULL_MONTH = /^(?:\w{5,}|may|june|july)$/;

/**
 * Whether a place name read after "in" opens on a month's or weekday's name ("in March", "in May
 * 2015"), or is a month's abbreviation alone ("in Feb."; "in Mar Vista" is a place).
 */
function isCalendarWord(first: string, name: string): boolean {
  const lower = first.toLowerCase();
  if (WEEKDAYS[lower] !== undefined) return true;
  return MONTHS[lower] !== undefined && (FULL_MONTH.test(lower) || name === first);
}

/**
 * Lowercase words that may follow a place name. Any other lowercase word after a capitalised
 * word makes it an adjective ("in Soviet times", "of Azerbaijani television"), not a place.
 */
const AFTER_PLACE = new Set([
  'and', 'or', 'to', 'on', 'in', 'at', 'that', 'which', 'the', 'a', 'of', 'with', 'for', 'from', 'by', 'as',
  'when', 'where', 'after', 'before', 'during', 'who', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'said',
  'just', 'alone', 'only', 'itself', 'city', 'county', 'police', 'but', 'while', 'since', 'until', 'into',
  ...DIVISION_NOUNS,
]);
const NEXT_WORD = /^\s+([a-z][\p{L}'’-]*)/u;
/** "(Thompson) and Colorado avenues": the rest of two streets' names after the first. */
const STREET_PAIR_AFTER = /^\s+(?:and|&)\s+[A-Z][\p{L}'’.-]*(?:\s+[A-Z][\p{L}'’.-]*){0,2}\s+(?:streets|avenues|roads|boulevards|drives|lanes|highways)\b/u;

/** An ordinal of happenings in a year: "the third attack on the area this year", "the city's 30th homicide so far this year". */
const ORDINAL_OF_YEAR_SOURCE = String.raw`\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:[\w'’-]+\s+){0,2}?(?:attacks?|shootings?|homicides?|killings?|incidents?|murders?|deaths?|bombings?|fatalit(?:y|ies))\b[^.;,]{0,40}?\b(?:so far )?(?:this|last) year\b`;
const ORDINAL_OF_YEAR = new RegExp(ORDINAL_OF_YEAR_SOURCE, 'i');
const ORDINAL_OF_YEAR_ALL = new RegExp(ORDINAL_OF_YEAR_SOURCE, 'gi');
/**
 * A day in a year a phrase names: "On March 9 last year", "last year on March 9", "March 9 of this
 * year". The year there says which March 9, the day of one happening (a report a year on about
 * the event itself), not a year of statistics.
 */
const DAY_IN_YEAR_SOURCE = String.raw`\b${MONTH_SOURCE}\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:last|this)\s+year\b|\b(?:last|this)\s+year\s*,?\s+on\s+${MONTH_SOURCE}\s+\d{1,2}\b`;
const DAY_IN_YEAR = new RegExp(DAY_IN_YEAR_SOURCE, 'i');
const DAY_IN_YEAR_ALL = new RegExp(DAY_IN_YEAR_SOURCE, 'gi');

/** A word that sets a happening apart without naming its place ("Separately, ...", "In a separate development, ..."). */
const SEPARATELY = /^\W{0,3}(?:separately|in a separate development)\b/i;

/**
 * Reads the scope a claim states from its clause: a total, other places, a recurring
 * commemoration, or the main event with an optional place and period.
 *
 * @example
 * scopeOf('On that night, 130 civilians died in Baku.')
 * // { key: 'main', place: 'Baku', label: 'in Baku, On that night' }
 * Note: the words of the period go to `label`; `period` is the ISO date the time stage reads from
 * the sentence (`addTimeScopes`).
 */
export function scopeOf(clause: string): Scope {
  // "Related: 5 officers dead in Dallas protest shooting": the headline of another story the page links to.
  if (LINKED_STORY.test(clause)) return LINKED_SCOPE;
  const period = PERIOD.exec(clause)?.[0];
  const place = placeOf(clause);
  const parts: Record<string, string> = {};
  if (place) parts['place'] = place;
  const label = [place ? `in ${place}` : undefined, period?.trim()].filter(Boolean).join(', ') || undefined;
  const withLabel = (key: Scope['key'], text?: string): Scope => {
    const l = text ?? label;
    return l === undefined ? { key, ...parts } : { key, ...parts, label: l };
  };
  if (ANY_OTHER_SCOPE.test(clause)) {
    if (RECURRING.test(clause)) return withLabel('recurring', RECURRING.exec(clause)?.[0]?.toLowerCase());
    // "was the third attack on the area this year", "the city's 30th homicide this year": the year
    // frames an ordinal of happenings, not the count of the clause.
    // "On March 9 last year, gunmen killed 12 people": the year names the day of the happening.
    const framed = ORDINAL_OF_YEAR.test(clause) ? clause.replace(ORDINAL_OF_YEAR_ALL, '') : clause;
    const statistics = DAY_IN_YEAR.test(framed) ? framed.replace(DAY_IN_YEAR_ALL, '') : framed;
    if (AGGREGATE.test(statistics)) return withLabel('aggregate', `statistics: ${AGGREGATE.exec(statistics)?.[0]?.toLowerCase()}`);
    if (totalIn(clause) !== undefined) return withLabel('total', label ? `in total, ${label}` : 'in total');
    const other = OTHER.exec(clause)?.[0];
    // "the deadliest attack ... since October 2017, when a truck bomb killed more than 500": the earlier happening compared with.
    const since = other === undefined ? undefined : COMPARED_SINCE.exec(other)?.[1];
    if (since !== undefined) return withLabel('other', `${EARLIER_LABEL}: since ${since}`);
    // "The shooting came after an attack early Sunday ... left 49 people dead": the earlier happening.
    if (other !== undefined && COMES_AFTER.test(other)) return withLabel('other', `${EARLIER_LABEL}: ${other.toLowerCase().replace(COMES_SUBJECT, '')}`);
    // "Separately, in Karachi, gunmen killed two people": the place, then the word that sets it apart.
    if (other !== undefined) return withLabel('other', place && SEPARATELY.test(other) ? `in ${place}, ${other.replace(/^\W+/, '').toLowerCase()}` : other);
  }
  if (place || period) return withLabel('main');
  return { key: 'unscoped' };
}

/**
 * A country's capital named by its people's adjective: "in the Iraqi capital", "across the Kenyan
 * capital", "in the South Sudanese capital" (`countryOfDemonym`).
 */
const DEMONYM_CAPITAL = /\b(?:[Ii]n|[Aa]t|[Nn]ear|[Aa]cross|[Tt]hroughout|[Oo]utside) the ((?:[A-Z]\p{L}+ )?[A-Z]\p{L}+) capital\b/u;

/** The capital a clause names by its country's adjective (`DEMONYM_CAPITAL`), with where it is named. */
function demonymCapital(clause: string): { readonly name: string; readonly at: number } | undefined {
  if (!clause.includes(' capital')) return undefined;
  const m = DEMONYM_CAPITAL.exec(clause);
  if (m === null) return undefined;
  const gazetteer = loadGazetteer();
  const country = countryOfDemonym(m[1]!, gazetteer);
  const capital = country === undefined ? undefined : gazetteer.capitalOf?.(country);
  return capital === undefined ? undefined : { name: capital.name, at: m.index };
}

/** "the capital of" right before a name (`placeNamed`). */
const CAPITAL_OF_BEFORE = /\bcapital of (?:the )?$/;
/** "capital" right after a possessive name ("Kenya's capital"). */
const CAPITAL_AFTER = /^\s+capital\b/;

/**
 * The capital a `PLACE` match names by its country: "the capital of Azerbaijan, Baky", "in Kenya's
 * capital" (Baku, Nairobi), when the name is a country's.
 */
function capitalNamed(clause: string, m: RegExpExecArray, name: string): string | undefined {
  const possessive = POSSESSIVE_END.exec(name);
  const country = possessive !== null ? name.slice(0, possessive.index) : name;
  const isCapital = possessive !== null ? CAPITAL_AFTER.test(clause.slice(m.index + m[0].length, m.index + m[0].length + 10)) : CAPITAL_OF_BEFORE.test(m[0].slice(0, m[0].length - name.length));
  if (!isCapital) return undefined;
  const gazetteer = loadGazetteer();
  const code = gazetteer.lookup(country).find((p) => p.precision === 'country')?.country;
  return code === undefined ? undefined : gazetteer.capitalOf?.(code)?.name;
}
const POSSESSIVE_END = /['’]s$/;

function placeOf(clause: string): string | undefined {
  const capital = demonymCapital(clause);
  const named = placeNamed(clause, capital?.at ?? clause.length);
  return named ?? capital?.name;
}

/**
 * A count of a share right before a place: "including 14 ", "including 14 in Nairobi and five " (the
 * shares `placeShareClaims` reads), with no comma or parenthesis between ("including a child, were
 * killed in Osel" is the whole count's place).
 */
const SHARE_BEFORE = /\bincluding\s[^,;()]*?(?:\d[\d,]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-[a-z]+)?|hundreds?|dozens?))\s+(?:(?:people|persons|deaths|dead|of them)\s+)?$/i;

/** The word `SHARE_BEFORE` opens on, in any case. */
const INCLUDING = /including/i;

/** The first place a clause names before `before` (see `placeOf`). */
function placeNamed(clause: string, before: number): string | undefined {
  PLACE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let isTitle: boolean | undefined;
  // (read once per clause: most name no share and no capital)
  const mayShare = INCLUDING.test(clause);
  const mayCapital = clause.includes('capital');
  while ((m = PLACE.exec(clause)) !== null && m.index < before) {
    // "in Town 'n' Country", "in Back of the Yards": the name goes on past its clipped "and", and
    // a one-word name past "of (the)" and a capitalised word.
    const rest = clause.slice(m.index + m[0].length);
    const clipped = CLIPPED_AND_AFTER.exec(rest)?.[0] ?? (m[1]?.includes(' ') ? undefined : OF_NAME_AFTER.exec(rest)?.[0]);
    const name = clipped === undefined ? (m[1] ?? '') : `${m[1] ?? ''}${clipped}`;
    const first = name.split(' ')[0] ?? '';
    if (NOT_PLACE.has(first) || isCalendarWord(first, name)) continue;
    // "killed 31 people, including 14 in Nairobi": the place of a share, not of the whole count.
    if (mayShare && m.index > 12 && SHARE_BEFORE.test(clause.slice(Math.max(0, m.index - 60), m.index))) continue;
    // "in Kenya's capital": the capital (a possessive name's next word is not the name's).
    const capital = mayCapital ? capitalNamed(clause, m, name) : undefined;
    if (capital !== undefined) return capital;
    const after = clause.slice(m.index + m[0].length + (clipped?.length ?? 0));
    const next = NEXT_WORD.exec(after)?.[1];
    if (next !== undefined && !AFTER_PLACE.has(next)) continue;
    // "in Lower 9th Ward", "in the Upper 3rd District": the name goes on past an ordinal (a part of a city, not "Lower");
    // "at East 7 Mile Road": a compass word before a number is a street's.
    if (ORDINAL_AFTER.test(after) || (COMPASS_WORDS.has(name.toLowerCase()) && STREET_NUMBER_AFTER.test(after))) continue;
    // "near Thompson and Colorado avenues": two streets.
    if (next === 'and' && STREET_PAIR_AFTER.test(clause.slice(m.index + m[0].length))) continue;
    // "near Twain and Maryland", "at Reed and Main": a corner of two streets named bare; not "in Velmora and Durnhill".
    if (next === 'and' && CORNER_BEFORE.test(m[0]) && CORNER_AFTER.test(clause.slice(m.index + m[0].length))) continue;
    // "died at Grant Medical Center", "shot outside Lincoln High School": a facility, not a place;
    // "taken to the district hospital in Ayorou": where the wounded were treated, not where they were hurt.
    if ((!HAPPENING_AFTER_NAME.test(name) && isFacility(name, after)) || CARE_BEFORE.test(clause.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "remained in critical condition at Stroger", "was hospitalized at Cooper": a hospital named short.
    if (CARE_STATE_BEFORE.test(clause.slice(Math.max(0, m.index - 30), m.index + 3))) continue;
    // "in Peshawar's Qissa Khwani bazaar": the city, not the city and a part of it.
    const place = name.replace(/[’']s(?:\s.*)?$/, '');
    // A headline in title case capitalises every word: "3 Injured in Overnight Shooting" names no
    // place unless the gazetteer knows it ("2 Dead in Memphis Shooting": Memphis).
    if (isTitle ??= isTitleCase(clause)) {
      const head = place.replace(HAPPENING_AFTER_NAME, '');
      if (head.length > 0 && isKnownPlace(head)) return head;
      continue;
    }
    return place;
  }
  return undefined;
}

/**
 * A sentence that opens on a place, set off by a comma or a dash: "In Dravik, the country's second
 * city, two protesters were killed", "In Osel, police dispersed a rally", "In the village of Tessa,
 * ...", "In neighbouring Katsina State, ...", "In nearby Millbrook, ...". What follows is told of
 * that place, as a report tells of one place after another.
 */
const OPENING_PLACE = new RegExp(
  String.raw`^\W{0,3}In (?:the (?:capital|city|town|village|region|province|district|county|state) (?:of )?)?(?<side>(?:neighbou?ring|nearby|${SIDE_WORDS})\s+)?[A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+)?\s*(?:,|—|–|\s-\s)`,
  'u',
);

/**
 * The place a sentence opens on (`OPENING_PLACE`), read as `placeOf` reads places: not a month, a
 * day or a facility ("In March, ...", "In Grant Hospital, ...").
 *
 * @example
 * openingPlace("In Dravik, the country's second city, two protesters were killed.") === 'Dravik';
 * openingPlace('In March, two men were arrested.') === undefined;
 */
export function openingPlace(sentence: string): string | undefined {
  const m = OPENING_PLACE.exec(sentence);
  if (!m) return undefined;
  // the first place of the opening words, when it is the one they open on ("In neighbouring Katsina
  // State": read without the word that sets it beside the event's, as placeOf wants a name after "in")
  const side = m.groups?.['side'] ?? '';
  const opening = sentence.slice(0, m[0].length + 60).replace(side, '');
  const words = m[0].replace(side, '');
  const place = placeOf(opening);
  return place !== undefined && words.includes(place) ? place : undefined;
}

/** "of (the)" and one or two capitalised words right after a one-word place: " of the Yards" of "Back of the Yards". */
const OF_NAME_AFTER = /^\sof\s(?:the\s)?[A-Z][\p{L}'’-]+(?:\s[A-Z][\p{L}'’-]+)?/u;

/** A clipped "and" and the capitalised word after it, right after a place's words: " 'n' Country" of "Town 'n' Country". */
const CLIPPED_AND_AFTER = /^\s['‘’]n['’]\s[A-Z][\p{L}'’-]*/u;

/** The preposition of a corner of two streets ("near", "at"), opening a place's match. */
const CORNER_BEFORE = /^(?:[Nn]ear|[Aa]t)\s/;
/** "and" and one capitalised word, then no more of a name: the other street of a corner ("and Maryland"). */
const CORNER_AFTER = /^\s+and\s+[A-Z][\p{L}'’-]*(?![\p{L}'’-]|\s+[A-Z])/u;

/** A state of care right before "at" and a name: "in critical condition at (Stroger)", "hospitalized at (Cooper)", "died of his injuries at (Albany Med)". */
const CARE_STATE_BEFORE = /\b(?:condition|hospitali[sz]ed|treated|recovering|pronounced dead|died|injuries|wounds)\s+at\s$/i;

/** A place of care right before a place's preposition: "hospital (in Ayorou)", "a trauma center (in Dallas)". */
const CARE_BEFORE = /\b(?:hospitals?|clinics?|medical (?:center|centre)s?|trauma (?:center|centre)s?|infirmary|morgue|mortuary)\s*$/i;

/** Capitalised words that go on after a place's two words ("Center" of "Grant Medical Center"). */
const NAME_GOES_ON = /^(?:\s+[A-Z][\p{L}'’-]*)+/u;

/** Whether a name, with the capitalised words that go on after it, is a facility's (`FACILITY_HEADS`: hospital, school, bar...). */
function isFacility(name: string, after: string): boolean {
  const words = `${name}${NAME_GOES_ON.exec(after)?.[0] ?? ''}`.split(/\s+/);
  // "University of Kentucky": a facility's head before "of" opens its name.
  return words.slice(words[1] === 'of' ? 0 : 1).some((w) => FACILITY_HEADS.has(w.toLowerCase()));
}

/** A happening noun after a name in a title-case headline ("Memphis Shooting"). */
const HAPPENING_AFTER_NAME = new RegExp(`\\s+${HAPPENING_NOUN_SOURCE}$`, 'i');

