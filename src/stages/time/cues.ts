import { OTHER_HAPPENING_SOURCE } from '../../locales/en/claims.js';
import { AFTERMATH_SOURCE, BACKGROUND_SOURCE, COMMEMORATION_SOURCE, DEATH_SOURCE, HAPPENING_NOUN_SOURCE, REPORT_VERB_SOURCE, SAYING_VERB_SOURCE, SUPERLATIVE_SOURCE, VIOLENCE_SOURCE } from '../../locales/en/dates.js';

const VIOLENCE = new RegExp(`\\b${VIOLENCE_SOURCE}`, 'i');
const DEATH = new RegExp(`\\b${DEATH_SOURCE}`, 'i');
/** One of `verbs`, then at most two words, at the end of the text: right before a date ("police said late Wednesday"). */
const verbBefore = (verbs: string): RegExp => new RegExp(`\\b${verbs}(?:\\s+[\\w'’]+){0,2}\\s*(?:on\\s+)?$`, 'i');
/** A report verb right before a date ("police said late Wednesday", "was arrested Friday"). */
const REPORT_BEFORE = verbBefore(REPORT_VERB_SOURCE);
/** A verb of saying right before a date ("authorities said Wednesday"). */
const SAID_BEFORE = verbBefore(SAYING_VERB_SOURCE);
/** A violence word earlier in the same clause ("was shot and killed early Sunday"). */
const VIOLENCE_BEFORE = new RegExp(`\\b${VIOLENCE_SOURCE}[^,;:]*$`, 'i');
/** A proceeding right after a date ("his Saturday arraignment", "Monday's hearing"). */
const PROCEEDING_AFTER = new RegExp(`^(?:['’]s)?\\s+(?:\\w+\\s+)?${AFTERMATH_SOURCE}`, 'i');
const AFTERMATH = new RegExp(`\\b${AFTERMATH_SOURCE}`, 'i');
const COMMEMORATION = new RegExp(`\\b${COMMEMORATION_SOURCE}`, 'i');
const OTHER_HAPPENING = new RegExp(OTHER_HAPPENING_SOURCE, 'i');

/** Whether a sentence reports violence ("shot", "killed", "opened fire", "massacre"). @example isViolent('He was shot twice.') === true */
export function isViolent(sentence: string): boolean {
  return VIOLENCE.test(sentence);
}

/** Whether a sentence reports a death ("died", "dead", "victims"). @example reportsDeath('He died Thursday.') === true */
export function reportsDeath(sentence: string): boolean {
  return DEATH.test(sentence);
}

/** Whether a sentence reports later proceedings ("arraigned", "funeral", "court"). @example isAftermath('He was arraigned Monday.') === true */
export function isAftermath(sentence: string): boolean {
  return AFTERMATH.test(sentence);
}

const BACKGROUND = new RegExp(`\\b${BACKGROUND_SOURCE}`, 'i');

/** Whether a sentence tells a person's past as background ("linked to robberies as recently as the day before"). @example isBackground('He was wanted for robbery.') === true */
export function isBackground(sentence: string): boolean {
  return BACKGROUND.test(sentence);
}

/** Whether a sentence commemorates ("marked the 30th anniversary", "honor the memory"). @example isCommemoration('They marked the anniversary.') === true */
export function isCommemoration(sentence: string): boolean {
  return COMMEMORATION.test(sentence);
}

/**
 * Whether the words before a date tell of another happening than the main one ("In a separate
 * incident on Monday", "after a smaller blast in Mosul on"): the date is that happening's.
 * @example isOtherHappening('In a separate incident on ') === true
 */
export function isOtherHappening(before: string): boolean {
  return OTHER_HAPPENING.test(before);
}

/**
 * Whether the words right before a date make it the day of a report or a proceeding
 * ("police said Wednesday", "was arrested Friday", "told reporters Tuesday").
 * @example reportedBefore('authorities said ') === true
 */
export function reportedBefore(before: string): boolean {
  return REPORT_BEFORE.test(before);
}

/**
 * Whether the words right before a date make it the day something was said ("authorities said
 * Wednesday", "told reporters Tuesday"); not "was arrested Friday" (see `reportedBefore`).
 * @example saidBefore('authorities said ') === true
 */
export function saidBefore(before: string): boolean {
  return SAID_BEFORE.test(before);
}

/** A date opening its sentence ("On Monday, ", "Saturday afternoon, "): nothing but "On" before it. */
const OPENING = /^\W*(?:on\s+)?$/i;
/** A subject of a few words and a verb of saying after an opening date's comma: "On Monday, police said". */
const SUBJECT_SAID_AFTER = new RegExp(`^\\s*,\\s*(?:[\\w'’.-]+\\s+){1,4}?${SAYING_VERB_SOURCE}`, 'i');
/** "on" right before a date, after its subject: "Police on Saturday also reported". */
const ON_BEFORE = /\bon\s+$/i;
/** A verb of saying right after a date: "on Saturday also reported", "on Saturday night said", "on Sunday identified". */
const SAID_RIGHT_AFTER = new RegExp(`^\\s+(?:also\\s+)?(?:${SAYING_VERB_SOURCE}|identified|named)`, 'i');

