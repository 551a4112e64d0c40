import type { Claim, ClaimKind } from '../../../model/record.js';
import type { Interval, Qualifier } from '../../../model/mention.js';
import { AFTER_BEING_SHOT, ARRIVED_WOUNDED, HARM_VERBS, IN_CONDITION, PATTERN_CUES, PERSON_ACTIVE, PERSON_NOUNS, PERSON_PASSIVE, PERSON_SINGULAR, ROLE_SINGULAR } from '../../../locales/en/claims.js';
import { cueWordsOf, hasCue, type SentenceView } from './context.js';
import { ORGANIZATION_HEADS } from '../../../locales/en/entities-organizations.js';
import { isGivenName } from '../../entities/lexicon.js';
import { isApostrophe, isLowerAsciiLetter, isUpperAsciiLetter } from '../dates/rules/base.js';

/**
 * Counts without digits, read from the people a sentence names or describes:
 * "a man was shot dead" (1 killed), "Police arrested Tristan Crayton, 28" (1 detained),
 * "police arrested a second man" (at least 2), "arrested the pair" (2), "Both X and Y died" (2).
 * Each claim carries a `subject` key so that a report naming two different people killed counts
 * two (see `reconcileFigures`): a surname; `anon`, `pair`, `self`; `relation:wife,son` and
 * `list:smith,jones` (the people of a list); `aged:16:m` (one described by age and sex, who is no
 * one named); `withself:<subject>` (those people and the one who killed them and himself);
 * `self:smith` (a suicide whose sentence names him: the same person as `smith`).
 */

const NAME_WORD = String.raw`[A-Z][a-z'’]+(?:[A-Z][a-z'’]+)?(?:-[A-Z][a-z'’]+)?`;
/** A generational suffix ending a full name (`FULL_NAME`). */
const NAME_SUFFIX = /,? (?:Jr\.?|Sr\.?|II|III|IV)$/;
/** A full name, with a middle initial or a generational suffix: "John A. Smith", "Marvin Douglass Lancaster III", "John Smith Jr.". */
const FULL_NAME = String.raw`${NAME_WORD}(?: [A-Z]\.)?(?: ${NAME_WORD}){1,2}(?:,? (?:Jr|Sr)\.?|,? (?:II|III|IV))?`;
const AGE = String.raw`(?:,? (?:a |an )?\d{1,3}(?:-year-old)?,?)?`;
const SINGULAR = PERSON_SINGULAR.join('|');
// Note: "another" is no ordinal: "a 17-year-old surrendered after another teen was injured", "the
// death of another teenager", "injured another customer" set the person apart from someone of another
// kind (the shooter, the one arrested), far more often than they count a second of the same kind.
const ORDINAL: Readonly<Record<string, number>> = {
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};
/** The ordinal words of `ORDINAL`, for the patterns ("a third man", "Fourth person arrested"). */
const ORDINAL_WORD = Object.keys(ORDINAL).join('|');
const YEAR_OLD = String.raw`(?:\d{1,2}|[a-z]+(?:-[a-z]+)?)[- ](?:year|month|week|day)[- ]old`;
// Note: an ordinal in digits is read right before the person only ("the 4th victim"), as "the 3rd grade girl" is in a grade.
// Note: the determiner starts a word: "data man was shot" is no "a man". Its words may hold a place
// with its state ("A 7-year-old Georgetown, California boy"). An age stands for the determiner
// ("the older brother of 10-year-old Aurora boy who was fatally shot"); subjects at a headline's
// opening without either are `HEADLINE_SUBJECT`.
const DESCRIBED_WORDS = String.raw`(?:(?!(?:the|a|an)\s)[\w'’-]+\s+|[A-Z][\w'’-]*,\s+(?=[A-Z])){0,3}?`;
const DESCRIBED = String.raw`\b(?:(?:[Aa]|[Aa]n|[Tt]he|[Aa]nother|[Oo]ne|(?:[Aa]|[Tt]he) (?:${ORDINAL_WORD}))\s+${DESCRIBED_WORDS}(?:${SINGULAR})\b|(?:[Aa]|[Tt]he) (?:${ORDINAL_WORD})(?=\s+$)|(?:[Aa]|[Tt]he) [2-9](?:nd|rd|th)\s+(?:${SINGULAR})\b|(?:[Aa]|[Aa]n|[Tt]he|[Aa]nother)\s+${YEAR_OLD}\b|(?<![\w'’-])${YEAR_OLD}\s+(?:[A-Z][\w'’-]*\s+){0,2}?(?:${SINGULAR})\b)`;
/** Either case of a word's first letter ("Man", "man"). */
const anyCase = (word: string): string => `[${word[0]?.toUpperCase()}${word[0]}]${word.slice(1)}`;
/** A headline's kicker before its words: "Springfield Police: Person killed in accidental shooting". */
const KICKER = String.raw`(?:[A-Z][\w'’ ]{0,30}:\s+)?`;
const ANY_CASE_SINGULAR = PERSON_SINGULAR.map(anyCase).join('|');
/** Symbols before a headline's first word: "× Boone County man dies" (a close button kept in the text). */
const OPENING_SYMBOLS = String.raw`(?:[^\w\s]+\s+)?`;
/**
 * A capitalised word that describes a person: a place ("Boone County"), "Local"; not a possessive
 * ("Smith's father"), nor a determiner, which `DESCRIBED` reads ("Buy Photo A 9-year-old child" is "A 9-year-old child").
 */
const HEADLINE_WORD = String.raw`(?!(?:A|An|The|Another|One)\s)[A-Z][\p{L}'’.-]*(?<!['’]s)\s+`;
/**
 * A person at the opening of a headline or sentence, described by a place or a word without a
 * determiner: "Boone County man dies", "VA 2-year-old dies", "Magnolia youth, Hank Bollen, dies",
 * "Local teen was shot", "Third person dies" (at least 3). Up to three capitalised words, an age, then
 * the person (or the age alone).
 * Symbols before the opening ("× ", "• ") and a kicker are passed over. Note: it holds `^`, the
 * opening of the text it is matched against: only `SUBJECT_OPENING_BEFORE`, for text that starts the
 * sentence, holds it.
 */
const HEADLINE_SUBJECT = String.raw`^${OPENING_SYMBOLS}${KICKER}(?<headline>(?:${HEADLINE_WORD}){0,3}?(?:${YEAR_OLD}(?:\s+(?:${HEADLINE_WORD}){0,2}?(?:${ANY_CASE_SINGULAR}))?|(?:${ANY_CASE_SINGULAR}))\b)`;
/** Kin in the plural: at least two people ("his wife and children" is at least three). */
const PLURAL_KIN = ['children', 'kids', 'sons', 'daughters', 'brothers', 'sisters', 'grandchildren', 'grandsons', 'granddaughters', 'stepchildren', 'nephews', 'nieces', 'cousins'];
const PLURAL_KIN_SET: ReadonlySet<string> = new Set(PLURAL_KIN);
const RELATIVE = String.raw`(?:wife|husband|son|daughter|mother|father|girlfriend|boyfriend|ex-girlfriend|ex-boyfriend|ex-wife|ex-husband|brother|sister|child|baby|infant|grandmother|grandfather|grandson|granddaughter|grandchild|step-?(?:father|mother|son|daughter|brother|sister)|half-(?:brother|sister)|fianc[eé]e?|nephew|niece|cousin|uncle|aunt|friend|roommate|${PLURAL_KIN.join('|')})`;
/**
 * "his wife", "her 4-year-old son"; a list of them counts its relatives: "his mother and
 * grandmother", "her husband, son and daughter" (each may have its own possessive and one word
 * before it: "his wife and their infant son").
 */
// Note: the possessive starts a word ("the other friend" is not "her friend").
const RELATION = String.raw`\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w-]+\s+)?${RELATIVE}(?:(?:,\s+|,?\s+and\s+)(?:(?:his|her|their)\s+)?(?:[\w-]+\s+)?${RELATIVE})*\b`;
const RELATION_LIST_SEPARATOR = /,\s+(?:and\s+)?|\s+and\s+/;
/**
 * Two people: "the pair", "a couple charged with ..." (not "a couple of"), "the parents of a
 * 3-year-old", "both of these men", "both were pronounced dead".
 */
const PAIR = String.raw`\b(?:[Tt]he pair|[Tt]he duo|(?:[Tt]he|[Aa]) couple(?! of\b)|(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir) (?:(?:[\w-]+|[\w-]+'s)\s+)?parents\b|[Bb]oth (?:(?:of )?(?:these|those|the)\s+)?(?:[\w-]+\s+)?(?:men|women|suspects|victims|teens|boys|girls|brothers|sisters)\b|[Bb]oth of them|[Bb]oth(?=\s+$))`;
const BOTH_AND = String.raw`(?:[Bb]oth [^,.;]{1,40}? and [^,.;]{1,40}?)`;
/** A full name and, maybe, the age after it: "Ladonna Wright, 37". */
const AGED_FULL_NAME = String.raw`${FULL_NAME}(?:, \d{1,3})?`;
/**
 * "Allen, Daniels and Williams", "Oskar Brantley and Lidia Farrow", "Ladonna Wright, 37, Louis
 * Robinson, 20, and Antoine Wright": a list of names counts its names (not their ages).
 */
const NAME_LIST = String.raw`${NAME_WORD}(?:, ${NAME_WORD}){1,6},? and ${NAME_WORD}|${AGED_FULL_NAME}(?:, ${AGED_FULL_NAME}){0,6},? and ${FULL_NAME}`;

/** Capitalised words that are not names ("arrested Friday", "charged Police"). */
const NOT_NAME = new Set([
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
  'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr',
  'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Police', 'He', 'She',
  'It', 'They', 'The', 'This', 'That', 'Officers', 'Authorities', 'Investigators', 'Detectives', 'Deputies',
  'Officials', 'Prosecutors', 'Witnesses', 'There', 'Here', 'We', 'I', 'You', 'A', 'An', 'One', 'Two', 'Three',
  'Both', 'Another', 'His', 'Her', 'Their', 'Its', 'Our', 'My', 'When', 'After', 'Before', 'While', 'If', 'But',
  'And', 'Or', 'So', 'Then', 'Later', 'Earlier', 'According', 'In', 'On', 'At', 'By', 'For', 'From', 'With',
  'None', 'Nobody', 'All', 'Some', 'Many', 'Several', 'Each', 'Everyone', 'Everybody', 'Someone', 'Somebody', 'Anyone', 'No',
  // quantifiers of a group ("Most were charged", "Others were released")
  'Most', 'Few', 'Others', 'Dozens', 'Hundreds', 'Thousands', 'Scores', 'Half', 'Neither', 'Either', 'Any', 'These', 'Those',
]);

/** Whether a capitalised word is no name (`NOT_NAME`: "Monday", "Police", "Both"). */
export function isNotName(word: string): boolean {
  return NOT_NAME.has(word);
}

