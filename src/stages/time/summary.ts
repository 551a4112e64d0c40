import { STOPWORDS } from '../../locales/en/dates.js';
import { isWhiteSpace } from '../extract/dates/rules/base.js';

/** Where a clause ends inside a sentence. */
const CLAUSE_BREAK = /[;:]\s|\s[\u2013\u2014-]\s|,\s+(?=(?:which|where|when|while|but|and then|who)\b)/g;
/** A date opening the sentence with its preposition and comma: "On January 20, 1990, ", "In the evening hours, ". */
const OPENING_PREPOSITION = /^(?:(?:first|then|later|and|but)\s*,?\s*)?(?:on|in|by|at|during|since|from|until|after|before)?\s*(?:the\s+)?$/i;
/** Relative words and conjunctions a clause may start with ("which in 1918 first gained independence"). */
const LEADING_LINK = /^(?:which|where|who|when|that|and|but|while)\s+(?=\S)/i;
const LEADING_PUNCTUATION = /^[\s,;:.\u2013\u2014-]+/;
/** An outlet's tag left opening a sentence by a dateline: "(WMC)- ", "(AP) — ", "(KFOR) ", "(WSB-TV 2) "; its first word in capitals. */
const OUTLET_TAG = /^\([A-Z][A-Z0-9&.-]+(?:[ /][A-Za-z0-9&.-]+){0,3}\)\s*[-\u2013\u2014]*\s*/;
const TRAILING_PUNCTUATION = /[\s,;:\u2013\u2014-]+$/;
const MAX_SUMMARY = 180;
/** Whitespace other than single spaces. */
const SPACE_RUN = /\s\s|[\t\n\r\f\v\u00a0]/;
const SPACES = /\s+/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * A clause-length summary of what a sentence says happened at a date: the clause that holds the
 * date; when the date opens the sentence ("On January 20, 1990, the Soviet army suppressed ..."),
 * the rest of the sentence without it. At most 180 characters, cut at a word, first letter capitalized.
 *
 * @example summarize('On January 20, 1990, the Soviet army suppressed the opposition in Baku.', 3, 19)
 *   === 'The Soviet army suppressed the opposition in Baku'
 */