/**
 * Whether the words around a date make it the day something was said, the verb coming after it:
 * a date opening its sentence before its subject and verb ("On Monday, police said"), or one after
 * its subject and "on" ("Police on Saturday also reported a Friday afternoon shooting"). `before`
 * is the sentence up to the date. Not "five people were shot early Sunday morning said he": the
 * date ends a clause of its own there.
 * @example saidAfter('Police on ', ' also reported a Friday afternoon shooting') === true
 * @example saidAfter('where five people were shot early ', ' said he regretted') === false
 */
export function saidAfter(before: string, after: string): boolean {
  if (OPENING.test(before)) return SUBJECT_SAID_AFTER.test(after);
  return ON_BEFORE.test(before) && SAID_RIGHT_AFTER.test(after);
}

/**
 * Whether a violence word comes earlier in the same clause as a date ("was shot and killed early Sunday").
 * @example violenceBefore('The shooting happened just before 3:45 p.m. ') === true
 */
export function violenceBefore(before: string): boolean {
  return VIOLENCE_BEFORE.test(before);
}

/**
 * Wounds that killed later, right before a date: "died of his wounds on", "succumbed to her
 * injuries", "later died at the hospital". The date is that death's day, after the happening (the
 * wound came first). Not "died at a local hospital Sunday": the shot often die there the same day.
 */
const LATER_DEATH_BEFORE =
  /\b(?:(?:died|succumbed)\b[^,;:.]{0,30}?\b(?:of|from|to)\s+(?:his|her|their|the|its)\s+(?:\w+\s+)?(?:wounds?|injur(?:y|ies))|later\s+died|died\s+later)\b[^,;:.]{0,30}$/i;

/**
 * Whether the words right before a date make it the day a victim died of wounds received earlier.
 * @example laterDeathBefore('one man who died of his wounds on ') === true
 * @example laterDeathBefore('was shot and killed on ') === false
 */
export function laterDeathBefore(before: string): boolean {
  return LATER_DEATH_BEFORE.test(before);
}

/**
 * Whether a date names the day of a proceeding ("at his Saturday arraignment", "Monday's hearing").
 * @example proceedingAfter(' arraignment, according to') === true
 */
export function proceedingAfter(after: string): boolean {
  return PROCEEDING_AFTER.test(after);
}

/** "the deadliest days in the country ", "one of the worst attacks on the area ": a superlative or ordinal after "the", in the clause that ends at the date. */
const COMPARISON_BEFORE = new RegExp(`\\bthe\\s+${SUPERLATIVE_SOURCE}\\b[^,;:.!?]{0,60}$`, 'i');

/**
 * Whether the words right before a date make it the frame of a comparison ("one of the deadliest
 * days in the country this year", "the third attack on the area this year"): a superlative or an
 * ordinal after "the" in the same clause.
 * @example comparisonBefore('in one of the deadliest days in the country ') === true
 * @example comparisonBefore('gunmen killed 12 people ') === false
 */
export function comparisonBefore(before: string): boolean {
  return COMPARISON_BEFORE.test(before);
}

/** Words that link a date to a noun after them without the date naming it: "confessed early Sunday morning to shooting his daughter". */
const LINK_SOURCE = '(?:to|in|of|at|on|for|from|with|by|and|or|after|before|into|during)';
/** A possessive or a happening right after a date: "Sunday's attack", "the Jan. 5 shooting", "Friday's tragic events". */
const HAPPENING_NAMED_AFTER = new RegExp(`^(?:['’]s\\b|\\s+(?:(?!${LINK_SOURCE}\\s)[\\w'’-]+\\s+)?${HAPPENING_NOUN_SOURCE}\\b)`, 'i');
/** "of" right before a date: "the tragedy of January 20", "the night of ...". */
const OF_BEFORE = /\bof\s+$/i;

/**
 * Whether a date names a happening rather than timing its clause: "Sunday's attack", "the Jan. 5
 * shooting", "the tragedy of January 20". Note: read from the words next to it, not from the
 * mention's `attachment`, which also calls "over the weekend" a noun's (after "the"). `start` and
 * `end` are the date's offsets in `text`.
 *
 * @example namesHappening('after Sunday\'s attack', 6, 12) === true
 */
export function namesHappening(text: string, start: number, end: number): boolean {
  return HAPPENING_NAMED_AFTER.test(text.slice(end, end + 40)) || OF_BEFORE.test(text.slice(Math.max(0, start - 4), start));
}
