import { CASUALTY_KINDS, type Claim, type ClaimKind, type Scope } from '../../../model/record.js';
import type { NumberMention, Qualifier, Interval } from '../../../model/mention.js';
import type { Span } from '../../../model/span.js';
import type { Sentence, SourceDoc } from '../../../model/document.js';
import {
  HARM_VERBS, HEAD_KIND, TOLL_OBJECT_SOURCE, PARTITIVE_AFTER, PARTITIVE_BEFORE, INJURED_STATUS_AFTER, INJURED_TRUE_WORD,
  DETAINED_AFTER, DETAINED_BEFORE, DISPLACED_AFTER, DISPLACED_BEFORE, TO_FLEE_AFTER, INJURED_AFTER, INJURED_BEFORE,
  KILLED_AFTER, KILLED_BEFORE, MISSING_AFTER, MISSING_BEFORE, PARTICIPANTS_AFTER, PARTICIPANTS_BEFORE, CROWD_ESTIMATE_BEFORE, CROWD_OTHER_ESTIMATE_BEFORE, OTHER_SIDE_ESTIMATE_BEFORE, CROWD_WORD, SHOT_AFTER, SHOT_BEFORE,
  RECORD_ARRESTS_AFTER, RECORD_ARRESTS_BEFORE, TROOP_GROUP_BEFORE, TROOP_NOUN, TROOP_VERB_AFTER, POLICE_NOUN, ZERO_DETAINED, ZERO_INJURED, ZERO_KILLED, PERSON_SINGULAR, ROLE_SINGULAR, PATTERN_CUES, WITNESS_COUNT_BEFORE, FORCES_HEADS, PROTESTER_HEADS, FIGHTER_HEADS, IN_CONDITION, COMBATANTS_AFTER,
} from '../../../locales/en/claims.js';
import { AGE_DECADE_MODIFIER_SOURCE, VERBS_AFTER_AGES } from '../../../locales/en/numbers.js';
import { CUE_WORDS, hasCue, headOf, windowAfter, windowBefore, type CueHit, type SentenceView } from './context.js';
import { FORCES_LABEL, isLinkedParagraph, LINKED_SCOPE, opensLinkedStory, paragraphStart, scopeOf } from './scope.js';
import { attributionOf, estimatorOf } from './attribution.js';
import { extractPersonClaims, isNotName } from './person.js';
import { isCommonWord, isGivenName } from '../../entities/lexicon.js';

/** A claim rule reads one sentence and proposes claims. It never throws. */
export interface ClaimRule {
  readonly id: string;
  extract(view: SentenceView): Claim[];
}

interface Cue {
  readonly kind: ClaimKind;
  /** Distance from the number to the cue's end: the nearest cue wins. */
  readonly distance: number;
}

/** Every cue word. */
const ANY_CUE: ReadonlySet<string> = CUE_WORDS;

/** Note: each pattern comes with the cue words one of which its matches contain; it runs only where one is found. */
const gate = (words: readonly string[]): ReadonlySet<string> => new Set(words);
const AFTER_CUES: readonly (readonly [ClaimKind, RegExp, ReadonlySet<string>])[] = [
  ['killed', KILLED_AFTER, gate(PATTERN_CUES.killedAfter)],
  ['injured', INJURED_AFTER, gate(PATTERN_CUES.injuredAfter)],
  ['shot', SHOT_AFTER, gate(PATTERN_CUES.shotAfter)],
  ['detained', DETAINED_AFTER, gate(PATTERN_CUES.detainedAfter)],
  ['missing', MISSING_AFTER, gate(PATTERN_CUES.missingAfter)],
  ['displaced', DISPLACED_AFTER, gate(PATTERN_CUES.displacedAfter)],
  ['participants', PARTICIPANTS_AFTER, gate(PATTERN_CUES.participantsAfter)],
];
const BEFORE_CUES: readonly (readonly [ClaimKind, RegExp, ReadonlySet<string>])[] = [
  ['killed', KILLED_BEFORE, gate(PATTERN_CUES.killedBefore)],
  ['injured', INJURED_BEFORE, gate(PATTERN_CUES.injuredBefore)],
  ['shot', SHOT_BEFORE, gate(PATTERN_CUES.shotBefore)],
  ['detained', DETAINED_BEFORE, gate(PATTERN_CUES.detainedBefore)],
  ['missing', MISSING_BEFORE, gate(PATTERN_CUES.missingBefore)],
  ['displaced', DISPLACED_BEFORE, gate(PATTERN_CUES.displacedBefore)],
  ['participants', PARTICIPANTS_BEFORE, gate(PATTERN_CUES.participantsBefore)],
];

/** "the death toll rose to 3", "raising the death toll to two", "brings the number of people killed to six", "later died": the text updates an earlier figure. */
const UPDATE = new RegExp(String.raw`\b(?:toll\b[^.;:]{0,100}?\b(?:has |had )?(?:rose|rises|risen|climbed|climbs|jumped|jumps|increased|increases|grew|grows|reached|reaches)|(?:raising|raised|raises|bringing|brought|brings|pushing|pushed|pushes|taking|took|takes)\s+${TOLL_OBJECT_SOURCE}\b|(?:has|have) (?:since|now) died|later died|died (?:later|at the hospital|in the hospital|from (?:his|her|their) (?:injuries|wounds))|succumbed|number of (?:people |persons |those |civilians )?(?:killed|dead|deaths|fatalities|injured|wounded|hurt)\b[^.;:]{0,60}?\b(?:has |had )?(?:rose|rises|risen|climbed|climbs|increased|grew|reached)|now (?:stands|totals)|final (?:death |casualty )?(?:toll|count|tally|figure)\b|rose to|rises to|climbed to|climbs to|risen to|(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:nd|rd|th)) (?:person|victim|man|woman|boy|girl|teen|child|officer)(?:, [^,.;]{1,40},)? (?:has )?(?:died|dies))\b`, 'i');

/**
 * A figure corrected, down or up: "the ministry revised the death toll down to seven from nine",
 * "corrected its earlier figure of nine dead to seven", "Castavia lowers protest death toll to
 * seven". The value after "to" replaces the reports before it (`Claim.isCorrection`).
 */