export function summarize(sentence: string, dateStart: number, dateEnd: number): string {
  let text: string;
  // Note: the comma after the date first: it is cheap, and most dates have none.
  if (isCommaAt(sentence, dateEnd) && OPENING_PREPOSITION.test(sentence.slice(0, dateStart))) text = clauseAt(sentence.slice(dateEnd), 0);
  else text = clauseAt(sentence, dateStart);
  // Note: each pattern only where its first (or last) character is: the end-anchored ones were
  // tried at every offset of the clause, and a `replace` that takes nothing still copies.
  if (text.length > 0 && isLeadingPunctuation(text.charCodeAt(0))) text = text.replace(LEADING_PUNCTUATION, '');
  if (text.charCodeAt(0) === 40) text = text.replace(OUTLET_TAG, '');
  if (mayOpenWithLink(text.charCodeAt(0))) text = text.replace(LEADING_LINK, '');
  if (text.length > 0 && isTrailingPunctuation(text.charCodeAt(text.length - 1))) text = text.replace(TRAILING_PUNCTUATION, '');
  if (text.endsWith('.')) text = text.slice(0, -1);
  if (SPACE_RUN.test(text)) text = text.replace(SPACES, ' ');
  if (text.length > MAX_SUMMARY) {
    const cut = text.lastIndexOf(' ', MAX_SUMMARY - 1);
    text = `${text.slice(0, cut > 40 ? cut : MAX_SUMMARY - 1)}\u2026`;
  }
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whether `text` from `at` is white space then a comma (`/^\s*,/`). */
function isCommaAt(text: string, at: number): boolean {
  while (at < text.length && isWhiteSpace(text.charCodeAt(at))) at++;
  return text.charCodeAt(at) === 44;
}

/** A character `LEADING_PUNCTUATION` takes: white space, `,;:.`, a dash. */
function isLeadingPunctuation(code: number): boolean {
  return code === 46 || isTrailingPunctuation(code);
}

/** A character `TRAILING_PUNCTUATION` takes: white space, `,;:`, a dash. */
function isTrailingPunctuation(code: number): boolean {
  return code === 44 || code === 59 || code === 58 || code === 45 || code === 0x2013 || code === 0x2014 || isWhiteSpace(code);
}

/** Whether a text opening with `code` may open with a word of `LEADING_LINK` (which, where, who, when, that, and, but, while). */
function mayOpenWithLink(code: number): boolean {
  const lower = code | 32;
  return lower === 119 || lower === 116 || lower === 97 || lower === 98; // w, t, a, b
}

/** A person's name (up to three capitalized words, group 1) and ", who" after it: the opening of `WHO_CLAUSE` and `WHO_OPEN`. */
const NAME_BEFORE_WHO = String.raw`((?:\p{Lu}[\p{L}'’.-]*\s){0,2}\p{Lu}[\p{L}'’-]*),\s+who`;
/**
 * A relative clause about a person set off by two commas: "Dale Finnegan, who was shot dead during a
 * traffic stop last weekend, " (the name before it, the clause, the closing comma), when a verb, an
 * auxiliary or a time's preposition follows ("was", "on Thursday demanded"), not a participle of an
 * aside (", located just west of"). Not a thousands
 * separator's comma ("12,000"), nor the commas of a town and its state ("lived in Flintstone,
 * Georgia, was"; "at a Mukilteo, Washington, house party" closes no clause).
 */
const WHO_CLAUSE = new RegExp(String.raw`${NAME_BEFORE_WHO}\s+((?:[^,;:]|,(?=\d{3}\b)|,\s(?=\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?,))+),\s+(?=(?:was|were|is|are|has|had|have|will|would|could|can|may|might|must|did|does|also|then|later|still|now|on|in|at|during|last|this|early|late|told|said|saw|heard|ran|went|came|took|gave|made|got|left|fled|shot|hit|found|kept|held|brought|thought|felt|knew|became|began|spent|sent|stood|wrote|led|met|paid|put|won|lost|fell|drove|(?!(?:located|based|named|called|dubbed|identified|described|listed|pictured|seen|aged)\b)\p{Ll}+ed|\p{Ll}+s)\b)`, 'gu');

/**
 * The clause of `text` around offset `at`, with a person's relative clause told apart: a date
 * inside it gives that clause with the person named ("Dale Finnegan was shot dead ... last
 * weekend"); a date outside it, the sentence without it ("The family of Dale Finnegan on Thursday
 * demanded the release of the footage").
 */
function clauseAt(text: string, at: number): string {
  if (!text.includes(', who ')) return plainClauseAt(text, at);
  WHO_CLAUSE.lastIndex = 0;
  for (let m = WHO_CLAUSE.exec(text); m !== null; m = WHO_CLAUSE.exec(text)) {
    // the name ends at `from`; the clause after "who" starts at `inner`; the closing comma and its blanks end at `to`
    const from = m.index + m[1]!.length;
    const inner = m.index + m[0].indexOf(m[2]!, m[1]!.length);
    const to = m.index + m[0].length;
    if (at >= inner && at < to) return isPersonBefore(text, m.index, m[2]!) ? `${m[1]} ${m[2]}` : m[2]!;
    if (at >= to) return plainClauseAt(text.slice(0, from) + ' ' + text.slice(to), at - (to - from) + 1);
    if (at < from) return plainClauseAt(text.slice(0, from) + ' ' + text.slice(to), at);
  }
  // A clause no comma closes ("Jordan Ebner, who was killed at a house party on Saturday."): the
  // person named, then the clause.
  const clause = plainClauseAt(text, at);
  if (!clause.startsWith('who ')) return clause;
  WHO_OPEN.lastIndex = 0;
  let name: string | undefined;
  let start = 0;
  for (let m = WHO_OPEN.exec(text); m !== null && m.index < at; m = WHO_OPEN.exec(text)) [name, start] = [m[1], m.index];
  if (name === undefined || !isPersonBefore(text, start, clause.slice(4))) return clause;
  // "Mayor Stephanie Rawlings-Blake, who returned to City Hall this morning ..., Batts defended": the
  // clause ends before the main clause's subject.
  const own = clause.slice(4);
  const close = SUBJECT_AFTER_COMMA.exec(own);
  return `${name} ${close === null ? own : own.slice(0, close.index)}`;
}

/** A comma and a capitalized name with a lowercase word after it ("Batts defended"; not a state's ", Washington, house party"): the main clause's subject after a relative clause. */
const SUBJECT_AFTER_COMMA = /,\s+(?=\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?\s\p{Ll})/u;

/** A place's preposition before a name ("a teen from Northview Heights, who is charged", "Denzel Glover, 16, of Northview Heights, who": the teen is). */
const PLACE_PREPOSITION_BEFORE = /\b(?:from|in|at|near|on|to|and)\s+$|,\s*of\s+$/;
/** A verb of many people ("Anna Bui, Jake Long and Jordan Ebner, who were killed"). */
const PLURAL_VERB_FIRST = /^(?:were|are|have)\b/;

/**
 * Whether the name that ends before a relative clause ("Dale Finnegan, who ...") is the one person the
 * clause tells of: not after a place's preposition, nor of a list ("and Jordan Ebner, who were killed").
 */
function isPersonBefore(text: string, at: number, clause: string): boolean {
  return !PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, at - 8), at)) && !PLURAL_VERB_FIRST.test(clause);
}

