import { STOPWORDS } from '../../locales/en/dates.js';

/** Where a clause ends inside a sentence. */
const CLAUSE_BREAK = /[;:]\s|\s[\u2013\u2014-]\s|,\s+(?=(?:which|where|when|while|but|and then|who)\b)/g;
/** A date opening the sentence with its preposition and comma: "On January 20, 1990, ", "In the evening hours, ". */
const OPENING_PREPOSITION = /^(?:(?:first|then|later|and|but)\s*,?\s*)?(?:on|in|by|at|during|since|from|until|after|before)?\s*(?:the\s+)?$/i;
/** Relative words and conjunctions a clause may start with ("which in 1918 first gained independence"). */
const LEADING_LINK = /^(?:which|where|who|when|that|and|but|while)\s+(?=\S)/i;
const LEADING_PUNCTUATION = /^[\s,;:.\u2013\u2014-]+/;
const TRAILING_PUNCTUATION = /[\s,;:\u2013\u2014-]+$/;
const MAX_SUMMARY = 180;
const WORD = /[\p{L}\p{N}]+/gu;

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
  const before = sentence.slice(0, dateStart);
  const afterDate = sentence.slice(dateEnd);
  if (OPENING_PREPOSITION.test(before) && /^\s*,/.test(afterDate)) text = clauseAt(afterDate, 0);
  else text = clauseAt(sentence, dateStart);
  text = text
    .replace(LEADING_PUNCTUATION, '')
    .replace(LEADING_LINK, '')
    .replace(TRAILING_PUNCTUATION, '')
    .replace(/\.$/, '')
    .replace(/\s+/g, ' ');
  if (text.length > MAX_SUMMARY) {
    const cut = text.lastIndexOf(' ', MAX_SUMMARY - 1);
    text = `${text.slice(0, cut > 40 ? cut : MAX_SUMMARY - 1)}\u2026`;
  }
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The clause of `text` around offset `at`. */
function clauseAt(text: string, at: number): string {
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
  if (clause.split(/\s+/).length < 4) clause = text;
  // A long clause with the date near its end: keep the words leading up to the date.
  const local = at - (clause === text ? 0 : start);
  if (clause.length > MAX_SUMMARY && local > MAX_SUMMARY - 40) {
    const from = clause.indexOf(' ', Math.max(0, local - (MAX_SUMMARY - 60)));
    if (from > 0) clause = `\u2026${clause.slice(from + 1)}`;
  }
  return clause;
}

/**
 * Content words of a text for comparing what two sentences report: lower case, stop words and
 * one-letter words out, crude stems (the first six letters, so "armored"/"armoured" differ but
 * "killing"/"killed" meet).
 *
 * @example contentWords('The Soviet army entered Baku from five directions') -> Set { 'soviet', 'army', 'entere', 'baku', 'five', 'direct' }
 */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const word = match[0];
    if (word.length < 2 || STOPWORDS.has(word)) continue;
    out.add(word.slice(0, 6));
  }
  return out;
}
