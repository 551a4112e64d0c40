import type { SourceDoc } from '../../model/document.js';
import type { EntityMention, QuoteMention } from '../../model/entity.js';
import type { RuleId, Span } from '../../model/span.js';
import { ROLE_NOUNS, SPEAKER_PRONOUNS } from '../../locales/en/entities-titles.js';

/** Quotation marks: curly pairs, or straight double quotes paired in order; never across a blank line. */
const QUOTED = /[“"]([^“”"]{2,3000}?)[”"]/g;
/**
 * "..., both nations regained their freedom, said Guliyev.": reported speech without marks,
 * sentence-final. This finds the ", said Guliyev." end; the clause runs back to the start of
 * its sentence (see `clauseStart`).
 */
const SAID_END = /,\s+(?:said|says|added|noted)\s+((?:\p{Lu}[\p{L}'’-]+\s){0,2}\p{Lu}[\p{L}'’-]+)\.(?=\s|$)/gu;
/** A reported clause has 20 to 400 characters. */
const CLAUSE_MIN = 20;
const CLAUSE_MAX = 400;
const SPEECH_VERBS = String.raw`said|says|told|added|noted|recalled|explained|stated|wrote|asked|insisted|testified|declared|continued|argued|claimed|stressed|underlined|emphasized|remembered|confirmed|tweeted|reported|warned|replied|shouted|posted`;
/** After the closing mark: `," he said`, `," said Trooper Stephen Hammons`, `," Khazar Ibrahim told Anadolu Agency`, `," the envoy said`. */
const SPEAKER_AFTER = new RegExp(
  String.raw`^[,.!?]?\s*(?:(?:(${SPEECH_VERBS})\s+(?:the\s+)?([\p{L}'’ -]{1,80}))|(?:(the\s+[\p{Ll}-]+(?:\s[\p{Ll}-]+)?|he|she|[\p{Lu}][\p{L}.'’ -]{0,80}?)\s+(?:also\s+|later\s+|then\s+)?(${SPEECH_VERBS})))(?=[\s,.;:!?]|$)`,
  'u',
);
/** Before the opening mark: `Hammons said: "`, `He said, "`, `Human Rights Watch reported that "`. */
const SPEAKER_BEFORE = new RegExp(
  String.raw`(?:^|[.!?]\s+|\n|,\s+)((?:the\s+)?[\p{L}.'’ -]{1,80}?)\s+(?:also\s+|later\s+|then\s+)?(?:${SPEECH_VERBS})(?:\s+(?:the\s+)?[\p{Lu}][\p{L}'’ ]{0,40}?)?(?:\s+that)?\s*[:,]?\s*$`,
  'u',
);
/** A person who speaks: "Ibrahim said", "said Hammons", "Khazar Ibrahim told". */
const SPOKE_AFTER = new RegExp(String.raw`^['’]?s?,?\s+(?:also\s+|later\s+|then\s+)?(?:${SPEECH_VERBS})\b`);
const SPOKE_BEFORE = new RegExp(String.raw`\b(?:${SPEECH_VERBS})\s+$`);
/** "According to a Human Rights Watch report, ..." */
const ACCORDING_TO = /\b[Aa]ccording to (?:an?\s+|the\s+)?((?:\p{Lu}[\p{L}'’&.-]*)(?:\s+(?:of\s+|for\s+|the\s+|and\s+)?\p{Lu}[\p{L}'’&.-]*)*)(?:\s+(?:report|statement|study|survey|release|data|figures|investigation))?,\s*/gu;
/** The end of a sentence a sourced clause runs to. */
const SENTENCE_END = /[.!?](?=\s|$)|\n\s*\n/g;

/**
 * Finds the quotes of a document with their speakers: direct quotes in quotation marks (a
 * speech verb with a name, pronoun or role noun right after the closing mark or right before
 * the opening one) and clauses sourced with "According to X, ...". A pronoun ("he") or role
 * noun ("the envoy") is resolved to the last person named before the quote; a name is resolved
 * to the fullest form the document gives it ("Ibrahim" -> "Khazar Ibrahim"). Quotes of fewer
 * than four words ("everywhere", scare quotes) are not quotes.
 *
 * @example
 * extractQuotes(doc, entities); // '"We will stay," he said.' after "John Smith" -> [{ text: 'We will stay,', speaker: 'John Smith' }]
 */
export function extractQuotes(doc: SourceDoc, entities: readonly EntityMention[]): QuoteMention[] {
  const text = doc.text;
  const persons = entities.filter((e) => e.type === 'person');
  const quotes: QuoteMention[] = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
    const inner = m[1] ?? '';
    if (inner.includes('\n\n')) continue;
    const start = m.index + 1;
    const end = start + inner.length;
    if (wordCount(inner) < 4) continue;
    const found = speakerAfter(text, m.index + m[0].length) ?? speakerBefore(text, m.index);
    const span: Span = { doc: doc.id, start, end };
    if (!found) {
      quotes.push({ span, text: inner, kind: 'direct', rule: 'en/quote/unattributed' });
      continue;
    }
    quotes.push({ span, text: inner, kind: 'direct', ...resolveSpeaker(doc, found, persons, entities), rule: found.rule });
  }
  const direct = quotes.length;
  SAID_END.lastIndex = 0;
  for (let m = SAID_END.exec(text); m; m = SAID_END.exec(text)) {
    const who = m[1] ?? '';
    const end = m.index;
    const start = clauseStart(text, end);
    if (start < 0) continue;
    let inside = false;
    for (let i = 0; i < direct && !inside; i++) inside = quotes[i]!.span.start <= start && start < quotes[i]!.span.end;
    if (inside) continue;
    const whoStart = m.index + m[0].lastIndexOf(who);
    const found: Found = { words: who, start: whoStart, end: whoStart + who.length, rule: 'en/quote/said-clause' };
    quotes.push({ span: { doc: doc.id, start, end }, text: text.slice(start, end), kind: 'reported', ...resolveSpeaker(doc, found, persons, entities), rule: found.rule });
  }
  ACCORDING_TO.lastIndex = 0;
  const hasAccording = text.includes('ccording to');
  for (let m = hasAccording ? ACCORDING_TO.exec(text) : null; m; m = ACCORDING_TO.exec(text)) {
    const who = m[1] ?? '';
    const start = m.index + m[0].length;
    SENTENCE_END.lastIndex = start;
    const stop = SENTENCE_END.exec(text);
    const clauseEnd = stop ? stop.index + (stop[0].startsWith('.') ? 0 : 0) : text.length;
    // The quote in marks right after "According to X, " is already a direct quote: give it its speaker.
    const direct = quotes.find((q) => q.span.start >= start && q.span.start <= start + 2 && q.speaker === undefined);
    const whoStart = m.index + m[0].indexOf(who);
    const found: Found = { words: who, start: whoStart, end: whoStart + who.length, rule: 'en/quote/according-to' };
    if (direct) {
      quotes[quotes.indexOf(direct)] = { ...direct, ...resolveSpeaker(doc, found, persons, entities), rule: found.rule };
      continue;
    }
    if (clauseEnd - start < 10) continue;
    quotes.push({ span: { doc: doc.id, start, end: clauseEnd }, text: text.slice(start, clauseEnd), kind: 'according-to', ...resolveSpeaker(doc, found, persons, entities), rule: found.rule });
  }
  return quotes.sort((a, b) => a.span.start - b.span.start);
}

/**
 * Where the reported clause that ends at `end` starts: right after the start of the text, a line
 * break, or sentence punctuation and spaces; -1 when a quotation mark or no such start comes
 * within 400 characters, or the clause is shorter than 20.
 */
function clauseStart(text: string, end: number): number {
  let j = end;
  const min = Math.max(0, end - CLAUSE_MAX - 64);
  while (j > min) {
    const c = text.charCodeAt(j - 1);
    if (c === 46 || c === 33 || c === 63 || c === 10 || c === 34 || c === 0x201c || c === 0x201d) break;
    j--;
  }
  let start: number;
  if (j === 0) start = 0;
  else if (j === min) return -1;
  else {
    const c = text.charCodeAt(j - 1);
    if (c === 10) start = j;
    else if (c === 34 || c === 0x201c || c === 0x201d) return -1;
    else {
      // "[.!?] " then the clause: at least one space after the punctuation.
      start = j;
      while (start < end && /\s/.test(text[start]!)) start++;
      if (start === j) return -1;
    }
  }
  const length = end - start;
  return length >= CLAUSE_MIN && length <= CLAUSE_MAX ? start : -1;
}

interface Found {
  readonly words: string;
  readonly start: number;
  readonly end: number;
  readonly rule: RuleId;
}

function speakerAfter(text: string, from: number): Found | undefined {
  const window = text.slice(from, from + 120);
  const m = SPEAKER_AFTER.exec(window);
  if (!m) return undefined;
  const words = (m[2] ?? m[3] ?? '').trim();
  if (!words) return undefined;
  const offset = from + m[0].indexOf(words, m[1] ? m[1].length : 0);
  return { words, start: offset, end: offset + words.length, rule: m[1] ? 'en/quote/verb-name' : 'en/quote/name-verb' };
}

function speakerBefore(text: string, quoteStart: number): Found | undefined {
  const from = Math.max(0, quoteStart - 160);
  const window = text.slice(from, quoteStart);
  const m = SPEAKER_BEFORE.exec(window);
  if (!m?.[1]) return undefined;
  const words = m[1].trim();
  const offset = from + m.index + m[0].indexOf(m[1]) + (m[1].length - m[1].trimStart().length);
  return { words, start: offset, end: offset + words.length, rule: 'en/quote/name-verb-before' };
}

/**
 * The speaker a quote's words name: an entity mention inside them (its fullest form in the
 * document), else a pronoun or role noun resolved to the last person before, else nothing.
 */
function resolveSpeaker(
  doc: SourceDoc,
  found: Found,
  persons: readonly EntityMention[],
  entities: readonly EntityMention[],
): Pick<QuoteMention, 'speaker' | 'speakerType' | 'speakerSpan'> {
  const speakerSpan: Span = { doc: doc.id, start: found.start, end: found.end };
  const inside = entities.filter((e) => e.type !== 'unknown' && e.span.start >= found.start && e.span.end <= found.end + 1);
  // The last entity named: "Louisiana State Police Trooper Stephen Hammons" -> the trooper.
  const named = inside.find((e) => e.type === 'person') ?? inside[inside.length - 1];
  if (named && named.type !== 'unknown') return { speaker: fullestName(named, persons), speakerType: named.type, speakerSpan };
  const lower = found.words.toLowerCase().replace(/^the\s+/, '');
  const head = lower.split(/\s+/).pop() ?? '';
  if (SPEAKER_PRONOUNS.has(lower) || (found.words.toLowerCase().startsWith('the ') && ROLE_NOUNS.has(head))) {
    // Speaker continuity: "he said" after a quote of Khazar Ibrahim is Ibrahim's, even when
    // another person was named in between as the topic ("adding Gorbachev did not hide ...").
    const text = doc.text;
    const speaking = [...persons]
      .reverse()
      .find((p) => p.span.end <= found.start && (SPOKE_AFTER.test(text.slice(p.span.end, p.span.end + 40)) || SPOKE_BEFORE.test(text.slice(Math.max(0, p.span.start - 20), p.span.start))));
    const previous = speaking ?? [...persons].reverse().find((p) => p.span.end <= found.start);
    if (previous) return { speaker: fullestName(previous, persons), speakerType: 'person', speakerSpan };
    return {};
  }
  // An untyped capitalized name right at the verb ("Smith said"): a person by the speech cue.
  if (/^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}$/u.test(found.words)) return { speaker: found.words, speakerType: 'person', speakerSpan };
  return {};
}

/** "Ibrahim" -> "Khazar Ibrahim": the fullest earlier name of the document that ends with it. */
function fullestName(m: EntityMention, persons: readonly EntityMention[]): string {
  if (m.type !== 'person' || m.name.includes(' ')) return m.name;
  const full = persons.find((p) => p.name.includes(' ') && p.name.endsWith(` ${m.name}`));
  return full?.name ?? m.name;
}

/** Words separated by whitespace. */
function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