/** A person's name before ", who" (see `WHO_CLAUSE`). */
const WHO_OPEN = new RegExp(String.raw`${NAME_BEFORE_WHO}\s`, 'gu');

/** The clause of `text` around offset `at` (`CLAUSE_BREAK`). */
function plainClauseAt(text: string, at: number): string {
  let start = 0;
  let end = text.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let match = CLAUSE_BREAK.exec(text); match; match = CLAUSE_BREAK.exec(text)) {
    if (match.index < at) start = match.index + match[0].length;
    else if (match.index > at) {
      end = match.index;
      break;
    }
  }
  let clause = text.slice(start, end);
  // A clause of a few words says too little: keep the sentence.
  if (hasFewerWords(clause, 4)) clause = text;
  // A long clause with the date near its end: keep the words leading up to the date.
  const local = at - (clause === text ? 0 : start);
  if (clause.length > MAX_SUMMARY && local > MAX_SUMMARY - 40) {
    const from = clause.indexOf(' ', Math.max(0, local - (MAX_SUMMARY - 60)));
    if (from > 0) clause = `\u2026${clause.slice(from + 1)}`;
  }
  return clause;
}

/** Whether a text has fewer than `n` words (runs of non-space characters); stops at the `n`th. */
function hasFewerWords(text: string, n: number): boolean {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const isSpace = text.charCodeAt(i) <= 32;
    if (!isSpace && !inWord && ++count >= n) return false;
    inWord = !isSpace;
  }
  return true;
}

/** Keys are cut to 30 bits: small integers, which V8 keeps unboxed (a set of boxed numbers is slow). */
const KEY_MASK = 0x3fffffff;
/** Keys of the stop words (see `contentWordKeys`). */
const STOPWORD_KEYS: ReadonlySet<number> = new Set([...STOPWORDS].map((word) => wordKey(word, word.length)));

function wordKey(word: string, length: number): number {
  let key = 0;
  for (let i = 0; i < length; i++) key = (key * 31 + word.charCodeAt(i)) & KEY_MASK;
  return key;
}

/**
 * Content words of a text, as numbers, for comparing what two sentences report: lower case, stop
 * words and one-letter words out, crude stems (the first six letters, so "armored"/"armoured"
 * differ but "killing"/"killed" meet), each stem as a 30-bit string hash.
 * Note: numbers, not strings: summaries of a large dump are compared by the thousand, and a set of
 * numbers is several times cheaper to build and probe. Two stems that share a hash are taken as one
 * word, which at worst merges two entries a little more readily.
 *
 * @example contentWordKeys('The Soviet army entered Baku').size === 4 // soviet, army, entere, baku
 */
export function contentWordKeys(text: string): Set<number> {
  const out = new Set<number>();
  let key = 0;
  let stem = 0;
  let length = 0;
  for (let i = 0; i <= text.length; i++) {
    let code = i < text.length ? text.charCodeAt(i) : 32;
    if (code >= 65 && code <= 90) code += 32;
    else if (code > 127) {
      const char = text.charAt(i);
      code = WORD_CHAR.test(char) ? char.toLowerCase().charCodeAt(0) : 32;
    }
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code > 127) {
      key = (key * 31 + code) & KEY_MASK;
      length++;
      if (length <= 6) stem = key;
      continue;
    }
    if (length >= 2 && !STOPWORD_KEYS.has(key)) out.add(stem);
    key = 0;
    stem = 0;
    length = 0;
  }
  return out;
}