// Note: pronouns, pairs and described people come before names, or "He" and "Both Bass" would be read as names.
const SUBJECT = String.raw`(?<pronoun>\b(?:He|She|he|she))\b|(?<list>${NAME_LIST})|(?<pair>${PAIR})|(?<both>${BOTH_AND})|(?<described>${DESCRIBED})|(?<relation>${RELATION})|(?<full>${FULL_NAME})${AGE}|(?<single>${NAME_WORD})${AGE}`;
/**
 * A person noun after a name, maybe with an age before it: the name describes the person ("the fatal
 * shooting of 15-year-old Brooklyn boy", "Larose teenager", "a Virginia Beach 18-year-old woman"), it
 * is no name of theirs (see `OBJECT`).
 */
const PERSON_NOUN_NEXT = String.raw`(?=\s+(?:[A-Z][\w'’-]*\s+){0,2}(?:${YEAR_OLD}\s+)?(?:${SINGULAR})\b)`;
// Note: an age before capitalised words and a person noun is part of the described person ("15-year-old
// Brooklyn boy", `DESCRIBED`), not an age before a name; a name right before a person noun is none,
// and the words with the noun are one person described (`placed`: "Larose teenager", without a
// determiner), or named by the name after them ("Placer County deputy Jeff Davis").
/** Titles of office before a name that a verb's object may carry ("indicted police Sgt. Kyle Brandt", "arrested Officer Dale Reese"). */
const OBJECT_TITLE = ['sgt', 'sergeant', 'officer', 'deputy', 'det', 'detective', 'lt', 'lieutenant', 'cpl', 'corporal', 'capt', 'captain', 'trooper', 'agent', 'patrolman', 'constable', 'cmdr', 'commander', 'sheriff', 'pvt', 'spc', 'pfc', 'dr', 'mr', 'mrs', 'ms', 'rev', 'pastor'].map(anyCase).join('|');
/**
 * A person named after a title, maybe after the agency's place and name ("Marrow Creek police Sgt.
 * Kyle Brandt", "Harris County Deputy John Smith"): the name after the title is the person's, not
 * the place before it.
 */
const TITLED = String.raw`(?:[A-Z][\w'’-]*\s+){0,3}(?:(?:police|sheriff['’]s|state|county|city|fire)\s+)?(?:${OBJECT_TITLE})\.?\s+(?<titledName>${FULL_NAME}|${NAME_WORD})\b`;
const OBJECT = String.raw`(?:${YEAR_OLD}\s+(?!(?:[A-Z][\w'’-]*\s+){1,2}(?:${SINGULAR})\b))?(?:(?<relation>${RELATION})|(?<pronoun>\b(?:him|her)\b)|(?<pair>${PAIR})|(?<described>${DESCRIBED})|(?<list>${NAME_LIST})|(?<titled>${TITLED})|(?<placed>(?:[A-Z][\w'’-]*\s+){1,3}(?:${YEAR_OLD}\s+)?(?:${SINGULAR})\b)(?:\s+(?<placedName>${FULL_NAME})\b)?|(?<full>${FULL_NAME})\b(?!${PERSON_NOUN_NEXT})${AGE}|(?<single>${NAME_WORD})\b(?!${PERSON_NOUN_NEXT})${AGE})`;

type PersonKind = 'killed' | 'injured' | 'shot' | 'detained';


/**
 * Note: the patterns are anchored on the verb, which is rare, and only then look for the person
 * in a short window: the verb (passive) is found first, then the subject is matched backwards
 * against the end of the text before it; the verb (active) is found first, then the object is
 * matched right after it. Scanning for the person first tries a long alternation at every position.
 */
const PASSIVE_VERB: readonly (readonly [PersonKind, RegExp, ReadonlySet<string>])[] = [
  ...(['killed', 'injured', 'shot', 'detained'] as const).map(
    (kind) => [kind, new RegExp(String.raw`\b(?:${PERSON_PASSIVE[kind]})`, 'gu'), new Set<string>(PATTERN_CUES[`${kind}Passive`])] as const,
  ),
  // "had arrived at the hospital with a gunshot wound": its own pattern, run only where a hospital is named.
  ['shot', new RegExp(String.raw`\b(?:${ARRIVED_WOUNDED})`, 'gu'), new Set<string>(PATTERN_CUES.arrivedWounded)],
  // "was taken to a hospital after being shot", "collapsed onto her after being shot": its own pattern, run only where "after being" is.
  ['shot', new RegExp(String.raw`\b(?:${AFTER_BEING_SHOT})`, 'gu'), new Set<string>(PATTERN_CUES.afterBeingShot)],
];
// "16-year-old Alan Reyes of North Park was arrested", "An 18-year-old male from Milwaukee was shot": a hometown may follow the person; so may
// a relative clause ("Their 12-year-old daughter who wasn't identified is hospitalized").
// So may the happening they are part of: "A suspect in Sunday's fatal shooting was arrested",
// "Victim of Friday night shooting died Monday".
const IN_HAPPENING = String.raw`\s+(?:in|of)\s+(?:[\w'’-]+,?\s+){1,4}?(?:shooting|shootings|killing|slaying|homicide|death|case|attack|murder|stabbing|robbery|incident)`;
/**
 * The people of a pair or list named after it: "Both suspects, Trevon Mills, 20, and Dylan Ortiz, 18,
 * (who ...,) remain in jail".
 */
const NAMED_APPOSITION = String.raw`,\s+${AGED_FULL_NAME}(?:, ${AGED_FULL_NAME}){0,4},? and ${AGED_FULL_NAME}(?=,)`;
const AFTER_SUBJECT = String.raw`(?: (?:of|from) (?:[A-Z][\p{L}'’-]+ ?){1,3})?(?:${IN_HAPPENING})?(?:${NAMED_APPOSITION})?(?:,[^,.;]{1,60},|\s+who\s+[^,.;]{1,40}?)?(?:,\s+who\s+|\s+(?:who\s+)?)(?:(?:also|later|reportedly|allegedly)\s+)?$`;
const SUBJECT_BEFORE = new RegExp(String.raw`(?:${SUBJECT})${AFTER_SUBJECT}`, 'du');
/** The same for text that starts its sentence, where a headline's subject may open it ("Boone County man dies"). */
const SUBJECT_OPENING_BEFORE = new RegExp(String.raw`(?:${HEADLINE_SUBJECT}|${SUBJECT})${AFTER_SUBJECT}`, 'du');
/**
 * A list of described people before a verb in the plural or of either number ("were wounded",
 * "died"): "A man, woman and boy were wounded" (3), "an 18-year-old man and 50-year-old woman"
 * (2), "A mother and her son were wounded" (2). The first has a determiner or an age; the others
 * may drop it or have a possessive; each has at most two words before the person, none of them
 * "of", "after" or a possessive ("the hospital after his mother and grandmother" is a list of
 * relatives, `RELATION`). Note: not before
 * "was" or "is": in "shot a man and a woman was hurt" the man is the object of another verb.
 */
const ITEM_WORDS = String.raw`(?:(?!(?:and|or|of|after|his|her|their)\b)[\w'’-]+\s+){0,2}?`;
const DESCRIBED_ITEM = String.raw`(?:(?:[Aa]|[Aa]n|[Aa]nother|[Tt]he|his|her|their)\s+)?${ITEM_WORDS}(?:${SINGULAR})\b`;
const FIRST_ITEM = String.raw`(?:\b(?:[Aa]|[Aa]n|[Aa]nother|[Tt]he)\s+|(?<![\w'’-])(?=${YEAR_OLD}))${ITEM_WORDS}(?:${SINGULAR})\b`;
/** A hometown after an item of a list: "a 27-year-old man from Irvington and a 34-year-old man from East Orange". */
const ITEM_HOMETOWN = String.raw`(?:\s+(?:of|from)\s+[A-Z][\p{L}'’-]+(?:\s[A-Z][\p{L}'’-]+){0,2})?`;
const DESCRIBED_LIST = String.raw`(?<describedList>${FIRST_ITEM}${ITEM_HOMETOWN}(?:,\s+${DESCRIBED_ITEM}${ITEM_HOMETOWN}){0,4},?\s+and\s+${DESCRIBED_ITEM}${ITEM_HOMETOWN})`;
const DESCRIBED_LIST_SEPARATOR = /,\s+(?:and\s+)?|,?\s+and\s+/;
const SUBJECTS_BEFORE = new RegExp(String.raw`(?:${DESCRIBED_LIST}|${SUBJECT})${AFTER_SUBJECT}`, 'du');
const SUBJECTS_OPENING_BEFORE = new RegExp(String.raw`(?:${HEADLINE_SUBJECT}|${DESCRIBED_LIST}|${SUBJECT})${AFTER_SUBJECT}`, 'du');
/** A verb in the singular: its subject is one person. */
const SINGULAR_VERB = /^(?:was|is|has|['’]s)\b/;
const AFTER_PREPOSITION = /\b(?:on|in|at|from|to|of|near|by|with|into|onto|off|along|across)\s+$/i;

/** How far before its verb a subject may start. */
const SUBJECT_REACH = 120;
const ROLE = ROLE_SINGULAR.join('|');
const DESCRIBED_ROLE = String.raw`(?<described>\b(?:[Aa]|[Aa]n|[Tt]he|[Aa]nother|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir)\s+${DESCRIBED_WORDS}(?:${ROLE})\b)`;
/**
 * One person by role or trade before a verb of harm, where `SUBJECT_BEFORE` found none: "A teacher
 * was wounded", "the 60-year-old farmer, who lived alone, was killed". See `ROLE_SINGULAR`.
 */
const ROLE_SUBJECT_BEFORE = new RegExp(String.raw`${DESCRIBED_ROLE}(?:,[^,.;]{1,60},)?\s+(?:(?:also|later|reportedly|allegedly)\s+)?$`, 'du');
/** The same as the object of a verb of harm, where `OBJECT_AT` found none: "gunmen killed a farmer". */
const ROLE_OBJECT_AT = new RegExp(String.raw`\s*${DESCRIBED_ROLE}`, 'dyu');
/** How far after a verb its object by role is looked for: a determiner and up to three words before the noun. */
const ROLE_OBJECT_REACH = 80;
/** The last word of each of `ROLE_SINGULAR` ("staff member": member). */
const ROLE_LAST_WORDS: ReadonlySet<string> = new Set(ROLE_SINGULAR.map((r) => r.slice(r.lastIndexOf(' ') + 1)));

/**
 * Whether a piece of text holds a word of `ROLE_SINGULAR` (lowercase, whole): the role patterns run
 * only then. Note: a scan of the words with a set, where the patterns tried their alternation of
 * nouns at every offset of every verb's subject that no other pattern read.
 */
function hasRoleWord(piece: string): boolean {
  const n = piece.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isLowerAsciiLetter(piece.charCodeAt(i))) i++;
    const start = i;
    while (i < n && (isLowerAsciiLetter(piece.charCodeAt(i)) || piece.charCodeAt(i) === 45)) i++;
    if (i - start >= 3 && (start === 0 || !isUpperAsciiLetter(piece.charCodeAt(start - 1))) && ROLE_LAST_WORDS.has(piece.slice(start, i))) return true;
  }
  return false;
}

