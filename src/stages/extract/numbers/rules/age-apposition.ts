import { CARDINAL_WORDS, MONTHS, VERBS_AFTER_AGES, WEEKDAYS } from '../../../../locales/en/numbers.js';
import { PERSON_NOUNS } from '../../../../locales/en/claims.js';
import { isLetterCode, isUpperAt, skipBlanksBack, wordBefore } from '../text.js';
import type { RoleRule } from '../types.js';
import { continuesList } from '../list.js';

/** Plural nouns of `PERSON_NOUNS` that name no people to give ages of. */
const NOT_PEOPLE: ReadonlySet<string> = new Set(['deaths', 'homicides', 'murders', 'arrests', 'detentions', 'souls', 'lives', 'bodies', 'fatalities', 'casualties', 'members', 'nationals']);

/** What may follow an age in apposition: ", " ". " ";" ")" " and" or the end of a line. */
const AFTER_AGE = /(?:[,;)]|\.(?:\s|$)|[ \t]+(?:and|or)\b|[ \t]*(?:\r?\n|$))/y;

/** A verb right after the last age of a list whose closing comma was left out ("30 and 42 were injured"). */
const VERB_AFTER_LAST_AGE = new RegExp(String.raw`[ \t]+(?:${VERBS_AFTER_AGES.join('|')})\b`, 'y');

/** Determiners before a person noun in apposition: "the boy, 11,", "her husband, 30,". */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Plural nouns of people (not of deaths, arrests or bodies) that a count's ages may follow: "Two men, 22 and 25,". */
const COUNTED_PEOPLE: ReadonlySet<string> = new Set(
  PERSON_NOUNS.filter((noun) => !noun.includes(' ') && (noun.endsWith('s') || noun.endsWith('men') || noun === 'children' || noun === 'people') && !NOT_PEOPLE.has(noun)),
);

/**
 * True when the word ending at `end` is a name (capitalized, not a month or weekday) or a
 * noun after a determiner ("the waitress").
 */
function isNameBefore(text: string, end: number): boolean {
  let i = end;
  if (text.charCodeAt(i - 1) === 46) i--; // "Smith Jr., 48"
  const wordEnd = i;
  while (i > 0 && (isLetterCode(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 39 || text.charCodeAt(i - 1) === 0x2019)) i--;
  if (i === wordEnd) return false;
  if (!isUpperAt(text, i)) {
    const determiner = wordBefore(text, i);
    if (determiner === undefined || determiner.dot) return false;
    if (DETERMINERS.has(determiner.lower)) return true;
    // "Two men, 22 and 25, were shot": a count of people, then their ages.
    return COUNTED_PEOPLE.has(text.slice(i, wordEnd).toLowerCase()) && (CARDINAL_WORDS.has(determiner.lower) || /^\d{1,3}$/.test(determiner.text));
  }
  const word = text.slice(i, wordEnd).toLowerCase();
  return !MONTHS.has(word) && !WEEKDAYS.has(word);
}

/**
 * Ages in apposition after a name or a determined noun: "Tammy Pearce, 54, Paul Pearce, 28,
 * and ...", "the boy, 11, appeared" and "John Smith (48)"; after a count of people, as a list: "Two
 * men, 22 and 25, were shot". A whole number from 1 to 120, written in digits, directly after
 * "Name, " and followed by a comma, a full stop, ";", "and", or the end of the line.
 *
 * @example
 * // "Selby Gene Outland, 47, and" -> { text: '47', role: 'age', rule: 'en/number/age-apposition' }
 */
export const ageAppositionRule: RoleRule = {
  id: 'en/number/age-apposition',
  apply(text, reading, previous) {
    if (reading.form !== 'digits' || reading.qualifier !== 'exact' || reading.prefix !== '' || reading.suffix !== '') return undefined;
    if (reading.plainLength === 0 || reading.plainLength > 3 || reading.value < 1 || reading.value > 120 || reading.hasPercentSign) return undefined;
    const start = reading.spanStart;
    const end = reading.spanEnd;
    // "Two men, 22 and 25, were shot", "three women, 19, 20 and 24,": the rest of a list of ages in apposition.
    if (previous?.role === 'age' && previous.roleRule === this.id && continuesList(text, previous, reading)) {
      AFTER_AGE.lastIndex = end;
      if (AFTER_AGE.test(text)) return 'age';
      // the last of the list, its closing comma left out: "two males, 30 and 42 were injured"
      VERB_AFTER_LAST_AGE.lastIndex = end;
      return VERB_AFTER_LAST_AGE.test(text) ? 'age' : undefined;
    }
    if (text.charCodeAt(start - 1) === 40 && text.charCodeAt(end) === 41) {
      // "John Smith (48)"
      const beforeParen = skipBlanksBack(text, start - 1);
      return beforeParen < start - 1 && isNameBefore(text, beforeParen) ? 'age' : undefined;
    }
    const beforeBlanks = skipBlanksBack(text, start);
    if (beforeBlanks === start || text.charCodeAt(beforeBlanks - 1) !== 44) return undefined;
    if (!isNameBefore(text, beforeBlanks - 1)) return undefined;
    AFTER_AGE.lastIndex = end;
    return AFTER_AGE.test(text) ? 'age' : undefined;
  },
};