const CORRECTION_VERB = String.raw`(?:correct(?:ed|s|ing)|revis(?:ed|es|ing)|lower(?:ed|s|ing)|cut(?:s|ting)?|reduc(?:ed|es|ing)|downgrad(?:ed|es|ing)|adjust(?:ed|s|ing))`;
// "revised the death toll down to", or the passive: "the count of wounded was lowered to"
const CORRECTION_SOURCE = String.raw`(?:\b${CORRECTION_VERB}\b[^.;:]{0,80}?\b(?:toll|figure|count|tally)\b[^.;:]{0,60}?\bto|\b(?:toll|figure|count|tally|number)\b[^.;:]{0,60}?\b(?:was|were|has been|had been|is|have been)\s+${CORRECTION_VERB}\s+(?:down\s+)?to)`;
const CORRECTION = new RegExp(`${CORRECTION_SOURCE}\\b`, 'i');
/** The same, ending right before its new value, with a death in its words (what makes the value a count of the killed). */
const CORRECTED_TO_BEFORE = new RegExp(`${CORRECTION_SOURCE}\\s*$`, 'i');
const DEATH_WORD = /\b(?:death|deaths|dead|toll|killed|fatalities)\b/i;
const INJURY_WORD = /\b(?:wounded|injured|injuries|hurt)\b/i;
/** The value a correction replaces: "its earlier figure of nine", "from nine" after "to seven". */
const REPLACED_BEFORE = /\b(?:earlier|previous|initial|original|first)\s+(?:death\s+)?(?:toll|figure|count|tally|estimate)\s+(?:of\s+)?$|^\s*from\s+$/i;
/** The same after the value: "one of the 26 people initially reported wounded". */
const REPLACED_AFTER = /^\s+(?:[\w'’-]+\s+)?(?:initially|originally|first|earlier|previously)\s+(?:reported|counted|listed|said)\b/i;

/** How far before a number the rules of long phrases read (a toll's subject, a correction, a crowd's estimates). */
const WIDE_BEFORE_REACH = 160;

/** The cue of a toll (see `TOLL_RISEN_BEFORE`). */
const TOLL_CUES: ReadonlySet<string> = new Set(['toll']);

/** A death toll's rise or level right before a number, its subject however long ("The death toll from ... has risen to"). */
const TOLL_RISEN_BEFORE = /\b(?:death )?toll\b[^.;:]{0,140}?\b(?:has |had |have )?(?:rose|rises|risen|climbed|climbs|jumped|increased|reached|reaches|stands|stood|hit|hits|grew|grows)\s+(?:to|at)\s*$/i;

/**
 * Between two coordinated counts of people: " women and ", " adult men, and "; the word before "and" is the head.
 * Note: `(?:\s+|\s*,\s+)` is `\s*,?\s+` without two adjacent blank runs, which backtracked
 * quadratically over a long run of blanks between two numbers.
 */
const COORDINATED = /^\s+(?:[\w'’-]+\s+){0,2}?([\w'’-]+)(?:\s+|\s*,\s+)and\s+$/;

/** The words after a count up to its head noun, when the head is the next word: " fatalities" (not " of the wounded"). */
const HEAD_NEXT = /^\s*[^\s]+$/;

/**
 * Heads that name a kind of count, not a group of people: "19 bodies and 54 wounded" are two
 * counts of two kinds, not 73 of one.
 */
const KIND_HEADS: ReadonlySet<string> = new Set(['dead', 'bodies', 'deaths', 'fatalities', 'homicides', 'murders', 'wounded', 'injured', 'casualties', 'arrests', 'detentions']);

function isCoordinated(between: string): boolean {
  const m = COORDINATED.exec(between);
  const head = headOf(between);
  return m !== null && head.kind === 'person' && head.word === m[1]?.toLowerCase() && !KIND_HEADS.has(head.word ?? '');
}

/**
 * One more person joined to a count: "three women and a man were injured" (4). Read right after
 * the count's head noun.
 */
// The count's people may have their ages told first: "two men, 22 and 25, and a woman were shot" (3), "two men in their 20s and a woman" (3).
/** Nouns of one person, by kind or by role ("woman", "teen", "teacher", "officer"), as alternatives of a pattern. */
const PERSON_OR_ROLE = [...PERSON_SINGULAR, ...ROLE_SINGULAR].join('|');
/**
 * A headline's list without "and": "2 officers, woman injured in shootout", "Three militants, soldier
 * killed" (one more right after the count's noun, then the verb of both; not "3 people dead, child
 * injured", where each has its own word).
 */
const COMMA_ONE_MORE = String.raw`,\s+(?:an?\s+)?(?:${PERSON_OR_ROLE})(?=\s+(?:shot|killed|wounded|injured|hurt|dead|slain|stabbed)\b)`;
const AND_ONE_MORE = new RegExp(String.raw`^(?:(?:\s+[\w'’-]+)?(?:,\s+(?:ages?\s+|aged\s+)?\d{1,3}(?:(?:,\s+|,?\s+and\s+|\s+to\s+)\d{1,3})*(?=,)|\s+in\s+(?:their|his|her)\s+${AGE_DECADE_MODIFIER_SOURCE}\d0s)?\s*,?\s+and\s+(?:a|an|one)\s+(?:[\w'’-]+\s+){0,2}?(?:${PERSON_OR_ROLE})\b|${COMMA_ONE_MORE})`);

/**
 * One person joined before a count: "an 11-month-old boy and two men wounded" (3). Read in the
 * lowercase text before the number. Note: not after a transitive verb, whose object the person is
 * ("killed a man and two women were wounded": the man is not among the wounded); when the count
 * has no verb of its own, both are that verb's objects (`VERB_ONE_AND_BEFORE`).
 */
// The person's age may follow it: "a woman, 30, and two men were shot" (3); the count may be of the
// person's kin: "a woman and her two sons were killed" (3).
const ONE_MORE_BEFORE = new RegExp(String.raw`\b(?:a|an|one)\s+(?:[\w'’-]+\s+){0,2}?(?:[\w'’]+-){0,3}(?:${PERSON_OR_ROLE})(?:\s*,\s+(?:aged?\s+)?\d{1,3}(?=\s*,))?\s*,?\s+and\s+(?:(?:his|her|their)\s+)?$`);
const TRANSITIVE_BEFORE = /\b(?:killed|killing|shot|shooting|wounded|wounding|injured|injuring|arrested|arresting|charged)\s+$/;
/** "and" and a possessive right before a count: "A woman and her two sons were killed" (3, `ONE_MORE_BEFORE`). */
const AND_KIN_BEFORE = /\band (?:his|her|their) $/;
/**
 * One person named or a pronoun joined before "others": "he and three others were shot" (4),
 * "Varney and seven others were killed" (8), "John Smith, 24, and two others". Read in the text as
 * written (a name is capitalised); group 1 is a capitalised word before the name, group 2 the name
 * or pronoun. See `OTHERS_HEAD_AFTER`.
 */
const NAMED_ONE_AND_BEFORE = /(?:^|[^\p{L}'’-])(?:(\p{Lu}[\p{Ll}'’]+)\s+)?([Hh]e|[Ss]he|\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)(?:\s*,\s+\d{1,3}\s*,)?\s+and\s+$/u;
/** "others", "other people": people besides some told before them. */
const OTHERS = String.raw`(?:others|other (?:people|persons|men|women|teens|teenagers|children|boys|girls|victims|adults))`;
/** `OTHERS` right after a count: the people besides one named before it. */
const OTHERS_HEAD_AFTER = new RegExp(String.raw`^\s+${OTHERS}\b`);

/**
 * A transitive verb, one person and "and" before a count: both are its objects ("killed a man and
 * two women", "killed the bomber and 12 worshippers", "shot and killed his wife and two other
 * people", "killed her and three others"): the count and the person. Read in the lowercase text
 * before the number; group 1 is the verb.
 */
const VERB_ONE_AND_BEFORE = new RegExp(
  String.raw`\b(killed|killing|kills|wounded|wounding|injured|injuring|arrested|arresting)\s+(?:(?:a|an|one|the|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?(?:[\w'’]+-){0,3}(?:${PERSON_OR_ROLE})|her|him)\s*,?\s+and\s+(?:(?:his|her|their)\s+)?$`,
);
const VERB_KIND: Readonly<Record<string, ClaimKind>> = {
  killed: 'killed', killing: 'killed', kills: 'killed', wounded: 'injured', wounding: 'injured', injured: 'injured', injuring: 'injured',
  arrested: 'detained', arresting: 'detained',
};
/** Words after a count's head that start another clause: a verb after them is not the count's ("... and three others before shooting himself"). */
const CLAUSE_BREAK = /\b(?:before|after|then|and|but|while|when|as)\b|[,;]/;

/**
 * Words between a count and its cue that deny it ("two men arguing, but did not see anyone
 * injured" counts nobody injured) or make it a supposition ("could have been killed", "would have
 * died", "were nearly killed"): no one was. Not a report unsure of what happened: "at least four
 * people may have been injured".
 */
const NEGATED = /\b(?:not|never|nobody|none|neither|anyone|without)\b|n't\b|\bno one\b|\b(?:could|would|should)\s+have\s+(?:been|died)\b|\b(?:nearly|almost|narrowly)\s+(?:been\s+)?[a-z]+$/;
/** "nearly killed", "almost killed": a near miss, no one killed. Right before a cue told before its number. */
const NEAR_MISS_BEFORE = /\b(?:nearly|almost|narrowly)\s+$/;

/**
 * Between a count's head and the cue after it: the count's own verb, then "and" and another subject
 * with its own verb ("seven officers returned fire and Wilkes was shot and killed", "three men
 * opened fire and a woman was hurt"): the cue is said of that subject, not of the people counted.
 * Note: the own verb is a past form in -ed other than an auxiliary's participle ("were killed and
 * a woman was hurt" ends at its own cue before "and").
 */
const OTHER_SUBJECT_BEFORE_CUE = /^\s+(?:[a-z'’-]+\s+){0,3}?[a-z]+ed\b[^,;]*?\band\s+(?:(?:a|an|the|his|her|their|one|another)\s+)?[a-z'’-]+\s+(?:[a-z'’-]+\s+)?(?:was|were|is|are|has been|had been)\b/;
/**
 * Between a count of more than one and the cue after it, what says the cue of one other person: a
 * verb in the singular after "and" with no subject of its own ("He stabbed two women and was later
 * arrested": the man was arrested), or a singular pronoun the cue's verb acts on ("stabbed three
 * people before police shot him dead"). The count's people cannot be either.
 */
const ONE_OTHER_BEFORE_CUE = /(?:\band\s+(?:(?:later|then|also|subsequently|eventually|soon|quickly|ultimately)\s+)?(?:was|is|has been|had been)\b[^.;:]*|\b(?:him|her|himself|herself)\s+(?:dead|to death))$/;
/** "shot two protesters dead", "beat three men to death": a verb of harm before the count, and its result after the count's people. */
const HARM_VERB_BEFORE = new RegExp(String.raw`\b(?:${HARM_VERBS.join('|')})\s+$`);
const DEAD_RESULT_AFTER = /^\s+(?:dead|to death)\b/;
const FORCED_END = /\bforc(?:ed|ing)\s*$/;
/** A participle of a kind right after a count's people, describing them: "(the 11 men) arrested (in the days after)", "(the four people) killed". */
const PARTICIPLE_AFTER_HEAD = /^\s+(?:arrested|detained|killed|slain|wounded|injured|hurt|shot|abducted|kidnapped|displaced)\b/;

/**
 * Ages in an apposition, not counts: "her sons, 7 and 8, were hurt", "Smith, 20, Jones, 22, and
 * Doe, 19". A number in digits between a word's comma and a closing comma.
 */
const AGE_LIST_BEFORE = /[\p{L}'’],\s+(?:(?:also|both|each)\s+)?(?:\d{1,3},\s+)*(?:\d{1,3},?\s+and\s+)?$/u;
const AGE_LIST_AFTER = /^(?:,\s+\d{1,3})*(?:,?\s+and\s+\d{1,3})?,/;
/** A count of people earlier in a sentence, which a later "none" may take a part of. */
const GROUP_COUNT_BEFORE = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|both|all)\s+(?:[\w'’-]+\s+){0,2}?(?:people|persons|children|kids|adults|men|women|boys|girls|others|officers|students|family members|relatives|residents|passengers|customers|occupants)\b/i;

/**
 * An age in a relative clause: "(Daniel,) who was 22(, was arrested)", "who is only 16 years old",
 * and as someone first told it: "(Regginna Jefferies, 17,) whom police initially said was 16(, died)".
 */
const AGE_CLAUSE_BEFORE = /\bwhom?\s+(?:(?:[\w'’-]+\s+){0,3}?(?:said|says|say|reported|believed|thought)\s+)?(?:was|is|were|are)\s+(?:only\s+|just\s+|then\s+|barely\s+)?(?:\d{1,3}\s*(?:,\s*(?:and\s+)?|and\s+|to\s+))*$/;
/** How far before a number a relative clause of ages may start ("who police said were 20, 21 and "). */
const AGE_CLAUSE_REACH = 60;
const AGE_CLAUSE_AFTER = /^\s*(?:[,)]|years?\b|at the time\b)/;
/** The words between a count's people and their age limits: " children under the age of ", " people aged ", " between the ages of ". */
const AGE_OF_BETWEEN = /^\s+(?:[\w'’-]+\s+){0,2}?(?:(?:under|over|below|above|between|younger than|older than)\s+)?(?:the\s+)?(?:ages?\s+of|aged)\s+$/i;
/**
 * Between a count and the decade of its people's ages: "Two men in their 20s", "Three other people
 * ranging from their mid-teens to early 20s", "victims in their 30s and 40s", "Two men, both in
 * their early 20s,". The decade is an age (`decadeRule`), told of the people counted.
 */
const AGE_DECADE_BETWEEN = new RegExp(
  String.raw`^\s+(?:[\w'’-]+(?:,\s+|\s+)){0,2}?(?:(?:both|all)\s+)?(?:(?:ranging|ranged|aged?)\s+(?:in\s+age\s+)?)?(?:from|in|between)\s+(?:(?:his|her|their)\s+)?(?:${AGE_DECADE_MODIFIER_SOURCE}(?:teens|\d0s)\s+(?:to|and|or|through)\s+)?${AGE_DECADE_MODIFIER_SOURCE}$`,
  'i',
);
/** Whether a number is a decade as written ("20s", `decadeRule`). */
function isDecade(n: NumberMention): boolean {
  return n.rule === 'en/number/decade';
}
/** What joins ages of a list: "5 and 12", "13, 17 and 19", "16 to 18". */
const AGE_LIST_JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+|to\s+|[-–]\s*)$/;
/** A count that "none" takes all of: "none of the four people inside". */
const NONE_OF_BEFORE = /\b(?:none|neither) of (?:the |these |those |its |their )?$/;
/**
 * A part in words before "of the" ("One of the four died at the hospital", "two of the five"): the
 * verb after is said of the part, which the number stage leaves unread ("One" opening a sentence),
 * not of the whole. Note: a part in digits is a number of its own (see `PARTITIVE_OF`).
 */
const PART_OF_BEFORE = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|some|most|several|many|all|each|both|half) of (?:the |these |those )$/;
/** Children counted after a parent: "a father of three", "a mother of two young boys". */
const KIN_COUNT_BEFORE = /\b(?:father|mother|parent|dad|mom|grandfather|grandmother|grandparent)s?\s+of\s+$/;
/** An age before a hometown, without its closing comma: "John Smith, 22 of Springfield, is charged". */
const AGE_HOMETOWN_BEFORE = /\p{Lu}[\p{L}'’-]*,\s+$/u;
const AGE_HOMETOWN_AFTER = /^\s+(?:of|from)\s+\p{Lu}/u;

/** `leaving 2 dead`: "dead"/"injured" as a predicate right after the head noun. */
const LEFT_PREDICATE = /\b(?:left|leaving|leaves|leave)\s*$/;
const PREDICATE_KIND: readonly (readonly [ClaimKind, RegExp])[] = [
  ['killed', /^\s*(?:\w+\s+){0,3}?(?:dead|killed)\b/],
  ['injured', new RegExp(String.raw`^\s*(?:\w+\s+){0,3}?(?:injured|wounded|hurt|hospitalized|${IN_CONDITION}|with (?:\w+\s+){0,2}?(?:injuries|wounds))\b`)],
  ['shot', /^\s*(?:\w+\s+){0,3}?shot\b/],
];

/** The cue words of a window: `from` is the window's offset in the document; without `hits` every pattern runs. */
interface CueWindow {
  readonly hits: readonly CueHit[] | undefined;
  readonly from: number;
}

function nearestAfter(after: string, window: CueWindow): Cue | undefined {
  let best: Cue | undefined;
  for (const [kind, re, words] of AFTER_CUES) {
    if (window.hits && !hasCue(window.hits, words, window.from, window.from + after.length)) continue;
    const m = re.exec(after);
    if (m && (!best || m[0].length < best.distance) && !NEGATED.test(m[0])) best = { kind, distance: m[0].length };
  }
  return best;
}

/**
 * A count of people besides those counted before it: "a further 3", "another two", "an additional
 * four". Note: added to a count of its own kind before it in the sentence only; alone it stays as
 * stated, as it is mostly of people besides those of another kind ("12 killed and another eight
 * injured"), and "a further 3 killed" in a later sentence may or may not repeat an earlier count.
 */
const ADDITIONAL_BEFORE = /\b(?:a further|another|an additional)\s+$/i;

/** Words between a verb and its count that change nothing of the count's kind: "killed a further 3", "killed another 5 people", "a total of 12", "had killed the two children". */
const FILLER_BEFORE = /\b(?:a further|another|an additional|a total of|an? estimated|the|his|her|their|its|all|both|all of the|all of his|all of her)\s+$/;

/** `text` without `FILLER_BEFORE` at its end. */
function withoutFiller(text: string): string {
  const filler = FILLER_BEFORE.exec(text);
  return filler ? text.slice(0, filler.index) : text;
}

function nearestBefore(text: string, window: CueWindow): Cue | undefined {
  const before = withoutFiller(text);
  for (const [kind, re, words] of BEFORE_CUES) {
    if (window.hits && !hasCue(window.hits, words, window.from, window.from + before.length)) continue;
    const m = re.exec(before);
    if (m && NEAR_MISS_BEFORE.test(before.slice(Math.max(0, m.index - 12), m.index))) continue;
    // Note: a pattern ends right before the number, so its distance is from its last word ("to" of
    // "the death toll from the market strike rose to 34"): a long pattern is no farther from its number.
    if (m) return { kind, distance: before.length - (m.index + lastWordStart(m[0])) };
  }
  return undefined;
}

/** Where the last word of a match starts ("rose to " -> 5). */
function lastWordStart(match: string): number {
  const trimmed = match.trimEnd();
  return trimmed.lastIndexOf(' ') + 1;
}

/** The text in lowercase, when that keeps every offset (it does for all but a few non-ASCII letters). */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : text;
}

/** ", including two children,", ", including a 4-year-old,", ", among them seven police officers," and "(including" between a count and the next number. */
const INCLUDING_BETWEEN = /^[\w\s'’-]{0,30}?(?:,|\()\s*(?:including|among them|among whom)\s+(?:at\s+least\s+|some\s+|about\s+|an?\s+)?$/i;

/**
 * Where the words after a count stop: at the next number, unless that number only details the
 * count ("Three people, including two children, were killed": the verb is the three's too), then
 * at the number after it.
 */
function stopOf(text: string, n: NumberMention, next: NumberMention | undefined, afterNext: NumberMention | undefined, end: number): number {
  if (!next) return end;
  // the detail closes before the verb: "including five children, were killed", not "including one
  // person who succumbed to their injuries" (the verb of the one, not of the seven)
  if (INCLUDING_BETWEEN.test(text.slice(n.span.end, next.span.start)) && INCLUDING_CLOSED.test(text.slice(next.span.end, next.span.end + 48))) {
    return afterNext ? afterNext.span.start : end;
  }
  return next.span.start;
}
const INCLUDING_CLOSED = /^[\w\s'’-]{0,40}?[,)]/;
/** Only blanks between a count and the age after it ("Two 16-year-old males"). */
const AGE_RIGHT_AFTER = /^\s+$/;
/** The words of an age right after its number ("16-year-old"): an adjective of the people, not an apposition. */
const YEAR_OLD_AFTER = /^[- ](?:year|month|week|day)[- ]old/i;

/** The period of a title or an abbreviation inside a clause ("Mr. Bolden", "St. Louis", "Sgt. Lee"). */
const ABBREVIATION_DOT = /\b(?:mr|mrs|ms|dr|st|sgt|lt|capt|cpl|det|ofc|gen|col|gov|sen|rep|rev|jr|sr|mt|ft)\.(?=\s)/gi;
/** `text` with the periods of `ABBREVIATION_DOT` as spaces (same length: offsets hold). */
function withoutAbbreviationDots(text: string): string {
  return text.replace(ABBREVIATION_DOT, (m) => `${m.slice(0, -1)} `);
}

/**
 * An aside set off by dashes or parentheses right after a count's head noun: "Four people — three
 * of them teenagers — were shot", "the four people (three adults and a child) were found dead";
 * or by commas, when it tells of some of them: "Three men, one of whom was shot, were arrested".
 * Its [start, end) in the text, when it closes within 100 characters and the clause goes on.
 */
const ASIDE_OPEN = /(\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s*)(\u2014|\u2013|--|\s-\s|\(|,(?=\s*(?:one|two|three|four|five|some|all|both|none|most|many|several|each) of (?:whom|them)\b))/y;
const ASIDE_CLOSE = /\u2014|\u2013|--|\s-\s|\)|,/g;
function asideAfter(text: string, from: number, end: number): readonly [number, number] | undefined {
  ASIDE_OPEN.lastIndex = from;
  const open = ASIDE_OPEN.exec(text);
  if (!open) return undefined;
  const start = from + open[1]!.length;
  // the mark that closes it: a parenthesis, a comma ("Three men, one of whom was shot, were arrested") or a dash
  const closing = open[2] === '(' ? ')' : open[2] === ',' ? ',' : '-';
  const inner = start + open[2]!.length;
  // Note: in the 100 characters after the opening mark only: a search of the rest of the text for
  // each count was quadratic in a text of many counts and no closing mark.
  const window = text.slice(inner, Math.min(end, inner + 100));
  ASIDE_CLOSE.lastIndex = 0;
  for (let m = ASIDE_CLOSE.exec(window); m !== null; m = ASIDE_CLOSE.exec(window)) {
    const isClose = closing === '-' ? m[0] !== ')' && m[0] !== ',' : m[0] === closing;
    if (!isClose) continue;
    const close = inner + m.index + m[0].length;
    // the clause goes on after it: a verb follows, not the sentence's end
    return /^\s*[a-z]/.test(text.slice(close, close + 3)) ? [start, close] : undefined;
  }
  return undefined;
}
/** `text` from `from` to `to`, with the aside blanked out (same length). */
function blanked(text: string, from: number, to: number, aside: readonly [number, number]): string {
  if (aside[0] >= to) return text.slice(from, to);
  return text.slice(from, aside[0]) + ' '.repeat(Math.min(aside[1], to) - aside[0]) + text.slice(Math.min(aside[1], to), to);
}
/**
 * `windowAfter` with the aside blanked out. Note: only the `max` characters the window reads are
 * copied: a copy of the rest of the sentence for each count was quadratic in a long one.
 */
function windowAfterAside(text: string, from: number, to: number, aside: readonly [number, number], max = 120): string {
  const end = Math.min(to, from + max);
  return windowAfter(blanked(text, from, end, aside), 0, end - from, max);
}
/** The index of the last age of the run of ages that starts at `from`, each next one kept while `joins` the two. */
function lastAgeOfRun(numbers: readonly NumberMention[], from: number, joins: (a: NumberMention, b: NumberMention) => boolean): number {
  let last = from;
  while (numbers[last + 1]?.role === 'age' && joins(numbers[last]!, numbers[last + 1]!)) last++;
  return last;
}

/**
 * A count's people described right after it, by their ages: "Two victims, a 19-year-old male and a
 * 17-year-old female, were pronounced dead", "Two men, 19 and 20, were arrested", "Six people, ages
 * 14 to 52, were shot". The verb comes after the ages (see `stopOf`'s callers).
 */
const AGES_APPOSITION_OPEN = /^\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+,\s+(?:(?:an?|the|ages?|aged)\s+)?$/;
// It closes by a comma ("Two men, 22 and 25, were shot"), or without one right before the count's
// verb ("Two men, 22 and 25 were shot", "Three people, ages 19, 20 and 34 were wounded").
const AGES_APPOSITION_CLOSE = new RegExp(String.raw`^[\w'’-]*(?:\s+[\w'’-]+){0,2}?,\s|^[ \t]+(?:${VERBS_AFTER_AGES.join('|')})\b`);
/** Between the last age of a count's people and a second count of people joined to it: "..., 49, and two males". */
const AGES_THEN_AND = /^\s*,\s+and\s+$/;

/**
 * The index of the last age of the ages in apposition right after the count at `i` ("Two men, 22
 * and 25"; `AGES_APPOSITION_OPEN`), or undefined when no such ages follow it.
 */
function appositionAgesEnd(text: string, numbers: readonly NumberMention[], i: number): number | undefined {
  const count = numbers[i];
  const next = numbers[i + 1];
  if (count === undefined || next?.role !== 'age' || !AGES_APPOSITION_OPEN.test(text.slice(count.span.end, next.span.start))) return undefined;
  return lastAgeOfRun(numbers, i + 1, () => true);
}

/**
 * "More" right after a count adds it to people counted before: "police have detained two more people"
 * is at least three (the report may not say how many were held before).
 */
const MORE_AFTER = /^\s+(?:more|additional|further)\b(?!\s+than\b)/i;

/**
 * A verb of killing in the active voice right after a count's people, with its object after it
 * ("gunmen killed 12 people", "men killed their neighbor", "attackers shot dead four"): the people
 * counted are the killers. Not "Two killed in shooting", "two men killed Friday" (no object).
 */
const ACTIVE_KILLING_AFTER = /^\s+(?:(?:allegedly|reportedly|then|later|also)\s+)?(?:killed|murdered|shot dead|shot and killed|slew|executed)\s+(?:\d|(?:a|an|the|his|her|their|its|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|several|at least|more than|some|about)\b)/i;

/** A count of the victims' kin, not of the victims: "families of the wounded", "relatives of those killed". */
const KIN_OF_VICTIMS_AT = /^\s+(?:[\w-]+\s+)?(?:families|relatives|parents|friends|widows|orphans|loved ones|kin)\s+of\s+(?:the|those)\s+(?:[\w-]+\s+)?(?:dead|wounded|injured|killed|slain|victims|deceased|missing|hurt)\b/i;

/** A verb that takes lives, right before their number ("claimed 31 lives", "cost thousands of lives"). */
const LIVES_TAKEN_BEFORE = /\b(?:claimed|claiming|claims|claim|took|taking|takes|cost|costing|costs)\s+(?:at least\s+|more than\s+|over\s+|some\s+|about\s+|nearly\s+)?$/;

/** "others were taken to hospital", right after a count (see `DEATH_AND_BEFORE`). */
const OTHERS_TO_HOSPITAL_AFTER = /^\s+(?:others|other (?:people|persons|victims|passengers|passers-by|bystanders))\s+(?:were|have been|had been)\s+(?:also\s+)?(?:taken|rushed|airlifted|transported|flown|transferred)\s+to\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?hospitals?\b/;
/**
 * Victims besides others, taken to hospital, right after a count: "Six additional gunshot victims
 * were transported to Wexley Regional Medical Center", "three other victims were rushed to
 * hospitals". Injured: the dead were counted apart ("additional", "other").
 */
const ADDITIONAL_TO_HOSPITAL_AFTER = /^\s+(?:additional|other|more)\s+(?:gunshot\s+|shooting\s+)?(?:victims|people|persons)\s+(?:were|have been|had been)\s+(?:also\s+)?(?:taken|rushed|airlifted|transported|flown|transferred)\s+(?:by\s+[\w\s'’/-]{1,40}?\s+)?to\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,4}?(?:hospitals?|medical cent(?:er|re)s?|trauma cent(?:er|re)s?)\b(?![^.;]*\b(?:died|dies|pronounced|succumbed)\b)/;
/**
 * Others than the dead, shot, right after a count: "one person was killed and two others were
 * shot", "leaving one dead and 11 others shot" (with `DEATH_AND_BEFORE`): the others lived.
 */
const OTHERS_SHOT_AFTER = new RegExp(String.raw`^\s+${OTHERS}\s+(?:(?:were|have been|had been)\s+)?(?:also\s+)?shot\b`);
/**
 * People shot who, the same clause says, live, right after their count: "Three people were shot
 * and are expected to recover", "the three other people who were shot are in stable condition",
 * "two men were shot and suffered non-life-threatening injuries". Not a part of them ("five people
 * were shot, three of whom are expected to recover").
 */
const SHOT_AND_LIVE_AFTER = /^\s+(?:[\w'’-]+\s+){0,3}?(?:who\s+)?(?:were|was|have been|had been)\s+(?:also\s+)?shot\b(?:\s+and\s+wounded)?\s*,?\s*(?:and\s+)?(?:(?:are|were|is|was|remain|remains)\s+)?(?:all\s+|both\s+|now\s+)?(?:expected to (?:survive|recover|live)|in (?:stable|fair|good|satisfactory) condition|recovering|(?:being\s+)?treated and released|(?:suffered|sustained)\s+(?:non-?\s?life[- ]threatening|minor)\s+(?:injuries|wounds))\b/;
/** A death stated before the count in its sentence, and the count joined to it: "two people have died and". */
const DEATH_AND_BEFORE = /\b(?:died|killed|dead|lost (?:their|his|her) lives?)\b[^.;:]{0,40}?\band\s+$/;

/** A crowd's verb right after its number, with no noun between: "Tens of thousands took to the streets", "Hundreds gathered". */
const CROWD_VERB_AFTER = /^\s+(?:(?:have|had)\s+)?(?:took to the streets|took part|gathered|marched|rallied|protested|demonstrated|attended|turned out|flocked|assembled|mourned|joined)\b/;

/** How far before its number a claim's cue words are read. */
const BEFORE_REACH = 100;

/** How far from its number a claim's clause reaches, so a run-on "sentence" costs no more than a normal one. */
const CLAUSE_REACH = 160;

/**
 * The clause around an offset: the sentence cut at semicolons, and at most `CLAUSE_REACH` each side.
 * Its start and end in `text`, before trimming.
 */
function clauseRange(text: string, s: { start: number; end: number }, at: number): readonly [number, number] {
  const from = Math.max(s.start, at - CLAUSE_REACH);
  const to = Math.min(s.end, at + CLAUSE_REACH);
  const window = text.slice(from, to);
  const before = window.lastIndexOf(';', at - from - 1);
  const after = window.indexOf(';', at - from);
  let start = from + (before >= 0 ? before + 1 : 0);
  let end = from + (after >= 0 ? after + 1 : window.length);
  // A count in a relative clause is not scoped by what the sentence goes on to say of its subject:
  // "The attack in Leeds on 12 April, in which three people were killed, was the worst of a string of
  // stabbings this year" (no statistics). Its antecedent's place stays ("a shooting in Lorain, in
  // which a bullet struck a girl"), but not a commemoration's: "Thousands gathered in Potocari on
  // Friday to mark the anniversary of the genocide, in which forces killed more than 8,000 men in
  // July 1995" (not in Potocari, not on Friday).
  // Note: most clauses hold neither word; the pattern runs only where one is.
  const opening = text.slice(start, at);
  const relative = opening.includes('which') || opening.includes('where') ? RELATIVE_OPENING.exec(opening) : null;
  if (relative !== null) {
    if (COMMEMORATION_BEFORE.test(opening.slice(0, relative.index))) start += relative.index;
    const close = text.slice(at, end).indexOf(',');
    if (close >= 0) end = at + close + 1;
  }
  return [start, end];
}

/** A commemoration before a relative clause: what it says of its own place and day is not the count's. */
const COMMEMORATION_BEFORE = /\b(?:anniversary|commemorat\w*|memorial|to mark|to remember|to honou?r|vigil)\b/i;
/** A relative clause opened by a comma, with no comma since, before a count: ", in which", ", during which", ", where". */
const RELATIVE_OPENING = /,\s+(?:in|during|after|at)\s+which\b[^,]*$|,\s+where\b[^,]*$/;

interface ClauseFacts {
  readonly scope: Scope;
  readonly isUpdate: boolean;
  readonly isCorrection: boolean;
  /** A running count ("had been buried so far"): at least that many, more may come. */
  readonly isRunning: boolean;
}

/** An editor's note on what an earlier version of the report said ("This story was first published as ...", "An earlier version of this story said ..."). */
const EARLIER_VERSION = /\b(?:an? (?:earlier|previous|prior|original) version of this (?:story|article|report|post)|this (?:story|article|report|post) (?:was|has been) (?:first|originally|initially) (?:published|reported|posted))\b/i;
/** The scope of the figures of an editor's note on an earlier version of the report. */
const EARLIER_VERSION_SCOPE: Scope = { key: 'other', label: 'an earlier version of the report' };

/** A status of some of the detained after their count: "remain in custody", "are still held", "remain jailed". */
const DETAINED_STATUS_AFTER = /^\s+(?:[a-z]+\s+){0,2}?(?:still\s+)?(?:remain|remains|remained|are still|were still|is still)\s+(?:(?:in (?:police )?custody|jailed|behind bars|in detention|detained|held)\b)/;

/** The agent of a passive verb right before a count: "overpowered by ", "shot by the ". */
const AGENT_BEFORE = /\b[a-z]+(?:ed|en)\s+by\s+(?:the\s+)?$/;

/**
 * A count of dead or hurt still running: "34 bodies had been buried so far", "to date, 12 people have been
 * treated for wounds". Not a period's statistics ("102 people so far in 2015", "so far this year"), which
 * scope reads as an aggregate.
 */
const RUNNING = /\b(?:so far|thus far|to date|as yet)\b(?!\s+(?:in|this|that|since)\b)/i;
/** A verb that says a count went past the number after it: "the toll exceeded 130", "has surpassed 40", "topped 100". */
const EXCEEDED_BEFORE = /\b(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|topp(?:ed|ing))\s+$/i;

/** Where the words of a count end: the next clause joined by "and" or a semicolon. */
const NEXT_CLAUSE = /,?\s+(?:and|but)\b|;/;

/**
 * Whether the running words of a clause (`RUNNING`) are the count's own: before it in its clause, or
 * after it before the next clause ("Four people were injured and, so far, three of them have been
 * released": the four are not running).
 */
function runsOn(text: string, sentenceStart: number, numberSpan: Span): boolean {
  const before = windowBefore(text, sentenceStart, numberSpan.start, 60);
  const after = text.slice(numberSpan.end, numberSpan.end + 80);
  const cut = NEXT_CLAUSE.exec(after);
  const beforeCut = before.split(NEXT_CLAUSE).at(-1) ?? before;
  return RUNNING.test(beforeCut) || RUNNING.test(cut ? after.slice(0, cut.index) : after);
}

/**
 * What is read once per sentence, for the sentence whose claims are being made: the facts of each
 * of its clauses, keyed by the clause's offsets in the sentence and by its text, and its
 * attribution (`null`: none). Note: claims are made sentence by sentence, so the last sentence is
 * all that is kept; a WeakMap keyed by sentence cost more (its inserts, and collecting them) than
 * the look-ups it served.
 */
interface SentenceFacts {
  readonly sentence: object;
  readonly byRange: Map<number, ClauseFacts>;
  readonly byText: Map<string, ClauseFacts>;
  who?: string | null;
  /** Whether the sentence corrects a figure (`CORRECTION`) and words a crowd's size (`CROWD_WORD`). */
  corrects?: boolean;
  /** Whether the sentence is an editor's note on an earlier version of the report (`EARLIER_VERSION`). */
  isEarlierVersion?: boolean;
  crowd?: boolean;
}
let current: SentenceFacts = { sentence: {}, byRange: new Map(), byText: new Map() };

function factsOf(sentence: object): SentenceFacts {
  if (current.sentence !== sentence) current = { sentence, byRange: new Map(), byText: new Map() };
  return current;
}

/**
 * The scope and update flag of a clause, computed once per distinct clause of a sentence: the
 * claims of one sentence mostly share their clause.
 */
function clauseFacts(text: string, sentence: { start: number; end: number }, at: number): ClauseFacts {
  const [start, end] = clauseRange(text, sentence, at);
  // A clause is at most 2 * CLAUSE_REACH long, so its offset and length make one number.
  const key = (start - sentence.start) * 512 + (end - start);
  const { byRange, byText } = factsOf(sentence);
  let facts = byRange.get(key);
  if (!facts) {
    // Clauses at other offsets may have the same text: a run-on "sentence" that repeats itself.
    const clause = text.slice(start, end).trim();
    facts = byText.get(clause);
    if (!facts) {
      const scope = scopeOf(clause);
      // The clauses after the first of a linked story's headline are the linked story's too ("RELATED: ...; 1 arrested").
      // So are the sentences after the first of a paragraph a kicker opens ("ELSEWHERE IN THE VALLEY: In nearby
      // Millbrook, a man was shot ... He was treated and released").
      const paragraph = paragraphStart(text, sentence.start);
      // So are the headlines listed under a label of their own ("Related stories:" on a line, then a headline a line).
      const isLinked = scope.key !== 'other' && (opensLinkedStory(text, sentence.start) || isLinkedParagraph(text, paragraph));
      // "UPDATE: This story was first published as one person hurt": the report's own earlier figure, not a figure of the event now.
      const sentenceFacts = factsOf(sentence);
      const isEarlierVersion = scope.key !== 'other' && (sentenceFacts.isEarlierVersion ??= EARLIER_VERSION.test(text.slice(sentence.start, sentence.end)));
      byText.set(clause, (facts = { scope: isLinked ? LINKED_SCOPE : isEarlierVersion ? EARLIER_VERSION_SCOPE : scope, isUpdate: UPDATE.test(clause), isCorrection: CORRECTION.test(clause), isRunning: RUNNING.test(clause) }));
    }
    byRange.set(key, facts);
  }
  return facts;
}

/** Whether a sentence corrects a figure, read once per sentence (not once per number: a run-on "sentence" of many numbers). */
function sentenceCorrects(sentence: { text: string }): boolean {
  const facts = factsOf(sentence);
  return (facts.corrects ??= CORRECTION.test(sentence.text));
}

/** Whether a sentence words a crowd's size, read once per sentence. */
function sentenceHasCrowd(sentence: { text: string }): boolean {
  const facts = factsOf(sentence);
  return (facts.crowd ??= CROWD_WORD.test(sentence.text));
}

/** Attribution is a property of the sentence: computed once per sentence. */
function sentenceAttribution(sentence: { text: string }): string | undefined {
  const facts = factsOf(sentence);
  if (facts.who === undefined) {
    facts.who = attributionOf(sentence.text.length > 2 * CLAUSE_REACH ? sentence.text.slice(0, 2 * CLAUSE_REACH) : sentence.text) ?? null;
  }
  return facts.who ?? undefined;
}

function makeClaim(
  view: SentenceView,
  kind: ClaimKind,
  rule: string,
  numberSpan: Span,
  value: number,
  qualifier: Qualifier,
  interval: Interval,
  certainty: 'stated' | 'implied',
  number?: NumberMention,
  subject?: string,
): Claim {
  const { doc, sentence } = view;
  const { scope, isUpdate, isCorrection, isRunning } = clauseFacts(doc.text, sentence, numberSpan.start);
  // "I counted six bodies": one witness saw part of the toll. "34 bodies had been buried so far": more may come.
  if (qualifier === 'exact' && value > 0 && CASUALTY_KINDS.has(kind) && ((isRunning && runsOn(doc.text, sentence.start, numberSpan)) || isWitnessCount(doc.text, sentence.start, numberSpan.start))) {
    qualifier = 'at-least';
    interval = [value, null];
  } else if (qualifier === 'exact' && Number.isInteger(value) && EXCEEDED_BEFORE.test(windowBefore(doc.text, sentence.start, numberSpan.start, 24))) {
    // "the number of those who died exceeds 130": more than 130, as "more than 130" is.
    qualifier = 'more-than';
    interval = [value + 1, null];
  }
  const corrects = isCorrection && CASUALTY_KINDS.has(kind);
  const quote = sentence.text;
  const attributedTo = sentenceAttribution(sentence);
  const claim: { -readonly [K in keyof Claim]: Claim[K] } = {
    doc: doc.id,
    kind,
    value,
    qualifier,
    interval,
    span: { doc: doc.id, start: sentence.start, end: sentence.end },
    quote,
    numberSpan,
    scope,
    certainty,
    // a rising toll or a later death updates the casualties, not the arrests or the crowd of its sentence
    isUpdate: (isUpdate || corrects) && CASUALTY_KINDS.has(kind),
    rule,
  };
  // Note: optional fields are set in place, in this order (the key order shows in the output);
  // object spreads here cost more than the rest of the claim.
  if (attributedTo !== undefined) claim.attributedTo = attributedTo;
  if (number !== undefined) claim.number = number;
  if (subject !== undefined) claim.subject = subject;
  if (corrects) claim.isCorrection = true;
  return claim;
}

/**
 * One claim of two counts of one group, joined ("Four women and one man were hospitalized": 5),
 * at least their sum when the first is a lower bound ("at least 60 protesters and 6 journalists").
 */
function coordinatedSum(view: SentenceView, kind: ClaimKind, first: NumberMention, second: NumberMention): Claim {
  const sum = first.value + second.value;
  const isBound = BOUND_QUALIFIERS.has(first.qualifier);
  const interval: Interval = isBound ? [first.interval[0] + second.value, null] : [sum, sum];
  return makeClaim(view, kind, 'en/claim/coordinated', { doc: view.doc.id, start: first.span.start, end: second.span.end }, sum, isBound ? 'at-least' : 'exact', interval, 'stated');
}

/** Whether a witness counts the number at `at` in the first person (`WITNESS_COUNT_BEFORE`). */
function isWitnessCount(text: string, sentenceStart: number, at: number): boolean {
  return WITNESS_COUNT_BEFORE.test(text.slice(Math.max(sentenceStart, at - 40), at));
}

/**
 * The killer's own death told after the people he killed, in their clause: "killed three people
 * before killing himself", "... then turned the gun on herself", "before fatally shooting himself".
 * Read in the lowercase text after a count's head noun.
 */
const KILLER_AFTER = /\b(?:before|then|and then|after which)\s+(?:[a-z]+\s+){0,3}?(?:(?:killing|killed|fatally shooting|fatally shot)\s+(?:himself|herself)|turn(?:ing|ed) the (?:gun|weapon) on (?:himself|herself)|t(?:aking|ook) (?:his|her) own life)\b/;
/** A count that says it holds the killer: "four people, including the gunman", "among the dead was the shooter". */
const KILLER_COUNTED = /\b(?:including|counting|among them|among the dead)\b[^.;]{0,60}\b(?:gunman|shooter|suspect|attacker|killer|himself|herself)\b/i;

/** Whether the killer's own death follows a count of people killed (`afterHead`, lowercase), in a sentence that does not count him. */
function killerDiesToo(afterHead: string, sentence: string): boolean {
  return KILLER_AFTER.test(afterHead) && !KILLER_COUNTED.test(sentence);
}

/** Between a part and its whole: "Two of the five", "three of four", "two of these three". */
const PARTITIVE_OF = /^\s+of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?$/i;
/** A finite verb after a head noun, past a word or a phrase of "of" ("victims died", "people shot were killed", "members of a family were killed"). */
const FINITE_AFTER_HEAD = /^\s*(?:of\s+(?:a|an|the|his|her|their)\s+[a-z-]+\s+|[a-z-]+\s+)?(?:was|were|is|are|has been|have been|had been|died|dies|has died|have died|had died)\b/;

/** Qualifiers of a lower bound ("at least 60", "more than 50"). */
const BOUND_QUALIFIERS: ReadonlySet<Qualifier> = new Set(['at-least', 'more-than']);
/** A preposition right before a count of detainees: "complaints from 30 detainees", "interviews with 12 detainees". */
const DETAINEES_OBJECT_BEFORE = /\b(?:from|with|by|to|for|among|of)\s+$/;

/**
 * A number a sentence gives as another figure of the count the sentence before stated: "Nine people
 * were killed. Hospital officials put the figure at 27", "... gave a higher figure of 27", "The
 * number was later revised to 23". The words name no kind; the count they refer to does.
 */
const FIGURE_REFERENCE_BEFORE =
  /\b(?:(?:put|puts|putting|placed|places|set|sets|gave|give|gives|giving|cited|cites|citing)\s+(?:the|their|its|his|her|a|an)\s+(?:(?:much\s+|far\s+|slightly\s+)?(?:higher|lower|different|separate|official|unofficial|real|actual|true|final|new|revised|updated|own|conflicting|overall)\s+)?(?:figure|number|count|tally)\s+(?:at|of|as)|(?:the|this|that|their|its)\s+(?:(?:official|unofficial|real|actual|true|final|new|revised|updated|overall)\s+)?(?:figure|number|count|tally)\s+(?:(?:has|had|was|is)\s+(?:since\s+|now\s+|later\s+|been\s+)*)?(?:(?:rose|risen|rises|climbed|climbs|increased|reached|reaches|stands|stood|grew)(?:\s+to|\s+at)?|(?:revised|raised|lowered|updated|adjusted|corrected|put|set)(?:\s+up(?:ward)?|\s+down(?:ward)?)?\s+(?:to|at)))\s+$/i;
/** A figure referred to that was corrected ("the figure was later revised to 23") or went up ("the number rose to 12"). */
const FIGURE_CORRECTED = new RegExp(String.raw`\b${CORRECTION_VERB}\b`, 'i');
const FIGURE_UPDATED = /\b(?:rose|risen|rises|climbed|climbs|increased|reached|reaches|grew|raised|updated)\b/i;
/** Rule of a place's share of a count (`placeShareClaims`). */
export const PLACE_SHARE_RULE = 'en/claim/place-share';
/** What opens the shares of a count: ", including", "(including". */
const SHARE_OPEN_BEFORE = /(?:,|\()\s*including\s+$/i;
/** What joins one share to the next: "14 in Nairobi and five in Mombasa", "14 in Nairobi, five in Mombasa". */
const SHARE_NEXT_BEFORE = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;
/** The place of a share, right after its number: " in Baghdad", " people in the city of Hilla". */
const SHARE_PLACE_AFTER = /^\s+(?:(?:people|persons|deaths|dead|of them)\s+)?in\s+(?:the\s+(?:city|town|village|province|state|region|district|county)\s+of\s+)?(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)/u;
/** Scopes whose counts have places' shares (`placeShareClaims`): the event's and a total's. */
const SHARED_SCOPES: ReadonlySet<Claim['scope']['key']> = new Set(['main', 'unscoped', 'total']);
/** A second place after a share's place: " and Kutaisi". */
const SECOND_PLACE_AFTER = /^\s+and\s+\p{Lu}/u;
/** Capitalized words after "in" that name a time, not a place ("including two in March"). */
const SHARE_NOT_PLACE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/**
 * Claims of the places' shares of a count the sentence states: "killed at least 45 people across
 * Iraq, including 22 in Baghdad" (22 killed in Baghdad), "31 were shot dead, including 14 in
 * Nairobi and five in Mombasa". Each share is a count of the kind of the claim before it, tied to
 * its place (scope `main`, the place): the event's figure when the place is the event's, else that
 * place's (`asideElsewhere` in the pipeline), never the whole toll. `claims` are the document's
 * claims so far; the numbers are the document's, sorted.
 *
 * @example
 * // "A wave of bombs killed 45 people across Iraq, including 22 in Baghdad." -> killed 22, scope { key: 'main', place: 'Baghdad' }
 */
export function placeShareClaims(doc: SourceDoc, sentences: readonly Sentence[], numbers: readonly NumberMention[], claims: readonly Claim[]): Claim[] {
  if (!doc.text.includes('including')) return [];
  const out: Claim[] = [];
  // The claims by where their numbers start: a share follows the count it is part of.
  const byStart = new Map<number, Claim>();
  // (not of a count of other places, of statistics or of a commemoration: "101 detained over the weekend, including nine in Batumi")
  for (const c of claims) if (c.certainty === 'stated' && SHARED_SCOPES.has(c.scope.key) && REFERRED_KINDS.has(c.kind)) byStart.set(c.numberSpan.start, c);
  let s = 0;
  // The count the shares are of, and where the last share ended.
  let whole: Claim | undefined;
  let shareEnd = -1;
  for (const n of numbers) {
    while (s < sentences.length && sentences[s]!.end <= n.span.start) s++;
    const sentence = sentences[s];
    if (sentence === undefined || sentence.start > n.span.start) continue;
    if (whole !== undefined && whole.span.start !== sentence.start) [whole, shareEnd] = [undefined, -1];
    const claimed = byStart.get(n.span.start);
    if (claimed !== undefined) {
      [whole, shareEnd] = [claimed, -1];
      continue;
    }
    if (whole === undefined || n.role !== 'count') continue;
    const isShare = shareEnd >= 0 ? SHARE_NEXT_BEFORE.test(doc.text.slice(shareEnd, n.span.start)) : SHARE_OPEN_BEFORE.test(windowBefore(doc.text, whole.numberSpan.end, n.span.start, 40));
    const place = isShare ? SHARE_PLACE_AFTER.exec(doc.text.slice(n.span.end, Math.min(sentence.end, n.span.end + 80))) : null;
    // (not a share of two places: "nine in Batumi and Kutaisi")
    if (place === null || SHARE_NOT_PLACE.test(place[1]!) || SECOND_PLACE_AFTER.test(doc.text.slice(n.span.end + place[0].length, n.span.end + place[0].length + 8))) {
      [whole, shareEnd] = [undefined, -1];
      continue;
    }
    const name = place[1]!.replace(/['’]s$/, '');
    const view: SentenceView = { doc, sentence, numbers: [n], cues: new Set() };
    const claim = makeClaim(view, whole.kind, PLACE_SHARE_RULE, n.span, n.value, n.qualifier, n.interval, 'stated', n);
    out.push({ ...claim, scope: { key: 'main', place: name, label: `in ${name}` }, isUpdate: false });
    shareEnd = n.span.end + place[0].length;
  }
  return out;
}

/** Rule of the attackers' share of a toll (`withAttackerShares`). */
export const ATTACKER_SHARE_RULE = 'en/claim/attacker-share';

/**
 * The attackers' share of a toll the sentence states, set apart: "Fifteen people, including three
 * of the bandits, died" is 3 attackers killed (scope `other`, `FORCES_LABEL`, as "soldiers killed
 * three of the attackers" is) and 12 others, the count the reports that tell the attackers apart
 * give ("gunmen killed 12 villagers"): the toll's claim keeps its words and takes its value without
 * them (`attackers` says how many it held; the figure's explanation says so), and so do the
 * report's other exact claims of that toll ("Fifteen dead after bandit attack"). `claims` are the
 * document's claims; the numbers are the document's, sorted. Returns the claims, changed.
 *
 * @example
 * // "Fifteen people, including three of the bandits, died." -> killed 12 (attackers: 3), and killed 3 of scope other
 */
export function withAttackerShares(doc: SourceDoc, sentences: readonly Sentence[], numbers: readonly NumberMention[], claims: readonly Claim[]): Claim[] {
  // The stated killed counts of each sentence, by its start: a share's toll is in its sentence.
  // Note: read once, so that a report of thousands of such sentences is read in linear time.
  let tolls: Map<number, Claim[]> | undefined;
  const shares = new Map<Claim, Claim>();
  const shareStarts = new Set<number>();
  // the value and qualifier of each toll to the attackers it holds: the report's other claims of it hold them too
  const held = new Map<string, number>();
  let s = 0;
  for (const n of numbers) {
    if (n.role !== 'count' || n.qualifier !== 'exact') continue;
    while (s < sentences.length && sentences[s]!.end <= n.span.start) s++;
    const sentence = sentences[s];
    if (sentence === undefined || sentence.start > n.span.start) continue;
    if (!COMBATANTS_AFTER.test(doc.text.slice(n.span.end, Math.min(sentence.end, n.span.end + 60)))) continue;
    if (tolls === undefined) {
      tolls = new Map();
      for (const c of claims) {
        if (c.kind !== 'killed' || c.certainty !== 'stated' || !SHARED_SCOPES.has(c.scope.key)) continue;
        const list = tolls.get(c.span.start);
        if (list) list.push(c);
        else tolls.set(c.span.start, [c]);
      }
    }
    // the toll the share is of: the nearest stated killed count before it in the sentence, ", including" right after its words
    let whole: Claim | undefined;
    for (const c of tolls.get(sentence.start) ?? []) {
      if (c.numberSpan.end > n.span.start) continue;
      if (whole === undefined || c.numberSpan.end > whole.numberSpan.end) whole = c;
    }
    if (whole === undefined || shares.has(whole) || !(whole.value > n.value) || !SHARE_OPEN_BEFORE.test(windowBefore(doc.text, whole.numberSpan.end, n.span.start, 40))) continue;
    const view: SentenceView = { doc, sentence, numbers: [n], cues: new Set() };
    const share = makeClaim(view, 'killed', ATTACKER_SHARE_RULE, n.span, n.value, 'exact', [n.value, n.value], 'stated', n);
    shares.set(whole, { ...share, scope: { key: 'other', label: FORCES_LABEL }, isUpdate: false });
    shareStarts.add(n.span.start);
    const key = `${whole.value}:${whole.qualifier}`;
    if (!held.has(key)) held.set(key, n.value);
  }
  if (shares.size === 0) return [...claims];
  // in place, the attackers right after their toll; with it, the report's other statements of that
  // toll, which hold them too ("Fifteen dead after bandit attack")
  const out: Claim[] = [];
  for (const c of claims) {
    if (shareStarts.has(c.numberSpan.start)) continue;
    const share = shares.get(c);
    if (share !== undefined) {
      out.push(withoutShare(c, share.value), share);
      continue;
    }
    const attackers = c.kind === 'killed' && SHARED_SCOPES.has(c.scope.key) ? held.get(`${c.value}:${c.qualifier}`) : undefined;
    out.push(attackers !== undefined ? withoutShare(c, attackers) : c);
  }
  return out;
}

/** A toll's claim without the attackers it held (`withAttackerShares`). */
function withoutShare(claim: Claim, attackers: number): Claim {
  const [lo, hi] = claim.interval;
  return { ...claim, value: claim.value - attackers, interval: [Math.max(0, lo - attackers), hi === null ? null : hi - attackers], attackers };
}

/** The kinds a figure may refer to (`FIGURE_REFERENCE_BEFORE`): counts of people, not of troops or crowds. */
const REFERRED_KINDS: ReadonlySet<ClaimKind> = new Set(['killed', 'injured', 'shot', 'detained', 'missing', 'displaced']);
/** How many sentences back the count a figure refers to may be. */
const REFERENCE_REACH = 2;

/**
 * Claims of the numbers that refer to the count stated just before them (`FIGURE_REFERENCE_BEFORE`):
 * each takes the kind of the claims of the nearest sentence before it, at most `REFERENCE_REACH`
 * sentences back, that has claims, when these are all of one kind. `claims` are
 * the document's claims so far; the numbers are the document's, sorted.
 *
 * @example
 * // "Nine people were killed. Hospital officials gave a higher figure of 27." -> killed 27, attributed to "Hospital officials"
 */
export function figureReferenceClaims(doc: SourceDoc, sentences: readonly Sentence[], numbers: readonly NumberMention[], claims: readonly Claim[]): Claim[] {
  const out: Claim[] = [];
  const claimed = new Set(claims.map((c) => c.numberSpan.start));
  let s = 0;
  for (const n of numbers) {
    if (n.role !== 'count' || claimed.has(n.span.start)) continue;
    while (s < sentences.length && sentences[s]!.end <= n.span.start) s++;
    const sentence = sentences[s];
    if (sentence === undefined || sentence.start > n.span.start) continue;
    const before = windowBefore(doc.text, sentence.start, n.span.start, 90);
    const reference = FIGURE_REFERENCE_BEFORE.exec(before)?.[0];
    if (reference === undefined) continue;
    const referred = referredClaims(sentences, s, claims);
    if (referred === undefined) continue;
    const view: SentenceView = { doc, sentence, numbers: [n], cues: new Set() };
    const claim = makeClaim(view, referred[0]!.kind, 'en/claim/figure-reference', n.span, n.value, n.qualifier, n.interval, 'stated', n);
    // Who gave the figure: "Hospital officials put the figure at 27" (when the sentence says no "said").
    const estimator = claim.attributedTo === undefined ? estimatorOf(doc.text.slice(sentence.start, n.span.start)) : undefined;
    // "The figure was later revised to 23" corrects the count; "the number rose to 12" updates it; and
    // another figure of a toll that rose is as current as the toll it is set against.
    const isCorrection = !claim.isCorrection && FIGURE_CORRECTED.test(reference);
    const isUpdate = !claim.isUpdate && (isCorrection || FIGURE_UPDATED.test(reference) || referred.some((c) => c.isUpdate));
    out.push(estimator !== undefined || isUpdate ? { ...claim, ...(estimator !== undefined ? { attributedTo: estimator } : {}), ...(isUpdate ? { isUpdate } : {}), ...(isCorrection ? { isCorrection } : {}) } : claim);
  }
  return out;
}

/** The claims of the nearest sentence before sentence `s` that has any, when they are all of one kind (see `figureReferenceClaims`). */
function referredClaims(sentences: readonly Sentence[], s: number, claims: readonly Claim[]): readonly Claim[] | undefined {
  // Note: not only in its paragraph: news writes a paragraph a sentence ("Police said nine people were killed.\n\nHospital officials put the figure at 27.").
  for (let back = s - 1; back >= 0 && back >= s - REFERENCE_REACH; back--) {
    const before = sentences[back]!;
    const referred = claims.filter((c) => c.span.start === before.start && c.value > 0);
    if (referred.length === 0) continue;
    const kind = referred[0]!.kind;
    return REFERRED_KINDS.has(kind) && referred.every((c) => c.kind === kind) ? referred : undefined;
  }
  return undefined;
}

/** A transitive verb of `VERB_KIND`, then a name of up to three capitalised words (and an age), then "and", at the end. */
const VERB_NAME_AND_BEFORE = /\b([Kk]illed|[Kk]illing|[Kk]ills|[Ww]ounded|[Ww]ounding|[Ii]njured|[Ii]njuring|[Aa]rrested|[Aa]rresting)\s+(?:\p{Lu}[\p{Ll}'’]+\s+){0,2}\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?:\s*,\s+\d{1,3}\s*,)?\s+and\s+$/u;

/**
 * A transitive verb, a person's name and "and" before a count of others: "Police arrested Tyrell
 * Banks and two others", "gunmen killed Ahmed Musa and four others". As `VERB_ONE_AND_BEFORE`
 * matches (group 1 the verb, lowercase; the match's index in the `length` characters before the
 * count), so both are that verb's objects; the name as `namedOneBefore` takes it.
 */
function verbNameAndOthers(text: string, at: number, length: number, afterAll: string): RegExpExecArray | null {
  if (!OTHERS_HEAD_AFTER.test(afterAll)) return null;
  const before = text.slice(at - length, at);
  const m = VERB_NAME_AND_BEFORE.exec(before);
  if (m === null || namedOneBefore(before, true) === undefined) return null;
  m[1] = m[1]!.toLowerCase();
  return m;
}

/**
 * How far before a count of others the one person joined to them starts (`NAMED_ONE_AND_BEFORE`),
 * given the text before the count; undefined when no person is: a common word ("Center and two
 * others"), a word that is no name ("Police"), or the object of a verb ("arrested Smith and two others").
 */
function namedOneBefore(before: string, isObject = false): number | undefined {
  const m = NAMED_ONE_AND_BEFORE.exec(before);
  if (m === null) return undefined;
  const given = m[1];
  const word = m[2]!;
  const isPronoun = given === undefined && /^(?:he|she)$/i.test(word);
  // A surname that is a word too is a name after a first name ("John Smith", "Tyrell Banks and two
  // others"), not alone ("Center and two others", "Medical Center and two others").
  const isFirstName = given !== undefined && !isNotName(given) && (isGivenName(given) || !isCommonWord(given));
  const isName = isFirstName ? !isNotName(word) : !isCommonWord(word) && !isNotName(word);
  if (!isPronoun && !isName) return undefined;
  const at = m.index + m[0].indexOf(given ?? word);
  // the subject of the count's verb; `isObject`: the object of the verb before it (`verbNameAndOthers`)
  if (TRANSITIVE_BEFORE.test(before.slice(0, at)) !== isObject) return undefined;
  return before.length - at;
}

/**
 * A number counted by the words around it: "130 civilians died", "killed 141 unarmed residents",
 * "700 wounded", "about 400 people were detained", "26,000 troops", "About one million people gathered".
 */
export const numberKindRule: ClaimRule = {
  id: 'en/claim/number-kind',
  extract(view) {
    const { doc, sentence, numbers } = view;
    // Most sentences with a cue word have no number.
    if (numbers.length === 0) return [];
    const text = doc.text;
    const claims: Claim[] = [];
    const parts = new Map<Claim, boolean>();
    // "Four women and one man were hospitalized": two counts of one group of people. `firstOf` holds
    // the index of the first of two such counts by that of the second; `joined`, the firsts.
    const firstOf = new Map<number, number>();
    numbers.forEach((n, i) => {
      const next = numbers[i + 1];
      // "at least 60 protesters and 6 journalists were injured": at least their sum.
      // Not a part of a count before ("21 were killed, including four attackers, and 30 were wounded").
      if (next && n.role === 'count' && next.role === 'count' && (n.qualifier === 'exact' || BOUND_QUALIFIERS.has(n.qualifier)) && next.qualifier === 'exact' &&
          isCoordinated(text.slice(n.span.end, next.span.start)) && !PARTITIVE_BEFORE.test(windowBefore(text, sentence.start, n.span.start, 40))) {
        firstOf.set(i + 1, i);
        return;
      }
      // "Three females, ages 21, 32, and 49, and two males, 30 and 42, were injured": each count
      // with its people's ages, then the verb of both (5).
      const last = n.role === 'count' && n.qualifier === 'exact' ? appositionAgesEnd(text, numbers, i) : undefined;
      if (last === undefined || headOf(text.slice(n.span.end, numbers[i + 1]!.span.start)).kind !== 'person' || PARTITIVE_BEFORE.test(windowBefore(text, sentence.start, n.span.start, 40))) return;
      const second = numbers[last + 1];
      if (second?.role === 'count' && second.qualifier === 'exact' && AGES_THEN_AND.test(text.slice(numbers[last]!.span.end, second.span.start)) &&
          headOf(windowAfter(text, second.span.end, sentence.end, 40)).kind === 'person') {
        firstOf.set(last + 1, i);
      }
    });
    const joined = new Set(firstOf.values());
    numbers.forEach((n, i) => {
      if (n.role !== 'count' || joined.has(i)) return;
      const next = numbers[i + 1];
      const previous = numbers[i - 1];
      // Note: every kind but troops needs a cue word within the windows read below (80 characters
      // before the number, 160 after); a count with none is skipped unless it counts troops.
      // "Four people — three of them teenagers — were shot": the aside after the head is blanked out
      // (same length: offsets hold), and the numbers in it do not end the count's window.
      const aside = asideAfter(text, n.span.end, sentence.end);
      const afterAllCased = aside ? windowAfterAside(text, n.span.end, sentence.end, aside, 160) : windowAfter(text, n.span.end, sentence.end, 160);
      // A toll's subject may be longer ("The death toll from Tuesday's attack by gunmen on three villages in Oruba district has risen to").
      if (view.hits && !hasCue(view.hits, ANY_CUE, n.span.start - 80, n.span.end + 160) && !hasCue(view.hits, TOLL_CUES, n.span.start - WIDE_BEFORE_REACH, n.span.start) && !TROOP_NOUN.test(afterAllCased) &&
          !TROOP_GROUP_BEFORE.test(windowBefore(text, previous ? previous.span.end : sentence.start, n.span.start, 80))) return;
      const head = headOf(afterAllCased);
      // The window after the number runs to the next number, past the ages of its people told right after it.
      let stopAt = i + 1;
      // "69 children under the age of 15 died", "people between the ages of 5 and 12 were hurt": past the ages.
      // "Two 16-year-old males were shot": the age is a word of the people's description.
      if (next?.role === 'age' && AGE_RIGHT_AFTER.test(text.slice(n.span.end, next.span.start)) && YEAR_OLD_AFTER.test(text.slice(next.span.end, next.span.end + 12))) stopAt = i + 2;
      else if (next?.role === 'age' && (AGE_OF_BETWEEN.test(text.slice(n.span.end, next.span.start)) || (isDecade(next) && AGE_DECADE_BETWEEN.test(text.slice(n.span.end, next.span.start))))) {
        stopAt = lastAgeOfRun(numbers, i + 1, (a, b) => AGE_LIST_JOIN.test(text.slice(a.span.end, b.span.start))) + 1;
      }
      if (aside) while (numbers[stopAt] !== undefined && numbers[stopAt]!.span.start < aside[1]) stopAt++;
      const lastAgeAt = appositionAgesEnd(text, numbers, i);
      if (lastAgeAt !== undefined) {
        const lastAge = numbers[lastAgeAt]!;
        // the apposition closes, by a comma or before its count's verb
        if (AGES_APPOSITION_CLOSE.test(text.slice(lastAge.span.end, Math.min(sentence.end, lastAge.span.end + 40)))) stopAt = lastAgeAt + 1;
      }
      // Cue words are matched in lowercase: headlines are in title case ("1 Man Dead, 8 People Wounded").
      const lower = view.lower;
      let afterAll: string;
      let after: string;
      if (lower !== undefined) {
        // Note: `lower` has the offsets of `text` and the same clause breaks, so both windows are
        // cut where `afterAllCased` is: `after` (to the next number, at most 120 characters) is
        // cut there too unless that is past its end, or is a full stop at its very end (which,
        // with nothing after it in the window, is no break).
        const cut = n.span.end + afterAllCased.length;
        const afterTo = Math.min(stopOf(text, n, numbers[stopAt], numbers[stopAt + 1], sentence.end), n.span.end + 120);
        const isCutInside = cut < afterTo && !(cut === afterTo - 1 && text.charCodeAt(cut) === 46);
        const source = aside ? blanked(lower, n.span.end, Math.max(cut, afterTo), aside) : lower.slice(n.span.end, Math.max(cut, afterTo));
        afterAll = source.slice(0, cut - n.span.end);
        after = source.slice(0, (isCutInside ? cut : afterTo) - n.span.end);
      } else {
        afterAll = lowerSameLength(afterAllCased);
        const to = stopOf(text, n, numbers[stopAt], numbers[stopAt + 1], sentence.end);
        after = lowerSameLength(aside ? windowAfterAside(text, n.span.end, to, aside) : windowAfter(text, n.span.end, to));
      }
      // "Four people, including Mr. Bolden, were wounded": the period of a title is no clause's end for the patterns.
      if (afterAll.includes('.')) {
        afterAll = withoutAbbreviationDots(afterAll);
        after = withoutAbbreviationDots(after);
      }
      // Note: 100 characters: "the number of people killed in Tuesday's airstrike on the market in Kabra has risen to" is 86.
      const before = lower !== undefined
        ? windowBefore(lower, previous ? previous.span.end : sentence.start, n.span.start, BEFORE_REACH)
        : lowerSameLength(windowBefore(text, previous ? previous.span.end : sentence.start, n.span.start, BEFORE_REACH));
      if (head.kind === 'thing') return;
      // "Several families of the wounded walked at the front": the kin of the victims, not the victims.
      if (head.kind === 'person' && KIN_OF_VICTIMS_AT.test(afterAllCased)) return;
      if (/^\d{1,3}$/.test(n.text) && AGE_LIST_AFTER.test(afterAllCased) && AGE_LIST_BEFORE.test(text.slice(Math.max(sentence.start, n.span.start - 40), n.span.start))) return;
      // "Daniel, who was 22, was arrested": an age.
      // (the ages of a list too: "Three men, who were 20, 21 and 22, were arrested")
      if (/^\d{1,3}$/.test(n.text) && AGE_CLAUSE_AFTER.test(afterAllCased) && AGE_CLAUSE_BEFORE.test(text.slice(Math.max(sentence.start, n.span.start - AGE_CLAUSE_REACH), n.span.start))) return;
      // "a father of three": his children; "None of the four people inside was hurt": the four were
      // not hurt (and others may have been).
      // But "None of the 11 men arrested ... has been tried": a participle right after the people
      // describes them, whatever the sentence says next of them.
      if (KIN_COUNT_BEFORE.test(before) || (NONE_OF_BEFORE.test(before) && !(head.kind === 'person' && PARTICIPLE_AFTER_HEAD.test(after.slice(head.end))))) return;
      // "One of the four died": the part died, not the four.
      if (head.kind !== 'person' && PART_OF_BEFORE.test(before) && !previous) return;
      if (/^\d{1,3}$/.test(n.text) && AGE_HOMETOWN_AFTER.test(afterAllCased) && AGE_HOMETOWN_BEFORE.test(text.slice(Math.max(sentence.start, n.span.start - 40), n.span.start))) return;
      const afterHead = after.slice(head.end);
      // "Two gunmen killed 12 people", "two men killed their neighbor": the count did the killing.
      if (ACTIVE_KILLING_AFTER.test(afterAllCased.slice(head.end))) return;

      // "killed a man and two women": a person and the count, both the objects of the verb before
      // them, when no verb of the count's own follows before another clause starts.
      const objects = head.kind === 'person' && n.qualifier === 'exact' && !firstOf.has(i) ? (VERB_ONE_AND_BEFORE.exec(before) ?? verbNameAndOthers(text, n.span.start, before.length, afterAll)) : null;
      if (objects) {
        const own = nearestAfter(after, { hits: view.hits, from: n.span.end });
        if (!own || CLAUSE_BREAK.test(after.slice(head.end, own.distance))) {
          // the person's words start after the verb and its blanks
          const from = n.span.start - before.length + objects.index + /^\S+\s+/.exec(objects[0])![0].length;
          const objectKind = VERB_KIND[objects[1]!]!;
          // and the killer, when his own death follows ("... and two children before killing himself")
          const killerToo = objectKind === 'killed' && killerDiesToo(afterAll.slice(head.end), sentence.text);
          const value = n.value + (killerToo ? 2 : 1);
          const claim = makeClaim(view, objectKind, killerToo ? 'en/claim/with-killer' : 'en/claim/coordinated', { doc: doc.id, start: from, end: n.span.end }, value, 'exact', [value, value], 'stated');
          parts.set(claim, false);
          claims.push(claim);
          return;
        }
      }
      let kind: ClaimKind | undefined;
      // The kind its head noun names when that noun is the count's next word ("two fatalities"; not "two of the wounded died").
      const headKind = head.word !== undefined && HEAD_NEXT.test(afterAll.slice(0, head.end)) ? HEAD_KIND[head.word] : undefined;
      // Troops: "26,000 troops", "twenty six thousand strong Soviet troops", "army of 26,000 troops".
      // Police only when deployed: "500 riot police were deployed", "a 2,000-strong police force".
      const police = TROOP_NOUN.test(afterAllCased) ? null : POLICE_NOUN.exec(afterAllCased);
      const troopHead = police === null ? TROOP_NOUN.test(afterAllCased) : police.groups?.['strong'] !== undefined || TROOP_VERB_AFTER.test(afterAll.slice(police[0].length));
      const casualty = nearestAfter(after, { hits: view.hits, from: n.span.end });
      // "wounded two police officers", "killed three soldiers": the verb right before counts them as casualties.
      const hitBefore = troopHead ? nearestBefore(before, { hits: view.hits, from: n.span.start - before.length }) : undefined;
      const isCasualtyBefore = hitBefore !== undefined && hitBefore.distance <= 12 && hitBefore.kind !== 'participants';
      if (troopHead && !(casualty && casualty.kind !== 'participants') && !isCasualtyBefore) kind = 'troops';
      else if (head.kind === 'person' && TROOP_GROUP_BEFORE.test(before) && TROOP_VERB_AFTER.test(afterAll)) kind = 'troops';
      // "leaves one boy in critical condition": what "left" says of the people is their kind; with none
      // of the predicates, "left" is no death ("left three children").
      // (past "the", "all": "left the two men dead"; "left the two oldest in the back seat" is no death)
      const isLeft = !kind && LEFT_PREDICATE.test(withoutFiller(before));
      if (isLeft) kind = headKind ?? PREDICATE_KIND.find(([, re]) => re.test(afterHead))?.[0];
      if (isLeft && !kind) return;
      if (!kind && head.kind === 'person' && DEAD_RESULT_AFTER.test(afterHead) && HARM_VERB_BEFORE.test(before)) kind = 'killed';
      // "two fatalities and four injured": a noun that names the kind, right after the count, counts of that kind whatever cue follows.
      if (!kind && headKind !== undefined) kind = headKind;
      if (!kind) {
        const byBefore = nearestBefore(before, { hits: view.hits, from: n.span.start - before.length });
        // The verb right after the head noun is the subject's predicate ("130 civilians died");
        // a cue right before the number is its object's verb ("killed 141 residents").
        // "killed two men and wounded four": the verb after "and" starts another clause; the one
        // right before the number is its own.
        const isOwnVerbBefore = byBefore !== undefined && /\band\b|,/.test(after.slice(head.end, casualty?.distance ?? 0));
        // "Man suspected of shooting 4 at a bar arrested": a verb right before the number governs
        // it; a cue word further on is the predicate of another subject.
        const isGoverned = byBefore !== undefined && casualty !== undefined && byBefore.distance <= 12 && casualty.distance >= 15 && byBefore.kind !== casualty.kind;
        if ((isOwnVerbBefore || isGoverned) && byBefore) kind = byBefore.kind;
        else if (casualty && (head.kind !== 'unknown' || casualty.distance < 40) && !OTHER_SUBJECT_BEFORE_CUE.test(after.slice(head.end, casualty.distance)) &&
          !(n.value > 1 && ONE_OTHER_BEFORE_CUE.test(after.slice(head.end, casualty.distance)))) kind = casualty.kind;
        else if (byBefore && head.kind !== 'unknown') kind = byBefore.kind;
        else if (byBefore && byBefore.distance <= 12) kind = byBefore.kind;
      }
      // "forcing 3,000 people to flee": "forced" before a count is a displacement only where they flee.
      if (kind === 'displaced' && FORCED_END.test(before) && !TO_FLEE_AFTER.test(afterHead)) return;
      // "Two people have died and four others were taken to hospital": others than the dead, taken to
      // hospital, are the injured. Not the victims taken there at large: in American reports the dead
      // are taken there too ("All three were taken to the hospital, where Brown died").
      if (!kind && OTHERS_TO_HOSPITAL_AFTER.test(afterAll) && DEATH_AND_BEFORE.test(before)) kind = 'injured';
      // "Six additional gunshot victims were transported to the medical center": victims besides the dead a report counted before.
      // Note: "additional" adds them to the dead, not to other injured (no `en/claim/more` bound).
      const isBesidesDead = !kind && ADDITIONAL_TO_HOSPITAL_AFTER.test(afterAll);
      if (isBesidesDead) kind = 'injured';
      // "A man was killed and two others were shot", "three people were shot and are expected to
      // recover": the shot who lived are the injured (counting them as shot took the dead from them).
      if (kind === 'shot' && ((OTHERS_SHOT_AFTER.test(afterAll) && DEATH_AND_BEFORE.test(before)) || SHOT_AND_LIVE_AFTER.test(afterAll))) kind = 'injured';
      // "14 deaths", "two arrests": the noun names the kind.
      if (!kind && head.word) kind = HEAD_KIND[head.word];
      // "the blast claimed 31 lives", "the war cost thousands of lives" (not "doctors saved 31 lives")
      if (!kind && head.word === 'lives' && LIVES_TAKEN_BEFORE.test(before)) kind = 'killed';
      // The sentence up to the number, past the numbers before it (`before` stops at them): read by
      // the rules of long phrases below, cut once, when one of them needs it.
      let upTo: string | undefined;
      const sentenceUpTo = (): string => (upTo ??= text.slice(Math.max(sentence.start, n.span.start - WIDE_BEFORE_REACH), n.span.start));
      // "The ministry revised the death toll down to seven from nine": seven is the toll, nine the one it replaces.
      if (kind !== 'troops' && sentenceCorrects(sentence)) {
        if (REPLACED_BEFORE.test(before) || REPLACED_AFTER.test(afterAll)) return;
        if (CORRECTED_TO_BEFORE.test(sentenceUpTo())) kind = DEATH_WORD.test(sentenceUpTo()) ? 'killed' : INJURY_WORD.test(sentenceUpTo()) ? 'injured' : kind;
      }
      // "The death toll from Tuesday's attack on three villages in Oruba district has risen to at least
      // 23": the toll's words before a count of other things, where the window before the number stops.
      if (!kind && previous && previous.span.end > sentence.start && previous.span.end > n.span.start - WIDE_BEFORE_REACH) {
        if (TOLL_RISEN_BEFORE.test(sentenceUpTo())) kind = 'killed';
      }
      // "Organisers put the crowd at 40,000; police estimated 12,000": a crowd's size, as each side
      // estimates it; the estimate right before the number over a cue further on ("Police estimated
      // the crowd at 2,000 and arrested 15"), the other side's only where no cue claims the number.
      let isCrowdEstimate = false;
      if (kind !== 'troops' && sentenceHasCrowd(sentence)) {
        isCrowdEstimate = CROWD_ESTIMATE_BEFORE.test(sentenceUpTo()) || (!kind && CROWD_OTHER_ESTIMATE_BEFORE.test(sentenceUpTo()));
        if (isCrowdEstimate) kind = 'participants';
      }
      // "50,000 people attended the rally, while police put the figure at 20,000": the other side's count of the same people.
      if (!kind && claims.at(-1)?.kind === 'participants' && OTHER_SIDE_ESTIMATE_BEFORE.test(sentenceUpTo())) {
        kind = 'participants';
        isCrowdEstimate = true;
      }
      if (!kind) return;
      // "was overpowered by two passers-by and detained": the agent of a passive verb is not the count its sentence tells of (a crowd may be: "joined by 200 protesters").
      if (kind !== 'participants' && kind !== 'troops' && AGENT_BEFORE.test(before)) return;
      // "37 people were wounded, among them two soldiers": soldiers among the casualties are no force's size.
      if (kind === 'troops' && PARTITIVE_BEFORE.test(before)) return;
      // "complaints from 30 detainees": some of the detainees, the object of another verb: at least that many.
      const isSomeDetainees = head.word === 'detainees' && n.qualifier === 'exact' && DETAINEES_OBJECT_BEFORE.test(before);
      // "He has four prior arrests": a person's record, not arrests in the event.
      if (kind === 'detained' && head.word === 'arrests' && (RECORD_ARRESTS_BEFORE.test(before) || RECORD_ARRESTS_AFTER.test(afterAll))) return;
      // A participant count needs people ("thousands of rallies were held" has no people).
      // Note: "Tens of thousands took to the streets": no noun at all, the verb right after the number, is people.
      if ((kind === 'participants' || (kind === 'troops' && !troopHead)) && head.kind === 'unknown' && !(kind === 'participants' && (CROWD_VERB_AFTER.test(afterAll) || isCrowdEstimate))) return;
      const firstAt = firstOf.get(i);
      const first = firstAt !== undefined ? numbers[firstAt] : undefined;
      // "Two of the five victims died": a verb after the whole ("five victims") is said of the part
      // before it ("Two"), which no cue follows before "five". Not a participle that describes the
      // whole: "1 of 4 Marines killed in Chattanooga" counts 4 killed.
      const whole =
        !first && previous && previous.role === 'count' && PARTITIVE_OF.test(text.slice(previous.span.end, n.span.start)) && FINITE_AFTER_HEAD.test(afterHead)
          ? previous
          : undefined;
      // "Two victims remain hospitalized": a status of some of the injured bounds their number from below.
      const status = kind === 'injured' ? INJURED_STATUS_AFTER.exec(after) : null;
      // Any count with a lower bound: "several remain hospitalized" is at least three (not three to nine).
      const isStatus = status !== null && !INJURED_TRUE_WORD.test(after.slice(0, status[0].length)) && n.qualifier !== 'at-most' && n.qualifier !== 'fewer-than';
      // "More than 200 people were detained and about 150 remain in custody": those still held are some of the detained its sentence counted.
      if (kind === 'detained' && n.qualifier !== 'at-most' && n.qualifier !== 'fewer-than' && claims.some((c) => c.kind === 'detained') && DETAINED_STATUS_AFTER.test(after)) {
        claims.push(makeClaim(view, kind, 'en/claim/detained-status', n.span, n.value, 'at-least', [n.interval[0], null], 'stated', n));
        return;
      }
      const oneMore = !isStatus && !first && head.kind === 'person' && n.qualifier === 'exact' && n.value > 1 ? AND_ONE_MORE.exec(afterAllCased.slice(head.end)) : null;
      // Note: read past an earlier number: the person's age may be one ("an 11-month-old boy and two men").
      const personWindow = !isStatus && !first && !oneMore && n.qualifier === 'exact' && (before.endsWith('and ') || AND_KIN_BEFORE.test(before)) ? windowBefore(text, sentence.start, n.span.start, 60) : undefined;
      const personBefore = personWindow !== undefined ? lowerSameLength(personWindow) : undefined;
      const oneBefore = personBefore !== undefined ? ONE_MORE_BEFORE.exec(personBefore) : null;
      const oneBeforeAt = oneBefore && personBefore !== undefined ? n.span.start - personBefore.length + oneBefore.index : -1;
      // "he and three others were shot": a person named or a pronoun, then others (not the objects of a verb before them).
      const namedBefore = !oneBefore && personWindow !== undefined && OTHERS_HEAD_AFTER.test(afterAll) ? namedOneBefore(personWindow) : undefined;
      const made = isStatus
        ? first
          ? makeClaim(view, kind, 'en/claim/injured-status', { doc: doc.id, start: first.span.start, end: n.span.end }, first.value + n.value, 'at-least', [first.value + n.value, null], 'stated')
          : makeClaim(view, kind, 'en/claim/injured-status', n.span, n.value, n.qualifier === 'more-than' ? 'more-than' : 'at-least', [n.interval[0], null], 'stated', n)
        : oneBefore && personBefore !== undefined && !TRANSITIVE_BEFORE.test(personBefore.slice(0, oneBefore.index))
        ? makeClaim(view, kind, 'en/claim/coordinated', { doc: doc.id, start: oneBeforeAt, end: n.span.end }, n.value + 1, 'exact', [n.value + 1, n.value + 1], 'stated')
        : namedBefore !== undefined
        ? makeClaim(view, kind, 'en/claim/coordinated', { doc: doc.id, start: n.span.start - namedBefore, end: n.span.end }, n.value + 1, 'exact', [n.value + 1, n.value + 1], 'stated')
        : oneMore
        ? makeClaim(view, kind, 'en/claim/coordinated', { doc: doc.id, start: n.span.start, end: n.span.end + head.end + oneMore[0].length }, n.value + 1, 'exact', [n.value + 1, n.value + 1], 'stated')
        : first
        ? coordinatedSum(view, kind, first, n)
        : whole
        ? makeClaim(view, kind, 'en/claim/partitive', whole.span, whole.value, whole.qualifier, whole.interval, 'stated', whole)
        : n.qualifier === 'exact' && !isBesidesDead && MORE_AFTER.test(afterAllCased)
        ? makeClaim(view, kind, 'en/claim/more', n.span, n.value, 'at-least', [n.value + 1, null], 'stated', n)
        : isSomeDetainees
        ? makeClaim(view, kind, this.id, n.span, n.value, 'at-least', [n.value, null], 'stated', n)
        : makeClaim(view, kind, this.id, n.span, n.value, n.qualifier, n.interval, 'stated', n);
      // "Organisers put the crowd at 40,000; police estimated 12,000": each estimate is its estimator's.
      const estimator =
        isCrowdEstimate || (kind === 'participants' && sentenceHasCrowd(sentence))
          ? estimatorOf(sentenceUpTo(), /^(?:an\s+)?estimated\b/i.test(n.text))
          : undefined;
      const group: Claim['group'] = head.word === undefined || !CASUALTY_KINDS.has(kind) || first || whole ? undefined : FORCES_HEADS.has(head.word) ? 'forces' : PROTESTER_HEADS.has(head.word) ? 'protesters' : FIGHTER_HEADS.has(head.word) ? 'fighters' : undefined;
      const claim = estimator !== undefined ? { ...made, attributedTo: estimator } : group !== undefined ? { ...made, group } : made;
      // "killed three people before killing himself": the count is of his victims; he died too.
      if (kind === 'killed' && claim.qualifier === 'exact' && !isStatus && killerDiesToo(afterAll.slice(head.end), sentence.text)) {
        const value = claim.value + 1;
        const withKiller = { ...claim, value, interval: [value, value] as const, rule: 'en/claim/with-killer' };
        parts.set(withKiller, PARTITIVE_AFTER.test(afterAll) || PARTITIVE_BEFORE.test(before));
        claims.push(withKiller);
        return;
      }
      parts.set(claim, PARTITIVE_AFTER.test(afterAll) || PARTITIVE_BEFORE.test(before));
      // "two officers wounded and three others injured", "five were killed and a further three died
      // later": the others add to the count before them.
      const earlier = claims.at(-1);
      const isAdditional = ADDITIONAL_BEFORE.test(before);
      if ((head.word === 'others' || head.word === 'other' || isAdditional) && earlier && earlier.kind === kind && earlier.qualifier === 'exact' &&
          claim.qualifier === 'exact' && !parts.get(earlier) && !parts.get(claim)) {
        const sum = earlier.value + claim.value;
        const merged = makeClaim(view, kind, 'en/claim/coordinated', { doc: doc.id, start: earlier.numberSpan.start, end: claim.numberSpan.end }, sum, 'exact', [sum, sum], 'stated');
        claims[claims.length - 1] = merged;
        parts.set(merged, false);
        return;
      }
      claims.push(claim);
    });
    // A part of a count the sentence also states whole is not a claim of its own:
    // "the toll rose to 14 after two of the wounded died" states 14, not 2.
    // Alone, a part is still a lower bound of the whole: "four of the victims were critically injured".
    return claims
      .filter((c) => !parts.get(c) || !claims.some((o) => o !== c && o.kind === c.kind && !parts.get(o)))
      .map((c) => (parts.get(c) && c.qualifier === 'exact' ? { ...c, qualifier: 'at-least' as const, interval: [c.interval[0], null] as const } : c));
  },
};

const ZERO_RULES: readonly (readonly [ClaimKind, RegExp])[] = [
  ['killed', ZERO_KILLED],
  ['injured', ZERO_INJURED],
  ['detained', ZERO_DETAINED],
];

/** Counts of none: "no one was hurt" = 0 injured, "no arrests have been made" = 0 detained. */
export const zeroRule: ClaimRule = {
  id: 'en/claim/zero',
  extract(view) {
    const { doc, sentence } = view;
    const claims: Claim[] = [];
    // Every zero pattern has a `zero` cue word (no, none, nobody, at large, fled).
    if (!view.cues.has('zero')) return claims;
    for (const [kind, re] of ZERO_RULES) {
      const m = re.exec(sentence.text);
      // "no one else was hurt" counts the others, not everyone: it states no total.
      if (!m || /\b(?:else|other)\b/i.test(m[0])) continue;
      // "Three other children were in the home, but none was hurt": none of a group the sentence counted, not of everyone.
      if (/^(?:none|neither)\b/i.test(m[0]) && GROUP_COUNT_BEFORE.test(sentence.text.slice(0, m.index))) continue;
      const start = sentence.start + m.index;
      const numberSpan = { doc: doc.id, start, end: start + m[0].length };
      claims.push(makeClaim(view, kind, this.id, numberSpan, 0, 'exact', [0, 0], 'stated'));
    }
    return claims;
  },
};

/**
 * Counts without digits, from the people a sentence names or describes: "a man was shot dead" = 1 killed,
 * "police arrested a second man" = at least 2 detained, "John Smith, 20, was arrested" = 1 detained.
 * Certainty `implied`; each claim keeps its `subject` so distinct people can be counted per report.
 */
export const singularRule: ClaimRule = {
  id: 'en/claim/singular',
  extract(view) {
    const doc = view.doc;
    return extractPersonClaims(view, (kind, start, end, value, qualifier, interval, subject) =>
      makeClaim(view, kind, this.id, { doc: doc.id, start, end }, value, qualifier, interval, 'implied', undefined, subject));
  },
};

/** The default claim rules. Note: zero and singular rules only add kinds that no stated number covers (see `extractClaims`). */
export const CLAIM_RULES: readonly ClaimRule[] = [numberKindRule, zeroRule, singularRule];