const ACTIVE_VERB: readonly (readonly [PersonKind, RegExp, ReadonlySet<string>])[] = (['killed', 'injured', 'shot', 'detained'] as const).map(
  (kind) => [kind, new RegExp(String.raw`\b${PERSON_ACTIVE[kind]}\s+`, 'gu'), new Set<string>(PATTERN_CUES[`${kind}Active`])] as const,
);
/**
 * The cue words of each family of the verbs. Note: a match of a verb pattern holds a cue word of its
 * family ("was held at the county detention center": `detention`), not always one of the pattern's
 * own cue words (`PATTERN_CUES`), which gate the pattern on the whole sentence.
 */
const FAMILY_CUES: Readonly<Record<PersonKind, ReadonlySet<string>>> = {
  killed: cueWordsOf('killed'), injured: cueWordsOf('injured'), shot: cueWordsOf('shot'), detained: cueWordsOf('detained'),
};
const PRONOUNCED_CUES: ReadonlySet<string> = new Set(PATTERN_CUES.pronouncedDead);
const POLICE_ARREST_CUES: ReadonlySet<string> = new Set(['arrest', 'apprehend', 'detain', 'captur']);
const CUSTODY_CUES: ReadonlySet<string> = new Set(['custody']);
/** The cue words of the verbs of `BARE_KILLED` ("fatally shot": `fatal`) and of `BARE_DETAINED` and `BARE_NAME_DETAINED`. */
const BARE_KILLED_CUES: ReadonlySet<string> = new Set(['kill', 'dead', 'fatal', 'dies', 'died', 'death']);
/**
 * A headline's person without an article past its start, with "who died", "who was killed", "is
 * killed": "Services set for Malin boy who died of gunshot wound", "Sheriff's office releases name of
 * teen who died in shooting", "after girl, 15, is killed by masked gunmen". Not a bare "dies" nor
 * "who killed" ("Man Who Shot Officer Dies": the officer lives; "Officer Who Killed Teen": the teen died).
 */
const HEADLINE_KILLED = new RegExp(
  String.raw`(?<![\w'’-]\s(?:a|an|the)\s)\b(?<described>(?:${SINGULAR})|${YEAR_OLD})(?:,\s+\d{1,2},)?\s+(?:who\s+(?:died|dies|was\s+(?:killed|shot dead|shot and killed|fatally shot))|(?:is|was)\s+(?:killed|shot dead|shot and killed|fatally shot))(?=\s+(?:in|at|by|after|during|of|from|near|on|outside|inside|while|when|following)\b|\s*[,:;.!?]|\s*$)`,
  'dgi',
);
const HEADLINE_KILLED_CUES: ReadonlySet<string> = new Set(['kill', 'died', 'dies', 'fatal', 'dead']);
const BARE_DETAINED_CUES: ReadonlySet<string> = new Set(['arrest', 'charged', 'detain', 'booked', 'apprehend', 'custody']);
const OBJECT_AT = new RegExp(OBJECT, 'dyu');
/**
 * The killer after the people killed, as a second object of the verb: "kills 5-year-old son, self",
 * "killed her child and then herself", "killed his wife, then himself". Note: not "his son shot
 * himself", where the one shot is the son.
 */
const AND_SELF_AT = /(?:,\s*(?:then\s+)?|,?\s+and\s+(?:then\s+)?|\s+then\s+)(?:(?:him|her|them)sel(?:f|ves)|self)\b/y;
/** Words that make a verb's act an attempt or a near miss: "attempted murder of", "tried to kill", "attempting to arrest", "nearly killed". */
const ATTEMPT_BEFORE = /\b(?:attempted|attempts?\s+to|attempting\s+to|tried\s+to|trying\s+to|try\s+to|plotted\s+to|threatened\s+to|nearly|almost|narrowly)\s+$/i;
/**
 * Words right after an arrest that make it one of a person's record: "arrested previously", "in the
 * past", "twice before", "several times", "on prior occasions". Note: not "before" that opens a
 * clause ("was arrested before he could flee").
 */
const PRIOR_RECORD_AT = /^\s+(?:[\w-]+\s+){0,2}?(?:previously|in the past|(?:once|twice|several times|many times|multiple times|\w+ times|\d+ times) before|before(?=\s*[.,;)]|$)|(?:several|multiple|many|\d+|two|three|four|five) times|on (?:prior|previous|several|multiple) occasions)\b/;
/** A person honoured or remembered, the object of the verb right before: "honored Javon Booker (, who died ...)", "in memory of". */
const HONORED_BEFORE = /\b(?:honou?r(?:ed|ing|s)?|remember(?:ed|ing|s)?|mourn(?:ed|ing|s)?|memoriali[sz](?:ed|ing|es)?|in memory of|tribute to)\s+$/i;
/** A non-restrictive relative clause right after the subject: "Fells, who (was killed)". */
const RELATIVE_AFTER_SUBJECT = /,\s+who\s+(?:(?:also|later|reportedly|allegedly)\s+)?$/;
/** A death told by "died" alone, with no killing ("died", "has since died", "passed away"). */
const BARE_DEATH = /^(?:(?:has|have|had)\s+(?:since\s+|now\s+|also\s+)?)?(?:later\s+)?(?:died|dies|succumbed|passed away)\b/;
/** The place of a death later in the sentence of a wounding: "..., where he later died", "where she was pronounced dead". */
const WHERE_DIED_AFTER = /\bwhere\s+(?:he|she)\s+(?:later\s+|then\s+|eventually\s+)?(?:died|was pronounced dead|succumbed)\b/g;
/**
 * A death right after a wounding's verb, or after "and" with no subject of its own: "(who had been
 * critically wounded) died", "(shot Friday) later died", "(was wounded) and died at the hospital";
 * not "(was wounded) and a woman died", a death of another.
 */
const DIED_AFTER_AT = /^(?:\s+(?!and\b|but\b|or\b)[\w'’-]+){0,4}?(?:,?\s+and)?\s+(?:later\s+|then\s+|subsequently\s+)?(?:died|dies|succumbed)\b/;
/** How far after a wounding's verb `DIED_AFTER_AT` reads. */
const DIED_AFTER_REACH = 48;
/** Whether a death follows right after the wounding that ends at `at` (`DIED_AFTER_AT`). */
function diesRightAfter(text: string, at: number): boolean {
  return DIED_AFTER_AT.test(text.slice(at, at + DIED_AFTER_REACH));
}
/** Whether "..., where he later died" follows `at` in the sentence (`WHERE_DIED_AFTER` read in place from `at`, not in a copy of the sentence's rest). */
function diesWhereAfter(text: string, at: number): boolean {
  WHERE_DIED_AFTER.lastIndex = at;
  return WHERE_DIED_AFTER.test(text);
}
/** Whether the person starting at `at` is one honoured or remembered (`HONORED_BEFORE`, in the 24 characters before). */
function isHonoredAt(text: string, at: number): boolean {
  return HONORED_BEFORE.test(text.slice(Math.max(0, at - 24), at));
}
/** The one who shot as the object of the verb: "shot himself", "shot herself" (not "shot himself to death", a suicide). */
const SELF_AT = /(?:him|her)self\b(?!\s+to death\b)/y;
/** Words right before "shot himself" that make it a death, read by the killed patterns: "fatally shot himself". */
const FATALLY_BEFORE = /\b(?:fatally|mortally)\s+$/;
/** A death, then "and" and a person whose verb is left out: "were killed and a 12-year-old girl wounded". */
const DEATH_AND = /\b(?:killed|dead|died)(?:,\s*|\s+)and\s+/gu;
/** The left-out verb's participle right after that person: "(a man) wounded", "(a teen) critically injured". */
const INJURED_AFTER_AT = /\s+(?:(?:critically|seriously|gravely|badly|slightly|also)\s+)?(?:wounded|injured|hurt)\b/y;
const ELLIPTIC_INJURED_CUES: ReadonlySet<string> = new Set(['wound', 'injur', 'hurt']);
/**
 * One described as killed: "The slain teenager was identified as", "the dead man's family", "the
 * murdered woman", "his slain daughter's body", a headline's "Slain wife warned police". Not "a
 * dead end" (no person), nor "the dead" alone (a count).
 */
const SLAIN_PERSON = new RegExp(
  String.raw`(?<described>(?:\b(?:[Tt]he|[Aa]n?|his|her|their)\s+(?:slain|dead|deceased|murdered)|^\W{0,3}[Ss]lain)\s+(?:(?!(?:the|a|an|and|or|was|were|is)\s)[\w'’-]+\s+){0,1}?(?:${SINGULAR}|${ROLE}))\b`,
  'dgu',
);
const SLAIN_GATE = /\b(?:[Ss]lain|dead|deceased|murdered)\s/;
const SLAIN_CUES: ReadonlySet<string> = new Set(['slain', 'dead', 'deceased', 'murder']);
/**
 * One of several people, with its verb: "One of the victims died", "one of the men was later
 * arrested", "One of the wounded is in critical condition", "four people were shot, one of them
 * fatally", "..., one of whom died". At least one of that kind.
 */
const ONE_OF = /\b(?<described>[Oo]ne of (?:(?:the|those|these|his|her|their)\s+(?:[\w'’-]+\s+)?(?:victims|men|women|people|persons|teens|teenagers|boys|girls|children|kids|officers|deputies|suspects|shooters|gunmen|wounded|injured|males|females|juveniles|students|friends|brothers|sisters|sons|daughters)|whom|them))(?:,[^,.;]{1,60},)?\s+(?:(?:later|also|has|had|have|since|then|reportedly)\s+){0,2}(?<verb>died|dies|succumbed|fatally|critically|seriously|was\s+(?:(?:also|later|critically|fatally|seriously)\s+)?(?:killed|pronounced dead|wounded|injured|shot|arrested|charged|hospitalized)|is\s+in\s+(?:critical|serious|stable|fair)\s+condition)\b/dgu;
function oneOfKind(verb: string): PersonKind {
  if (/\b(?:died|dies|succumbed|killed|dead|fatally)\b/.test(verb)) return 'killed';
  if (/\b(?:arrested|charged)\b/.test(verb)) return 'detained';
  if (/\bshot\b/.test(verb)) return 'shot';
  return 'injured';
}
/** A cheap test before `WOUNDED_PERSON`: its adjective after an article or an adverb. */
const WOUNDED_ADJECTIVE_GATE = /(?:\b(?:the|an?|another)|ly)\s+(?:injured|wounded)\s/i;
/**
 * One person described as wounded: "the injured child was brought to the hospital", "a wounded man
 * was found", "the critically injured officer". Not "the fatally wounded man" (the adverb is not
 * among those read), nor "the wounded" alone (a count, read by the number rules).
 */
const WOUNDED_PERSON = new RegExp(
  String.raw`(?<described>\b(?:[Tt]he|[Aa]n?|[Aa]nother)\s+(?:(?:critically|seriously|gravely|badly|severely|slightly)\s+)?(?:injured|wounded)\s+(?:(?!(?:the|a|an|and|or|was|were|is)\s)[\w'’-]+\s+){0,2}?(?:${SINGULAR}))\b`,
  'dgu',
);
/** A time word right after a participle ("a man injured Wednesday", "a boy killed late Friday"). */
const PARTICIPLE_TIME_WORD = String.raw`late|early|last|this|(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day`;
/** The same with the participle after the noun: "a man wounded in the shooting" (not "the gunman wounded at least five"); the person is read back from it (`peopleBefore`). */
const WOUNDED_PARTICIPLE = new RegExp(String.raw`\b(?:(?:critically|seriously|gravely|badly|severely|slightly)\s+)?(?:injured|wounded)\s+(?:in|during|by|when|${PARTICIPLE_TIME_WORD})\b`, 'g');
/**
 * One killed, told with the participle after the noun: "the deputy killed in the line of duty", "The
 * man killed was identified as ...", "a 16-year-old boy shot and killed late Friday night". Only
 * before a preposition, a time word, "was" or punctuation: "the gunman killed at least five" and
 * "the man killed his wife" are verbs with objects.
 */
const KILLED_PARTICIPLE = new RegExp(String.raw`\b(?:(?:fatally\s+)?shot\s+and\s+killed|shot\s+dead|shot\s+to\s+death|killed|slain)(?=\s+(?:in|during|by|on|when|near|outside|inside|${PARTICIPLE_TIME_WORD}|was|is|has|had)\b|\s*[,.;:]|\s*$)`, 'g');
const KILLED_PERSON_CUES: ReadonlySet<string> = new Set(['kill', 'slain', 'dead', 'death']);
/** The person right before such a participle: "the deputy", "a 16-year-old boy" (end-anchored). */
const PARTICIPLE_SUBJECT_BEFORE = new RegExp(
  String.raw`(?<described>\b(?:[Tt]he|[Aa]n?|[Aa]nother)\s+(?:(?!(?:the|a|an|and|or|was|were|is|who)\s)[\w'’-]+\s+){0,2}?(?:${SINGULAR}|${ROLE}))\s+$`,
  'du',
);
/** How far before its participle such a person may start. */
const PARTICIPLE_SUBJECT_REACH = 80;
/**
 * The people right before each match of `participle` (global), each with the offset its match is
 * relative to and where the participle ends. Note: the participle is found first and the person
 * read back from it, in a short window: a pattern that tried a person at every article of the
 * sentence cost the claims stage 5%.
 */
function peopleBefore(text: string, participle: RegExp): { m: RegExpExecArray; offset: number; after: number }[] {
  const found: { m: RegExpExecArray; offset: number; after: number }[] = [];
  participle.lastIndex = 0;
  let v: RegExpExecArray | null;
  while ((v = participle.exec(text)) !== null) {
    const from = Math.max(0, v.index - PARTICIPLE_SUBJECT_REACH);
    const m = PARTICIPLE_SUBJECT_BEFORE.exec(text.slice(from, v.index));
    if (m) found.push({ m, offset: from, after: v.index + v[0].length });
  }
  return found;
}
/**
 * A killing told by its result after the person ("police shot him dead", "stabbed his wife to
 * death", "beat a neighbor to death"): a verb of harm, its object, then "dead" or "to death".
 */
const HARM_VERB = new RegExp(String.raw`\b(?:${HARM_VERBS.join('|')})\s+`, 'gu');
const DEAD_RESULT_AT = /(?:,\s+[^,.;]{1,40},)?\s+(?:dead|to death)\b/y;
const DEAD_RESULT_CUES: ReadonlySet<string> = new Set(['dead', 'death']);
/**
 * "left a 7-year-old girl dead and her grandmother wounded", "found a father and daughter dead",
 * "officers located an adult male deceased": the predicate follows the person.
 */
const LEFT_VERB = /\b(?:left|leaving|leaves|found|located|discovered)\s+/gu;
const LEFT_PREDICATE: readonly (readonly [PersonKind, RegExp])[] = [
  // "an adult male deceased", "a juvenile female dead": police releases' people, a noun after a noun.
  // (with where they were found between: "found a man inside the home dead from an apparent gunshot wound")
  ['killed', /^\s+(?:(?:inside|in|at|on|near|outside|behind)\s+(?:the\s+|an?\s+|his\s+|her\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?)?(?:(?:male|female)\s+)?(?:dead|deceased)\b/],
  ['injured', new RegExp(String.raw`^\s+(?:(?:(?:critically|seriously|badly)\s+)?(?:wounded|injured|hurt)|${IN_CONDITION})\b`)],
  // "found a man suffering from multiple gunshot wounds", "located a woman with a gunshot wound to the leg"
  ['shot', /^\s+(?:with|suffering(?:\s+from)?)\s+(?:(?:an?|multiple|several|two|three|apparent|possible|what appeared to be(?:\s+an?)?)\s+)?(?:[\w-]+\s+){0,2}?(?:gunshot|gun shot|bullet|stab) wounds?\b/],
  // "found the driver suffering from non-life-threatening injuries"
  ['injured', /^\s+(?:with|suffering(?:\s+from)?)\s+(?:[\w-]+\s+){0,3}?injur(?:y|ies)\b/],
  // "an incident that left a 4-year-old shot in the head" (not "shot at", nor "shot dead", read above)
  ['shot', /^\s+(?:shot|stabbed)\b(?!\s+(?:at|dead|to death)\b)/],
];
/** A person noun alone, after "and" in a list of people sharing a predicate ("a father and daughter dead"). */
const BARE_PERSON_AT = new RegExp(String.raw`(?<described>(?:${SINGULAR}))\b`, 'dyu');
/**
 * The person (`OBJECT_AT`) right after each match of `lead` (global) that `then` (sticky) follows:
 * "shot" + "him" + " dead", "killed and " + "a teen" + " injured".
 */
function objectsThen(text: string, lead: RegExp, then: RegExp): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  lead.lastIndex = 0;
  let v: RegExpExecArray | null;
  while ((v = lead.exec(text)) !== null) {
    OBJECT_AT.lastIndex = v.index + v[0].length;
    const m = OBJECT_AT.exec(text);
    if (!m) continue;
    then.lastIndex = m.index + m[0].length;
    if (then.test(text)) found.push(m);
  }
  return found;
}
/** "and" between two people sharing a predicate: "a mother and a grandmother dead". */
/**
 * "... and the other was wounded": the second of two people told apart after the first, with its
 * own verb and no noun ("the other man was shot" is read by the subject patterns). Read where
 * "the other " is in the sentence.
 */
const THE_OTHER = /(?:\band |^\W{0,3})(?<described>[Tt]he other)(?: one)? (?:was|is|had been|has been) (?:(?:critically|seriously|also|later)\s+)?(?<verb>wounded|injured|hurt|shot|killed|arrested)\b/dgu;
const OTHER_KIND: Readonly<Record<string, PersonKind>> = { wounded: 'injured', injured: 'injured', hurt: 'injured', shot: 'shot', killed: 'killed', arrested: 'detained' };
const JOINED_PERSON = /^\s*,?\s+and\s+(?=[\w'’-])/;
/** "doctors pronounced him dead", "shot himself", "turned the gun on himself". */
const PRONOUNCED = /\bpronounced (?<pronoun>him|her)|(?<full>[A-Z][a-z'’]+(?: [A-Z][a-z'’]+){1,2}) dead\b/dgu;
// Note: "shot himself" is left out: in news of accidents it is mostly a wound, not a death ("fatally shot himself" is one).
const SUICIDE = /\b(?:turn(?:ed|ing) the (?:gun|weapon) on (?:himself|herself)|(?:killed|killing|fatally shot|fatally shooting) (?:himself|herself)|(?:shot|shooting) (?:himself|herself) to death|(?:took|taking) (?:his|her) own life|(?:died|dead) (?:of|from) (?:an apparent |what (?:appeared|appears) to be (?:a |an )?|a )?self-inflicted)/gu;

/**
 * A body found: "authorities found a body in the room", "a body was found", "the body of a man was
 * pulled from the river", "the discovery of a body". Not "the body" of someone named (counted by
 * their name) nor "found the body" (whose, the sentence before says).
 */
const BODY_FOUND = /\b(?:(?:found|discovered|recovered|pulled|located|discovery of)\s+a\s+(?:dead\s+)?body\b|(?:[Aa]|[Tt]he)\s+body\s+of\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:was|has been|had been|is)\s+(?:later\s+)?(?:found|discovered|recovered|pulled|located)\b|\b[Aa]\s+(?:dead\s+)?body\s+(?:was|has been|had been|is)\s+(?:later\s+)?(?:found|discovered|recovered|pulled|located)\b)/gu;
const BODY_CUES: ReadonlySet<string> = new Set(['body']);

/** What follows a headline's verb: a preposition, a time word or punctuation. */
const BARE_NEXT = String.raw`(?=\s+(?:in|at|by|after|during|near|on|outside|inside|while|when|from|following|early|late|overnight|this|last|today|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\s*[,:;.!?]|\s*$)`;
/**
 * Headline style, without an article or "was", at the start (after symbols and a kicker): "Man killed in accidental shooting",
 * "Officials identify man killed by apparent accidental gunshot", "5th person dies after ...". Only when
 * a preposition, a time word or punctuation follows, so "man killed his wife" is not read. Note: in
 * running text, "a vigil honoring a man killed in a shooting last week" is mostly about another event.
 */
const BARE_KILLED = new RegExp(
  String.raw`^${OPENING_SYMBOLS}${KICKER}(?:(?!(?:was|is|were|are|the|a|an)\s)[\w'’-]+\s+){0,3}?(?:(?:identify|identifies|identified|name|names|named)\s+)?(?<described>(?:(?<ordinal>\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORD})\s+)?(?:${SINGULAR})|${YEAR_OLD})(?:,\s+\d{1,2},)?\s+(?:(?:is|was)\s+)?(?:(?:accidentally|accidently)\s+)?(?:killed|dead|shot dead|(?:shot|stabbed|beaten) to death|shot,? killed|shot and killed|fatally shot|dies|died)${BARE_NEXT}`,
  'dgi',
);
/**
 * The same for the wounded and the shot, at a headline's opening: "13-year-old boy injured in
 * accidental shooting", "Killeen 2-year-old in critical condition from gunshot", "Orangeburg man shot
 * while hunting" (shot: one of the wounded unless the reports count him among the dead). The person
 * may be an age alone ("2-year-old"); up to three words before it name a place ("East Chicago girl"),
 * none of them "and" ("Teens and 12-year-old injured" are more than one) nor an article: "A woman grazed
 * by a bullet also spoke to reporters" is running text, whose participle describes the person.
 * Note: not "Man shot, killed in ..." (a death) nor "Suspect shot at officers" (who shot; "Man shot
 * at gas station" is where); only at the opening, as `BARE_KILLED`.
 */
const BARE_PERSON = String.raw`^${OPENING_SYMBOLS}${KICKER}(?:(?!(?:and|or|a|an|the)\s|&)[\w'’.&-]+\s+){0,3}?(?<described>(?:${YEAR_OLD}\s+(?:[A-Z][\w'’.-]*\s+){0,2}?)?(?:${SINGULAR})|${YEAR_OLD})`;
const BARE_INJURED = new RegExp(
  String.raw`${BARE_PERSON}\s+(?:(?:critically|seriously|gravely|badly|slightly|accidentally|also)\s+)?(?:injured|wounded|hurt|grazed|hospitali[sz]ed|${IN_CONDITION})${BARE_NEXT}`,
  'dgi',
);
// "Woman hit by stray bullet while sleeping" too.
const BARE_SHOT = new RegExp(String.raw`${BARE_PERSON}\s+(?:(?:accidentally\s+)?shot(?!,?\s+(?:and\s+)?(?:killed|dead|dies|died)\b|\s+at\s+(?:the\s+|a\s+|an\s+)?(?:police|officers?|deputies|deputy|troopers?|agents?|him|her|them|people|crowds?|a crowd|cars?|vehicles?|houses?|homes?|residences?)\b)|(?:hit|struck) by (?:a |an )?(?:stray |errant )?(?:bullets?|gunfire|gunshot))${BARE_NEXT}`, 'dgi');
/** A bullet that grazed someone wounded them: "Bullet grazes teen after skate park dispute", "stray bullet grazed a 2-year-old boy". */
const BULLET_GRAZED = new RegExp(String.raw`\b(?:bullet|round|gunshot|pellet)s?\s+(?:grazes|grazed|grazing)\s+(?:(?:a|an|the|his|her|their)\s+)?(?<described>(?:[\w'’-]+\s+){0,2}?(?:${SINGULAR})|${YEAR_OLD})\b`, 'dgiu');
const BARE_INJURED_CUES: ReadonlySet<string> = new Set(['injur', 'wound', 'hurt', 'graze', 'hospital', 'condition', 'shot', 'bullet', 'gunfire', 'gunshot']);
const GRAZE_CUES: ReadonlySet<string> = new Set(['graze']);
/** The full stop of a sentence of running text, which a headline lacks (quotes and brackets may close after it). */
const SENTENCE_END = /[.!?]["'”’)\]]*\s*$/;
/** How far into its sentence the verb of `BARE_INJURED` and `BARE_SHOT` may start. */
const BARE_REACH = 120;

/** What may follow a headline's verb: a preposition, a time word or punctuation ("Man charged in ...", "... arrested Tuesday"). */
const HEADLINE_NEXT_WORDS = ['in', 'with', 'after', 'for', 'on', 'over', 'at', 'by', 'near', 'following', 'during', 'early', 'late', 'overnight', 'this', 'last', 'today', 'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const HEADLINE_NEXT = String.raw`(?=\s+(?:${HEADLINE_NEXT_WORDS.map(anyCase).join('|')})\b|\s*[,:;.!?]|\s*$)`;
const HEADLINE_DETAINED = String.raw`\s+(?:arrested|charged|detained|booked|apprehended|in custody)${HEADLINE_NEXT}`;
/** A dateline before a report's first words: "BOISE, Idaho (AP) - ". */
const DATELINE = String.raw`(?:[A-Z][\w.,'’() ]{0,50}?\s[-–—]+\s+)?${KICKER}`;
/**
 * Headline style for arrests, at the start of a sentence (after a dateline): "Juvenile charged with murder in shooting",
 * "Local man charged in shooting death", "Parents charged with improper gun storage". As for
 * `BARE_KILLED`, only before a preposition, a time word or punctuation.
 */
const BARE_DETAINED = new RegExp(String.raw`^${DATELINE}(?:[\w'’-]+\s+){0,2}?(?:(?<described>(?:(?:[2-9]|1\d)(?:nd|rd|th)\s+|(?:${ORDINAL_WORD})\s+)?(?:${SINGULAR}|mom|dad))|(?<pair>parents|couple))(?:,\s+\d{1,2},)?${HEADLINE_DETAINED}`, 'dgi');
/** A headline's name killed: "PD: Nora Osman, 19, shot and killed at S. Phoenix party" (case-sensitive: the name is capitalised). */
const BARE_NAME_KILLED = new RegExp(String.raw`^${OPENING_SYMBOLS}${KICKER}(?<full>${FULL_NAME})${AGE}\s+(?:(?:is|was)\s+)?(?:shot and killed|shot dead|shot to death|fatally shot|killed|dies|died)${HEADLINE_NEXT}`, 'dgu');
/** The same with a name, case-sensitive so that the name is capitalised: "Jerome Lee Hart arrested Tuesday on murder warrant". */
const BARE_NAME_DETAINED = new RegExp(String.raw`^(?<full>${FULL_NAME})${AGE}(?:\s+[Aa]rrested|\s+[Cc]harged|\s+[Bb]ooked|\s+[Aa]pprehended)${HEADLINE_NEXT}`, 'dgu');
/**
 * Arrests in the present tense of headlines, with the police as subject: "Police apprehend suspect
 * in Saturday shooting", "Police arrest man in ...". Note: the subject is required, so "officers tried
 * to arrest a man" is not read.
 */
const POLICE_ARREST = /\b(?:police|cops|deputies|officers|authorities|troopers|detectives|marshals)\s+(?:arrest|apprehend|detain|capture)\s+/giu;
/** A person without an article after such a verb: "apprehend suspect". */
const BARE_OBJECT_AT = new RegExp(String.raw`(?:[\w'’-]+\s+){0,2}?(?<described>${SINGULAR})\b`, 'dyiu');
/**
 * A person the report is not sure of: "four young people were shot ..., and a fifth person may have
 * been wounded, too" counts four or five.
 */
const HEDGED = new RegExp(String.raw`\b(?<described>(?:[Aa]|[Tt]he) (?<ordinal>${ORDINAL_WORD})\s+(?:[\w'’-]+\s+){0,2}?(?:${SINGULAR}))\s+(?:may|might|could) have been (?:(?<injured>wounded|injured|hurt|grazed)|shot|struck)\b`, 'dgu');
/**
 * "took Kia Moss into custody": the person is between the verb and "into custody", maybe with
 * an apposition ("took the suspect, 33-year-old Timothy Hunter, into custody"). Note: the past
 * tense only; "prepared to take him into custody" states no arrest.
 */
const TOOK_VERB = /\btook\s+/gu;
const INTO_CUSTODY = /^(?:,\s+[^,;.]{1,60},)?\s+into (?:police )?custody\b/;


/**
 * The ordinal of a described person: a word ("a fourth man", "another victim") among its first two
 * words, or digits right before the person ("the 4th victim", not "the 3rd grade girl").
 */
function ordinalOf(words: readonly string[]): number | undefined {
  // "a third grader", "Fourth grader dies": a school year, not a count
  if (words.at(-1) === 'grader' || words.at(-1) === 'graders') return undefined;
  const byWord = words.slice(0, 2).map((w) => ORDINAL[w]).find((v) => v !== undefined);
  if (byWord !== undefined) return byWord;
  // "the 4th victim", "8th suspect arrested" (a headline without its article); not "the 3rd grade girl"
  const digits = words.length === 3 || words.length === 2 ? /^(\d{1,3})(?:st|nd|rd|th)$/.exec(words.at(-2) ?? '') : null;
  const n = digits ? Number.parseInt(digits[1] ?? '', 10) : undefined;
  return n !== undefined && n >= 2 ? n : undefined;
}

const PERSON_WORDS: ReadonlySet<string> = new Set<string>([...PERSON_NOUNS, ...PERSON_SINGULAR]);
/** Nouns of `PERSON_NOUNS` that name more than one person ("victims", "officers"). */
const PLURAL_PERSON_NOUNS: ReadonlySet<string> = new Set<string>(PERSON_NOUNS.filter((noun) => !(PERSON_SINGULAR as readonly string[]).includes(noun) && !(ROLE_SINGULAR as readonly string[]).includes(noun)));
const LONG_WORD = /\p{L}{4,}/gu;

/**
 * Whether a sentence is in title case, as a headline is: most of its words of four letters or more
 * are capitalised ("Local Man Charged In Shooting Death").
 */
export function isTitleCase(text: string): boolean {
  let words = 0;
  let capitalised = 0;
  for (const m of text.matchAll(LONG_WORD)) {
    words++;
    if (m[0] !== m[0].toLowerCase() && m[0][0] === m[0][0]?.toUpperCase()) capitalised++;
  }
  return words >= 3 && capitalised >= words * 0.8;
}

/**
 * A "name" of a title-case headline that ends on a person noun is a described person: "Local Man
 * Charged In Shooting Death" names nobody called Man (the `anon` person, not a surname, so it
 * does not add to the people a report names).
 */
function unnamedInTitle(person: Person | undefined, groups: Record<string, string | undefined>, isTitle: boolean): Person | undefined {
  if (!person || !isTitle) return person;
  const name = groups['full'] ?? groups['single'];
  const last = name?.split(' ').at(-1)?.toLowerCase();
  return last !== undefined && PERSON_WORDS.has(last) ? { subject: 'anon', value: 1, isOrdinal: false } : person;
}

interface Person {
  readonly subject: string;
  readonly value: number;
  readonly isOrdinal: boolean;
}

/**
 * A name ending in an organization's head word names no person, unless a given name opens it ("John
 * Church"): the person is the one the words before describe ("a columnist for the Portland Press
 * Herald died", "a trooper with the Texas Department of Public Safety was shot"), one person not
 * named (`anon`), not someone called Herald.
 */
function isOrganizationName(words: readonly string[]): boolean {
  const last = words.at(-1);
  // (three words are an organization's: "Roosevelt High School", though Roosevelt is a given name)
  return last !== undefined && ORGANIZATION_HEADS.has(last.toLowerCase()) && (words.length >= 3 || !isGivenName(words[0]!));
}

/**
 * The sentence's subject named at its opening, past an attribution ("Police said", "Authorities
 * say that"): "John Smith shot his wife before killing himself" is Smith's suicide. Not a
 * possessive ("John Smith's son") nor a speaker ("Sheriff Tom Lane said").
 */
const OPENING_NAME = new RegExp(String.raw`^\s*(?:(?:[A-Z][\w.'’-]*\s+){1,4}(?:said|says|say)(?:\s+that)?\s+)?(?:[A-Z][a-z]+\.?\s+)?(${FULL_NAME})(?!['’]s)(?:\s+(?!said\b|says\b|told\b)[a-z]|\s*$)`);

/**
 * The subject of a suicide: `self`, or `self:<surname>` when the sentence names who it is at its
 * opening, so that "Smith died" elsewhere in the report is the same person, not one more.
 */
function selfSubject(before: string): string {
  const name = OPENING_NAME.exec(before)?.[1];
  // a name word may hold an apostrophe ("O'Neal"): "Smith's" is a possessive all the same
  if (name === undefined || /['’]s$/.test(name)) return 'self';
  // the subject a full name gets everywhere (a surname; none for "Police", `anon` for "the Portland Press Herald")
  const named = personOf({ full: name })?.subject;
  return named === undefined || named === 'anon' ? 'self' : `self:${named}`;
}

/** An age in digits and the person noun after it: "a 16-year-old boy" (16, "boy"). */
const AGED = /\b(\d{1,2})[- ]year[- ]old(?:\s+([a-z]+))?/i;
/** Person nouns that tell a man from a woman ("a 16-year-old boy" is not "a 16-year-old girl"). */
const MALE_NOUNS: ReadonlySet<string> = new Set(['man', 'boy', 'male', 'son', 'husband', 'father', 'brother', 'grandfather', 'grandson', 'uncle', 'nephew', 'boyfriend', 'stepfather', 'stepson']);
const FEMALE_NOUNS: ReadonlySet<string> = new Set(['woman', 'girl', 'female', 'daughter', 'wife', 'mother', 'sister', 'grandmother', 'granddaughter', 'aunt', 'niece', 'girlfriend', 'stepmother', 'stepdaughter']);

/**
 * The subject of one described person: `aged:16:m` for "a 16-year-old boy" (`f` a woman or girl,
 * `u` neither said), so that a report's "critically injured a 16-year-old" and "killed a
 * 16-year-old" are seen as one person (`sameAgedPerson` in reconcile); `anon` without an age in digits, or
 * for "another 16-year-old", who is someone else.
 * Note: it still counts as no one named when a report's people are added up (`positions`): "a
 * 16-year-old" and the "Dnomyar Russell" of the next sentence are one person as often as two.
 */
function agedSubject(described: string): string {
  const m = AGED.exec(described);
  if (!m || /^another\b/i.test(described.trimStart())) return 'anon';
  const noun = m[2]?.toLowerCase() ?? '';
  return `aged:${Number(m[1])}:${MALE_NOUNS.has(noun) ? 'm' : FEMALE_NOUNS.has(noun) ? 'f' : 'u'}`;
}

function personOf(groups: Record<string, string | undefined>): Person | undefined {
  const { full, single, described, relation, pair, both, pronoun, list, headline, describedList, placed, placedName, titledName } = groups;
  if (placedName !== undefined) return personOf({ full: placedName });
  if (titledName !== undefined) return personOf(titledName.includes(' ') ? { full: titledName } : { single: titledName });
  if (describedList !== undefined) return { subject: 'anon', value: describedList.split(DESCRIBED_LIST_SEPARATOR).length, isOrdinal: false };
  if (list !== undefined) {
    const names = list.split(/,\s*|\s+and\s+/).filter((item) => item !== '' && !/^\d/.test(item));
    if (names.some((name) => name.split(' ').some((w) => NOT_NAME.has(w)))) return undefined;
    return { subject: `list:${names.join(',').toLowerCase()}`, value: names.length, isOrdinal: false };
  }
  if (full !== undefined) {
    // The surname, not a generational suffix: "Lancaster III" and "Smith Jr." are "lancaster" and "smith".
    const words = full.replace(NAME_SUFFIX, '').split(' ');
    if (words.some((w) => NOT_NAME.has(w))) return undefined;
    if (isOrganizationName(words)) return { subject: 'anon', value: 1, isOrdinal: false };
    return { subject: (words.at(-1) ?? full).toLowerCase(), value: 1, isOrdinal: false };
  }
  // "Victims are in critical condition": a plural noun opening a sentence is no name, nor one person.
  if (single !== undefined) return NOT_NAME.has(single) || PLURAL_PERSON_NOUNS.has(single.toLowerCase()) ? undefined : { subject: single.toLowerCase(), value: 1, isOrdinal: false };
  const person = described ?? headline ?? placed;
  if (person !== undefined) {
    const ordinal = ordinalOf(person.toLowerCase().split(/\s+/));
    return ordinal ? { subject: 'anon', value: ordinal, isOrdinal: true } : { subject: agedSubject(person), value: 1, isOrdinal: false };
  }
  if (relation !== undefined) {
    // One relative per item of the list, named by its last word ("his baby daughter" is one).
    const relatives = relation.toLowerCase().split(RELATION_LIST_SEPARATOR).map((item) => item.split(/\s+/).at(-1) ?? item);
    // kin in the plural count two each, as a lower bound ("his wife and children": at least three)
    const plural = relatives.filter((r) => PLURAL_KIN_SET.has(r)).length;
    return { subject: `relation:${relatives.join(',')}`, value: relatives.length + plural, isOrdinal: plural > 0 };
  }
  if (pair !== undefined || both !== undefined) return { subject: 'pair', value: 2, isOrdinal: false };
  if (pronoun !== undefined) return { subject: 'anon', value: 1, isOrdinal: false };
  return undefined;
}

/** The cue words of `BARE_OBJECT`'s verbs (see `scanCues`): a sentence without one is not scanned. */
const BARE_OBJECT_CUES: ReadonlySet<string> = new Set(['kill', 'shoot', 'shot', 'stab', 'wound', 'injur']);
/** Relatives a headline names without a determiner ("Man kills wife"): the person's relation (`relation:wife`), as "his wife" is. */
const BARE_RELATIVES: ReadonlySet<string> = new Set(['wife', 'husband', 'son', 'daughter', 'mother', 'father', 'girlfriend', 'boyfriend', 'brother', 'sister', 'grandmother', 'grandfather', 'grandson', 'granddaughter', 'nephew', 'niece', 'cousin', 'uncle', 'aunt', 'stepfather', 'stepmother', 'stepson', 'stepdaughter', 'friend', 'roommate', 'neighbor', 'neighbour']);
/**
 * A verb of a headline's present or past, then one person without a determiner: "Man kills wife",
 * "Father accidentally shoots son", "Deputy fatally shoots man" (killed), "Gunman wounds teen",
 * "fatally shoots girl, injures boy". Not a noun's use ("the shooting suspect", "a shot boy": no
 * finite verb), nor a participle after an adverb ("the critically injured officer",
 * `BARE_VERB_NOT_AFTER`), nor a possessive or compound after the person ("shoots son's dog", "kills
 * man-eating tiger").
 */
const BARE_OBJECT = new RegExp(
  String.raw`\b(?<verb>shoots|kills|stabs|wounds|injures|shot|killed|stabbed|wounded|injured)\s+(?<bare>${[...BARE_RELATIVES, 'man', 'woman', 'boy', 'girl', 'teen', 'teenager', 'child', 'toddler', 'baby', 'infant', 'officer', 'deputy', 'trooper', 'clerk', 'customer', 'employee', 'student', 'intruder', 'burglar', 'robber', 'homeowner', 'driver'].join('|')})\b(?![\w'’-])`,
  'dg',
);
/** Words right before `BARE_OBJECT`'s verb that make it no verb of the sentence: a determiner, a passive, an adverb of a participle ("the critically injured officer"). */
const BARE_VERB_NOT_AFTER = /\b(?:[Tt]he|[Aa]n?|was|were|been|being|(?!(?:accidentally|allegedly|fatally|mortally)\b)[a-z]+ly)\s+$/;

const GROUPS = ['describedList', 'list', 'full', 'single', 'described', 'headline', 'placed', 'bare', 'relation', 'pair', 'both', 'pronoun'] as const;

/** Offsets of the words naming the person in a match made with the `d` flag; the whole match otherwise. */
function subjectRange(m: RegExpExecArray): readonly [number, number] {
  for (const g of GROUPS) {
    const range = m.indices?.groups?.[g];
    if (range) return range;
  }
  return [m.index, m.index + m[0].length];
}

/**
 * Words after a person that say they survived, up to the end of the clause: "was also shot in his
 * leg and is expected to recover", "was shot and is in stable condition", "suffered a gunshot wound
 * that is not life-threatening". Note: stricter than `SURVIVED`, which also sets apart "another man".
 */
const SURVIVES = /^[^;:]*?\b(?:(?:stable|fair|good|satisfactory|improving) condition|treated and released|released from (?:the )?hospital|non-?\s?life[- ]threatening|not (?:considered |believed to be )?life[- ]threatening|(?:expected|likely) to (?:survive|recover|be (?:ok|okay|all right))|(?:is|was|are|were) (?:now )?recovering|survived)\b/;

/**
 * How far after a person the words that say they survived are read. Note: the clause ends at ";" or
 * ":" only, so in a sentence with neither the pattern ran to its end for every person shot: a
 * sentence of 89,000 characters and 3,000 people (adversarial text, no full stop) took 81 ms, a
 * quarter of it 7.6 ms.
 */
const SURVIVES_REACH = 300;

/** Whether the clause from `at` on, within `SURVIVES_REACH` characters, says the person survived (`SURVIVES`). */
function survivesAfter(text: string, at: number): boolean {
  return SURVIVES.test(text.slice(at, at + SURVIVES_REACH));
}

/** A count of the dead earlier in the sentence: "Two workers were shot and killed and (a third ...)". */
const DEAD_COUNT_BEFORE = /\b(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w'’-]+\s+){0,3}?(?:were|was|have been|had been|are)?\s*(?:(?:shot|stabbed) and killed|killed|dead|died)\b[^.;]*$/i;
const SMALL_NUMBERS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** The number of dead a sentence counts before a person (`DEAD_COUNT_BEFORE`), if it does. */
function deadBefore(before: string): number | undefined {
  const word = DEAD_COUNT_BEFORE.exec(before)?.[1]?.toLowerCase();
  return word === undefined ? undefined : (SMALL_NUMBERS[word] ?? Number.parseInt(word, 10));
}

/** A person said to be "among the dead" or "among those wounded" is one of several: a lower bound; "were both"/"were all": see below. */
function among(person: Person | undefined, verb: string): Person | undefined {
  if (!person) return person;
  if (/\bamong\b/.test(verb)) return { ...person, isOrdinal: true };
  // "Veronica Mercado and her 2-year-old child were both found dead": the verb counts two, whatever
  // of the subject was read; "Martin, Pierre Vann, 22 and Gregory Brown, 22, were all charged": more
  // than the one read, how many unsaid.
  if (person.value < 2 && /\bboth\b/.test(verb)) return { subject: 'pair', value: 2, isOrdinal: false };
  if (person.value < 2 && /\ball\b/.test(verb)) return undefined;
  return person;
}

/** Finds the people of one sentence that are killed, injured, shot or detained. */
export function extractPersonClaims(
  view: SentenceView,
  make: (kind: ClaimKind, start: number, end: number, value: number, qualifier: Qualifier, interval: Interval, subject: string) => Claim,
): Claim[] {
  const text = view.sentence.text;
  const base = view.sentence.start;
  const claims: Claim[] = [];
  const seen = new Set<string>();
  const covered = view.covered;
  // `from`: where the person's words start when they begin before the match ("a mother and a grandmother").
  let isTitle: boolean | undefined;
  // `to`: where they end when they go on after the match ("son, self").
  const add = (given: ClaimKind, m: RegExpExecArray, found: Person | undefined, offset = 0, from?: number, to?: number) => {
    if (!found) return;
    // One shot whose own clause says they survived is one of the injured, not maybe one of the dead.
    const kind = given === 'shot' && survivesAfter(text, offset + m.index) ? 'injured' : given;
    if (covered?.has(kind)) return;
    const groups = m.groups ?? {};
    const isName = groups['full'] !== undefined || groups['single'] !== undefined;
    let person = isName ? unnamedInTitle(found, groups, (isTitle ??= isTitleCase(text))) : found;
    if (!person) return;
    // "A man ... has died, and a second victim was found dead": the second is one more, not the man again.
    const key = person.isOrdinal ? `${kind}\u0000${person.subject}#${person.value}` : `${kind}\u0000${person.subject}`;
    if (seen.has(key)) return;
    seen.add(key);
    // "Two workers were shot and killed and a third was wounded": the third is the one wounded, after the two dead.
    if (person.isOrdinal && (kind === 'injured' || kind === 'shot') && deadBefore(text.slice(0, offset + m.index)) === person.value - 1) person = { ...person, value: 1, isOrdinal: false };
    const qualifier: Qualifier = person.isOrdinal ? 'at-least' : 'exact';
    const interval: Interval = person.isOrdinal ? [person.value, null] : [person.value, person.value];
    // The claim's number words are the person's own words ("a second man"), not the verb.
    const [start, end] = subjectRange(m);
    claims.push(make(kind, base + offset + (from ?? start), base + offset + (to ?? end), person.value, qualifier, interval, person.subject));
  };
  // Note: a kind a stated number of the sentence gives is skipped: its people would be dropped anyway.
  // Note: a pattern runs only where one of its cue words is found (`PATTERN_CUES`).
  const hasWord = (words: ReadonlySet<string>) => view.hits === undefined || hasCue(view.hits, words);
  // Note: a match of a verb pattern holds a cue word of its family (`FAMILY_CUES`), so a scan stops
  // where none is left after it: the last match is then not followed by a scan of the rest of the
  // sentence. Only where the cue offsets are the text's (`view.lower`: lowercasing kept every offset).
  const hasWordFrom = (words: ReadonlySet<string>, at: number) =>
    view.hits === undefined || view.lower === undefined || hasCue(view.hits, words, base + at);
  const hasWordAtAll = (words: ReadonlySet<string>) => hasWordFrom(words, 0);
  // "A 16-year-old boy accidentally shot himself in the leg": the one before the verb is shot (not
  // "fatally shot himself", a suicide, nor "shot his wife and himself", read as the wife).
  const addShotSelf = (v: RegExpExecArray) => {
    SELF_AT.lastIndex = v.index + v[0].length;
    if (!SELF_AT.test(text) || FATALLY_BEFORE.test(text.slice(Math.max(0, v.index - 12), v.index))) return;
    const from = Math.max(0, v.index - SUBJECT_REACH);
    const m = (from === 0 ? SUBJECT_OPENING_BEFORE : SUBJECT_BEFORE).exec(text.slice(from, v.index));
    if (m) add('shot', m, personOf(m.groups ?? {}), from);
  };
  // "kills 5-year-old son, self", "killed her child and then herself": the one who killed died too;
  // one claim of both (`withself:` and the people's subject), which adds no one named to the report.
  // `m` is the match of the people killed, `from` where their words start.
  const addKillerToo = (m: RegExpExecArray, person: Person, from: number) => {
    AND_SELF_AT.lastIndex = m.index + m[0].length;
    const self = AND_SELF_AT.exec(text);
    if (self) add('killed', m, { subject: `withself:${person.subject}`, value: person.value + 1, isOrdinal: person.isOrdinal }, 0, from, self.index + self[0].length);
  };
  for (const [kind, verb, words] of PASSIVE_VERB) {
    if (!view.cues.has(kind) || covered?.has(kind) || !hasWord(words)) continue;
    verb.lastIndex = 0;
    let v: RegExpExecArray | null;
    while ((v = verb.exec(text)) !== null) {
      // "both have been arrested previously", "had been arrested twice before": a record, not the event.
      if (kind === 'detained' && PRIOR_RECORD_AT.test(text.slice(v.index + v[0].length, v.index + v[0].length + 40))) continue;
      // "a man who had been critically wounded died at the hospital": the wounded man is among the dead.
      if ((kind === 'injured' || kind === 'shot') && diesRightAfter(text, v.index + v[0].length)) continue;
      // "A man, who also suffered gunshot wounds, was airlifted to the medical center where he later died": one of the dead.
      if (kind === 'injured' && diesWhereAfter(text, v.index + v[0].length)) continue;
      const from = Math.max(0, v.index - SUBJECT_REACH);
      const isSingular = SINGULAR_VERB.test(v[0]);
      // "He's charged": the subject ends right at the contraction, where the patterns want a space.
      const before = isApostrophe(text.charCodeAt(v.index)) ? `${text.slice(from, v.index)} ` : text.slice(from, v.index);
      const m = (from === 0 ? (isSingular ? SUBJECT_OPENING_BEFORE : SUBJECTS_OPENING_BEFORE) : isSingular ? SUBJECT_BEFORE : SUBJECTS_BEFORE).exec(before);
      // "wounds on Magnolia had been...": a name right after a preposition is a place, not a subject.
      if (m && (m.groups?.['full'] !== undefined || m.groups?.['single'] !== undefined) && AFTER_PREPOSITION.test(text.slice(Math.max(0, from + m.index - 12), from + m.index))) continue;
      // "The vigil honored Javon Booker, who was killed in a robbery": one remembered, mostly of another event.
      if (m && isHonoredAt(text, from + m.index)) continue;
      // "Smith, who died in 2019, had four children": a death told in passing is the person's story,
      // not a count; a killing so told is one ("Fells, who was killed").
      if (m && RELATIVE_AFTER_SUBJECT.test(m[0]) && BARE_DEATH.test(v[0])) continue;
      // "a 7-year-old girl was among the dead": one of more, at least one
      if (m) add(kind, m, among(personOf(m.groups ?? {}), v[0]), from);
      else if (isSingular && hasRoleWord(before)) {
        const r = ROLE_SUBJECT_BEFORE.exec(before);
        if (r) add(kind, r, among(personOf(r.groups ?? {}), v[0]), from);
      }
      if (!hasWordFrom(FAMILY_CUES[kind], verb.lastIndex)) break;
    }
  }
  const killedByResult = view.cues.has('killed') && !covered?.has('killed') && hasWord(DEAD_RESULT_CUES);
  if (killedByResult) for (const m of objectsThen(text, HARM_VERB, DEAD_RESULT_AT)) add('killed', m, personOf(m.groups ?? {}));
  for (const [kind, verb, words] of ACTIVE_VERB) {
    if (!view.cues.has(kind) || covered?.has(kind) || !hasWord(words)) continue;
    verb.lastIndex = 0;
    let v: RegExpExecArray | null;
    while ((v = verb.exec(text)) !== null) {
      // "the attempted murder of Childress", "tried to kill his wife": no one was killed.
      if (ATTEMPT_BEFORE.test(text.slice(Math.max(0, v.index - 24), v.index))) continue;
      // "fatally shoots his father": one of the killed (read by the killed verbs), not one shot who may have lived.
      if (kind === 'shot' && FATALLY_BEFORE.test(text.slice(Math.max(0, v.index - 12), v.index))) continue;
      OBJECT_AT.lastIndex = v.index + v[0].length;
      const m = OBJECT_AT.exec(text);
      const person = m ? personOf(m.groups ?? {}) : undefined;
      // "shot him dead": one of the killed (read above), not one shot who may have lived
      if (m && kind === 'shot' && killedByResult) {
        DEAD_RESULT_AT.lastIndex = m.index + m[0].length;
        if (DEAD_RESULT_AT.test(text)) continue;
      }
      if (m) add(kind, m, person);
      else {
        const objectAt = v.index + v[0].length;
        ROLE_OBJECT_AT.lastIndex = objectAt;
        const r = hasRoleWord(text.slice(objectAt, objectAt + ROLE_OBJECT_REACH)) ? ROLE_OBJECT_AT.exec(text) : null;
        if (r) add(kind, r, personOf(r.groups ?? {}));
        else if (kind === 'shot') addShotSelf(v);
      }
      if (m && person && kind === 'killed') addKillerToo(m, person, m.index);
      if (!hasWordFrom(FAMILY_CUES[kind], verb.lastIndex)) break;
    }
  }
  // "Man kills wife", "Father shoots son in the shoulder": a headline's person without a determiner.
  BARE_OBJECT.lastIndex = 0;
  for (let m = hasWordAtAll(BARE_OBJECT_CUES) ? BARE_OBJECT.exec(text) : null; m !== null; m = BARE_OBJECT.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    if (BARE_VERB_NOT_AFTER.test(before)) continue;
    const verb = (m.groups?.['verb'] ?? '').toLowerCase();
    const kind: PersonKind = verb.startsWith('kill') || FATALLY_BEFORE.test(before) ? 'killed' : verb.startsWith('wound') || verb.startsWith('injur') ? 'injured' : 'shot';
    if (!view.cues.has(kind) && !(kind === 'shot' && view.cues.has('injured'))) continue;
    const noun = (m.groups?.['bare'] ?? '').toLowerCase();
    const person: Person = { subject: BARE_RELATIVES.has(noun) ? `relation:${noun}` : 'anon', value: 1, isOrdinal: false };
    add(kind, m, person);
    // "Man kills wife, then himself"
    if (kind === 'killed') addKillerToo(m, person, m.indices?.groups?.['bare']?.[0] ?? m.index);
  }
  // "were shot and killed and a 12-year-old girl wounded", "one person is dead and a teen injured":
  // the wounded person of a coordination that leaves out its verb.
  if (view.cues.has('injured') && !covered?.has('injured') && hasWord(ELLIPTIC_INJURED_CUES)) {
    for (const m of objectsThen(text, DEATH_AND, INJURED_AFTER_AT)) add('injured', m, personOf(m.groups ?? {}));
  }
  if ((view.cues.has('injured') || view.cues.has('shot')) && text.includes(' have been ')) {
    HEDGED.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = HEDGED.exec(text)) !== null) {
      const kind: PersonKind = m.groups?.['injured'] !== undefined ? 'injured' : 'shot';
      const n = ORDINAL[m.groups?.['ordinal'] ?? ''] ?? 2;
      const [start, end] = subjectRange(m);
      if (!covered?.has(kind)) claims.push(make(kind, base + start, base + end, n - 1, 'range', [n - 1, n], 'anon'));
    }
  }
  if (view.cues.has('detained') && !covered?.has('detained')) {
    let m: RegExpExecArray | null;
    if (hasWordAtAll(BARE_DETAINED_CUES)) {
      BARE_DETAINED.lastIndex = 0;
      if ((m = BARE_DETAINED.exec(text)) !== null) add('detained', m, personOf(m.groups ?? {}));
      BARE_NAME_DETAINED.lastIndex = 0;
      if ((m = BARE_NAME_DETAINED.exec(text)) !== null) add('detained', m, personOf(m.groups ?? {}));
    }
    POLICE_ARREST.lastIndex = hasWord(POLICE_ARREST_CUES) ? 0 : text.length;
    let v: RegExpExecArray | null;
    while ((v = POLICE_ARREST.exec(text)) !== null) {
      OBJECT_AT.lastIndex = v.index + v[0].length;
      BARE_OBJECT_AT.lastIndex = v.index + v[0].length;
      ROLE_OBJECT_AT.lastIndex = v.index + v[0].length;
      m = OBJECT_AT.exec(text) ?? BARE_OBJECT_AT.exec(text) ?? ROLE_OBJECT_AT.exec(text);
      if (m) add('detained', m, personOf(m.groups ?? {}));
    }
    TOOK_VERB.lastIndex = hasWord(CUSTODY_CUES) ? 0 : text.length;
    while ((v = TOOK_VERB.exec(text)) !== null) {
      OBJECT_AT.lastIndex = v.index + v[0].length;
      m = OBJECT_AT.exec(text);
      if (m && INTO_CUSTODY.test(text.slice(m.index + m[0].length, m.index + m[0].length + 100))) add('detained', m, personOf(m.groups ?? {}));
    }
  }
  if ((view.cues.has('other') || view.cues.has('killed') || view.cues.has('injured')) && /\b(?:left|leaving|leaves|found|located|discovered)\b/.test(text)) {
    LEFT_VERB.lastIndex = 0;
    let v: RegExpExecArray | null;
    while ((v = LEFT_VERB.exec(text)) !== null) {
      // Each person after "left": "a girl dead and her grandmother wounded"; people joined by "and"
      // share the predicate after the last of them: "leaving a mother and a grandmother dead" (2).
      let at = v.index + v[0].length;
      for (let k = 0; k < 3; k++) {
        OBJECT_AT.lastIndex = at;
        let m = OBJECT_AT.exec(text);
        if (!m) break;
        let rest = text.slice(m.index + m[0].length, m.index + m[0].length + 64);
        const joined: RegExpExecArray[] = [m];
        for (let and = JOINED_PERSON.exec(rest); and !== null && joined.length < 4; and = JOINED_PERSON.exec(rest)) {
          OBJECT_AT.lastIndex = m.index + m[0].length + and[0].length;
          let next = OBJECT_AT.exec(text);
          // "a father and daughter dead": the second person without its article.
          if (!next) {
            BARE_PERSON_AT.lastIndex = m.index + m[0].length + and[0].length;
            next = BARE_PERSON_AT.exec(text);
          }
          if (!next) break;
          joined.push((m = next));
          rest = text.slice(m.index + m[0].length, m.index + m[0].length + 64);
        }
        const hit = LEFT_PREDICATE.find(([, re]) => re.test(rest));
        if (!hit) break;
        const people = joined.map((j) => personOf(j.groups ?? {}));
        if (people.length > 1 && people.every((p) => p !== undefined)) {
          const first = joined[0]!;
          add(hit[0], m, { subject: `list:${people.map((p) => p?.subject).join(',')}:${first.index}`, value: people.reduce((sum, p) => sum + (p?.value ?? 0), 0), isOrdinal: false }, 0, first.index);
        } else add(hit[0], m, personOf(m.groups ?? {}));
        const and = /^\s+\w+(?:\s+\w+)?\s*,?\s+and\s+/.exec(rest);
        if (!and) break;
        at = m.index + m[0].length + and[0].length;
      }
    }
  }
  if (view.cues.has('injured') || view.cues.has('shot')) {
    let m: RegExpExecArray | null;
    // Only a headline, which ends without a full stop ("Orangeburg man shot while hunting"); the verb
    // of its opening person is near the start (a kicker, three words, the person). Note: running text
    // opens with an article ("A man shot in the leg said ..."), which the patterns do not take.
    if (!SENTENCE_END.test(text) && (view.hits === undefined || hasCue(view.hits, BARE_INJURED_CUES, base, base + BARE_REACH))) {
      BARE_INJURED.lastIndex = 0;
      if ((m = BARE_INJURED.exec(text)) !== null) add('injured', m, personOf(m.groups ?? {}));
      else {
        BARE_SHOT.lastIndex = 0;
        if ((m = BARE_SHOT.exec(text)) !== null) add('shot', m, personOf(m.groups ?? {}));
      }
    }
    BULLET_GRAZED.lastIndex = hasWord(GRAZE_CUES) ? 0 : text.length;
    while ((m = BULLET_GRAZED.exec(text)) !== null) add('injured', m, personOf(m.groups ?? {}));
    // "the injured child was brought to the hospital", "a wounded man was found": not one who then died.
    // "the injured child", "a wounded man" (a cheap test first); then "a man wounded in the shooting",
    // "a 2-year-old child injured during the incident".
    const wounded: { m: RegExpExecArray; offset: number; after: number }[] = [];
    if (hasWord(ELLIPTIC_INJURED_CUES)) {
      if (WOUNDED_ADJECTIVE_GATE.test(text)) {
        WOUNDED_PERSON.lastIndex = 0;
        while ((m = WOUNDED_PERSON.exec(text)) !== null) wounded.push({ m, offset: 0, after: m.index + m[0].length });
      }
      wounded.push(...peopleBefore(text, WOUNDED_PARTICIPLE));
    }
    for (const { m: w, offset, after } of wounded) {
      // "A woman wounded in the attack died two days later": one of the dead.
      const died = diesRightAfter(text, after) || diesWhereAfter(text, after);
      if (!died) add('injured', w, personOf(w.groups ?? {}), offset);
      else if (view.cues.has('killed')) add('killed', w, personOf(w.groups ?? {}), offset);
    }
  }
  // "One victim died and the other was wounded": the other of two people, one more of its kind.
  if (text.includes('he other ')) {
    THE_OTHER.lastIndex = 0;
    for (let o = THE_OTHER.exec(text); o !== null; o = THE_OTHER.exec(text)) {
      const kind = OTHER_KIND[(o.groups?.['verb'] ?? '').toLowerCase()];
      if (kind && view.cues.has(kind === 'shot' ? 'shot' : kind)) add(kind, o, { subject: 'anon:the-other', value: 1, isOrdinal: false });
    }
  }
  // "One of the victims died": at least one.
  if (text.includes('ne of ')) {
    ONE_OF.lastIndex = 0;
    for (let o = ONE_OF.exec(text); o !== null; o = ONE_OF.exec(text)) {
      const kind = oneOfKind(o.groups?.['verb'] ?? '');
      if (view.cues.has(kind === 'shot' ? 'shot' : kind)) add(kind, o, { subject: 'anon:one-of', value: 1, isOrdinal: true });
    }
  }
  if (!view.cues.has('killed')) return claims;
  PRONOUNCED.lastIndex = hasWord(PRONOUNCED_CUES) ? 0 : text.length;
  let m: RegExpExecArray | null;
  while ((m = PRONOUNCED.exec(text)) !== null) {
    if (m.groups?.['full'] !== undefined && !/\b(?:pronounced|declared|found|left|lay|was|were|is)\s+$/.test(text.slice(0, m.index + m[0].length - (m.groups['full'].length + 5)))) continue;
    add('killed', m, personOf(m.groups ?? {}));
  }
  // "The slain teenager", "his slain daughter"
  if (hasWord(SLAIN_CUES) && SLAIN_GATE.test(text)) {
    SLAIN_PERSON.lastIndex = 0;
    while ((m = SLAIN_PERSON.exec(text)) !== null) if (!isHonoredAt(text, m.index)) add('killed', m, personOf(m.groups ?? {}));
  }
  // "the deputy killed in the line of duty", "The man killed was identified as ...", "a 16-year-old boy shot and killed late Friday".
  for (const { m: k, offset } of hasWord(KILLED_PERSON_CUES) ? peopleBefore(text, KILLED_PARTICIPLE) : []) {
    // "Swift was the fourth teenager killed in 2017", "the 12th person shot and killed by officers this year": a tally, not this event's toll.
    // "A vigil honored a man killed in a shooting last week": one remembered, mostly of another event.
    const person = personOf(k.groups ?? {});
    if (person && !person.isOrdinal && !isHonoredAt(text, offset + k.index)) add('killed', k, person, offset);
  }
  const isHeadline = !SENTENCE_END.test(text);
  if (isHeadline) {
    BARE_NAME_KILLED.lastIndex = 0;
    if ((m = BARE_NAME_KILLED.exec(text)) !== null) add('killed', m, personOf(m.groups ?? {}));
  }
  // Past a headline's start: "Services set for Malin boy who died of gunshot wound", "... after girl, 15, is killed by gunmen".
  HEADLINE_KILLED.lastIndex = isHeadline && hasWordAtAll(HEADLINE_KILLED_CUES) ? 0 : text.length;
  while ((m = HEADLINE_KILLED.exec(text)) !== null) add('killed', m, personOf(m.groups ?? {}) ?? { subject: 'anon', value: 1, isOrdinal: false });
  BARE_KILLED.lastIndex = hasWordAtAll(BARE_KILLED_CUES) ? 0 : text.length;
  while ((m = BARE_KILLED.exec(text)) !== null) {
    // "5th person dies after murder-suicide": at least five killed.
    // "Fourth grader dies": a school year, not a count (see `ordinalOf`).
    const ordinal = /\bgraders?$/i.test(m.groups?.['described'] ?? '') ? undefined : m.groups?.['ordinal']?.toLowerCase();
    const value = ordinal === undefined ? 1 : ORDINAL[ordinal] ?? Number.parseInt(ordinal, 10);
    // one described by age is the person the passive patterns read ("VA 2-year-old dies": one claim)
    add('killed', m, ordinal === undefined ? (personOf(m.groups ?? {}) ?? { subject: 'anon', value: 1, isOrdinal: false }) : { subject: 'anon', value, isOrdinal: true });
  }
  // "found a body", "the body of a man was found": someone unknown died.
  BODY_FOUND.lastIndex = hasWord(BODY_CUES) ? 0 : text.length;
  while ((m = BODY_FOUND.exec(text)) !== null) add('killed', m, { subject: 'anon', value: 1, isOrdinal: false });
  // Every suicide phrase holds "self" (himself, herself, self-inflicted) or "own life".
  SUICIDE.lastIndex = text.includes('self') || text.includes('own life') ? 0 : text.length;
  while ((m = SUICIDE.exec(text)) !== null) add('killed', m, { subject: selfSubject(text.slice(0, m.index)), value: 1, isOrdinal: false });
  return claims;
}
