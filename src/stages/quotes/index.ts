import type { SourceDoc } from '../../model/document.js';
import type { EntityMention, QuoteMention } from '../../model/entity.js';
import { firstStartingAt, type RuleId, type Span } from '../../model/span.js';
import { ROLE_NOUNS, SPEAKER_PRONOUNS, UNNAMED_NOUNS } from '../../locales/en/entities-titles.js';
import { givenNameSex, isGivenName } from '../entities/lexicon.js';
import { endsSentenceAt, isContinuingAbbreviationAt } from '../segment/sentences.js';

/** Quotation marks: curly pairs, or straight double quotes paired in order; never across a blank line. */
const QUOTED = /[“"]([^“”"]{2,3000}?)[”"]/g;
/** A speaker's capitalised words, the last after up to `before` others ("Montgomery County Sheriff's Lt"), as a pattern source. */
function capitalisedWords(before: number): string {
  return String.raw`(?:\p{Lu}[\p{L}'’-]*\.?\s){0,${before}}\p{Lu}[\p{L}'’-]+`;
}

/**
 * "..., both nations regained their freedom, said Guliyev.": reported speech without marks,
 * sentence-final. This finds the ", said Guliyev." end; the clause runs back to the start of
 * its sentence (see `clauseStart`).
 */
const SAID_END = new RegExp(String.raw`,\s+(?:said|says|added|noted)\s+(${capitalisedWords(3)})\.(?=\s|$)`, 'gu');
/** The name after a title's period (see `SAID_END`): "Lt.| Brady Fitzgerald.", "Lt.| Jeff Rinaldo pic.twitter.com/...". */
const NAME_AFTER_TITLE = new RegExp(String.raw`\s+(${capitalisedWords(2)})(?:[.,;](?=\s|$)|(?=\s+[^\p{Lu}\s])|$)`, 'uy');
/** A reported clause has 20 to 400 characters. */
const CLAUSE_MIN = 20;
const CLAUSE_MAX = 400;
/** Abbreviations a reported clause may hold (see `clauseStart`). */
const ABBREVIATIONS_MAX = 4;
const SPEECH_VERBS = String.raw`said|says|told|added|noted|recalled|explained|stated|wrote|asked|insisted|testified|declared|continued|argued|claimed|stressed|underlined|emphasized|remembered|confirmed|tweeted|reported|warned|replied|shouted|posted`;
/**
 * After the closing mark: `," he said`, `," said Trooper Stephen Hammons`, `," Khazar Ibrahim told Anadolu Agency`, `," the envoy said`,
 * `," police spokesman Ibrahim Garba told Sahel Wire by telephone`, `," a local councillor, Halidou Maiga, said` (lowercase words of a role, then the name).
 */
const SPEAKER_AFTER = new RegExp(
  String.raw`^[,.!?]?\s*(?:(?:(${SPEECH_VERBS})\s+(?:the\s+)?([\p{L}.'’ -]{1,80}))|(?:(the\s+[\p{Ll}-]+(?:\s[\p{Ll}-]+)?|he|she|police|officials|authorities|investigators|prosecutors|[\p{Lu}][\p{L}.'’ -]{0,80}?|(?:(?:the|a|an)\s+)?(?:(?!(?:${SPEECH_VERBS})\s)[\p{Ll}-]+\s+){0,2}(?!(?:${SPEECH_VERBS})[\s,])[\p{Ll}-]+,?\s+\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3},?)\s+(?:also\s+|later\s+|then\s+)?(${SPEECH_VERBS})))(?=[\s,.;:!?]|$)`,
  'u',
);
/** Before the opening mark: `Hammons said: "`, `He said, "`, `Human Rights Watch reported that "`, `Cole told reporters: "` (exported for tests). */
export const SPEAKER_BEFORE = new RegExp(
  String.raw`(?:^|[.!?]\s+|\n|,\s+)((?:the\s+)?[\p{L}.'’ -]{1,80}?)\s+(?:also\s+|later\s+|then\s+)?(?:${SPEECH_VERBS})(?:\s+(?:the\s+)?[\p{Lu}][\p{L}'’ ]{0,40}?|\s+(?:reporters|journalists|the (?:media|press|crowd|court|jury|audience|mourners)))?(?:\s+that)?\s*[:,]?\s*$`,
  'u',
);
/** A word before a name that makes it an object or a topic: "came from Gorbachev", "adding Gorbachev", "told Smith". */
const OBJECT_BEFORE = /(?<!according\s)\b(?:from|to|by|with|of|for|against|about|at|on|into|toward|towards|than|like|between|among|including|adding|saying|named|called|told|asked)\s+(?:the\s+|\p{Ll}[\p{Ll}-]*\s+)?$/u;
/** Capitalised words right before a title on its line ("Soviet" in "Soviet leader", "Police" in "Police Chief"), at most two. */
const CAPITALISED_BEFORE = /(?<=[ \t])(?:\p{Lu}[\p{L}-]*\.?[ \t]+){1,2}$/u;
/** The second of two names after a preposition: "between Obeshaw and Watson". */
const CONJUNCT_OBJECT_BEFORE = /\b(?:between|of|with|to|from|by|for|against|about)\s+\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}\s+(?:and|or)\s+$/u;
/** A possessive name: "Hilliard's". */
const POSSESSIVE = /['’]s?$/;
/** "According to a Human Rights Watch report, ..." */
const ACCORDING_TO = /\b[Aa]ccording to (?:an?\s+|the\s+)?((?:\p{Lu}[\p{L}'’&.-]*)(?:[ \t]+(?:of[ \t]+|for[ \t]+|the[ \t]+|and[ \t]+)?\p{Lu}[\p{L}'’&.-]*)*)(?:\s+(?:report|statement|study|survey|release|data|figures|investigation))?,\s*/gu;
/** A comma (maybe with a closing quotation mark) right before "according to". */
const AFTER_COMMA = /,["”’]?\s+$/;
/** A blank line: a paragraph ends there. */
const BLANK_LINE = /\n[^\S\n]*\n/;
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
  const index = new MentionIndex(entities);
  const quotes: QuoteMention[] = [];
  /** The spans in quotation marks so far, in order and disjoint: a name inside them is spoken of, not speaking. */
  const quoted: Span[] = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
    const inner = m[1] ?? '';
    if (inner.includes('\n\n')) continue;
    const start = m.index + 1;
    const end = start + inner.length;
    if (wordCount(inner) < 4) continue;
    const found = speakerAfter(text, m.index + m[0].length) ?? speakerBefore(text, m.index) ?? speakerOfSentence(text, m.index);
    const span: Span = { doc: doc.id, start, end };
    quoted.push(span);
    if (!found) {
      quotes.push({ span, text: inner, kind: 'direct', rule: 'en/quote/unattributed' });
      continue;
    }
    quotes.push({ span, text: inner, kind: 'direct', ...resolveSpeaker(doc, found, index, quoted), rule: found.rule });
  }
  singleQuoted(doc, index, quotes, quoted);
  continueQuotes(text, quotes, index);
  SAID_END.lastIndex = 0;
  for (let m = SAID_END.exec(text); m; m = SAID_END.exec(text)) {
    const who = m[1] ?? '';
    const end = m.index;
    const start = clauseStart(text, end);
    if (start < 0) continue;
    // (the direct quotes' spans are `quoted`)
    if (isInside(quoted, start)) continue;
    let whoStart = m.index + m[0].lastIndexOf(who);
    let words = who;
    // ", said Sgt. Richard Bratz, a state police spokesman.", ", said Montgomery County Sheriff's Lt.
    // Brady Fitzgerald.": the words read stop at the title's period ("Sgt" alone is a title, not the
    // speaker); the speaker is the name after it, or no one.
    if (TITLE_ABBREVIATION.test(who.slice(who.lastIndexOf(' ') + 1))) {
      const after = m.index + m[0].length;
      NAME_AFTER_TITLE.lastIndex = after;
      const name = NAME_AFTER_TITLE.exec(text);
      if (!name) continue;
      words = name[1] ?? '';
      whoStart = after + name[0].indexOf(words);
      SAID_END.lastIndex = after + name[0].length;
    }
    const found: Found = { words, start: whoStart, end: whoStart + words.length, rule: 'en/quote/said-clause' };
    quotes.push({ span: { doc: doc.id, start, end }, text: text.slice(start, end), kind: 'reported', ...resolveSpeaker(doc, found, index, quoted), rule: found.rule });
  }
  ACCORDING_TO.lastIndex = 0;
  const hasAccording = text.includes('ccording to');
  // The quotes so far by where they start, in order: "According to X, " finds the quote right after it in O(1).
  const byStart = new Map<number, number[]>();
  if (hasAccording) quotes.forEach((q, i) => byStart.set(q.span.start, [...(byStart.get(q.span.start) ?? []), i]));
  for (let m = hasAccording ? ACCORDING_TO.exec(text) : null; m; m = ACCORDING_TO.exec(text)) {
    const who = m[1] ?? '';
    const start = m.index + m[0].length;
    // The clause ends with its sentence: not at an abbreviation's period ("it was at 6:07 p.m. when a call came").
    SENTENCE_END.lastIndex = start;
    let stop = SENTENCE_END.exec(text);
    while (stop !== null && stop[0].charCodeAt(0) !== 10 && !endsSentenceAt(text, stop.index)) stop = SENTENCE_END.exec(text);
    const clauseEnd = stop ? stop.index : text.length;
    // The quote in marks right after "According to X, " is already a direct quote: give it its speaker.
    // Note: the first such quote in the list; quotes added by this loop start before `start` and are never it.
    let at = -1;
    for (let k = start; k <= start + 2; k++) for (const i of byStart.get(k) ?? []) if (quotes[i]!.speaker === undefined && (at < 0 || i < at)) at = i;
    const direct = at >= 0 ? quotes[at] : undefined;
    const whoStart = m.index + m[0].indexOf(who);
    const found: Found = { words: who, start: whoStart, end: whoStart + who.length, rule: 'en/quote/according-to' };
    if (direct) {
      quotes[at] = { ...direct, ...resolveSpeaker(doc, found, index, quoted), rule: found.rule };
      continue;
    }
    if (clauseEnd - start < 10) continue;
    // "The shooter is contained, according to Lt. Kirk Wilson, a police spokesman.": after a comma,
    // "according to" sources what came before it; what follows is no statement.
    if (AFTER_COMMA.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    quotes.push({ span: { doc: doc.id, start, end: clauseEnd }, text: text.slice(start, clauseEnd), kind: 'according-to', ...resolveSpeaker(doc, found, index, quoted), rule: found.rule });
  }
  return quotes.sort((a, b) => a.span.start - b.span.start);
}

/**
 * A quote in single marks, as British and Irish newsrooms write them ("'We are devastated,' the
 * family said"): a capital first, at least four words, punctuation before the closing mark, and no
 * mark inside (an apostrophe could open or close one: "don't" leaves the quote unread).
 */
const QUOTED_SINGLE = /(?<![\p{L}\p{N}])[‘'](\p{Lu}[^‘’'"“”\n]{10,600}?[,.!?])[’'](?!\p{L})/gu;

/**
 * The quotes in single marks with a speaker right after them ("'We are devastated,' the family
 * said"), outside the double-marked ones: without that attribution a pair of single marks is as
 * often a nickname, a title or two apostrophes. Adds them to `quotes` (in document order) and their
 * spans to `quoted`.
 */
function singleQuoted(doc: SourceDoc, index: MentionIndex, quotes: QuoteMention[], quoted: Span[]): void {
  const text = doc.text;
  if (!text.includes("'") && !text.includes('‘')) return;
  const found: { span: Span; inner: string; speaker: Found }[] = [];
  QUOTED_SINGLE.lastIndex = 0;
  for (let m = QUOTED_SINGLE.exec(text); m; m = QUOTED_SINGLE.exec(text)) {
    const inner = m[1] ?? '';
    if (wordCount(inner) < 4 || isInside(quoted, m.index)) continue;
    const speaker = speakerAfter(text, m.index + m[0].length);
    if (speaker) found.push({ span: { doc: doc.id, start: m.index + 1, end: m.index + 1 + inner.length }, inner, speaker });
  }
  if (found.length === 0) return;
  quoted.push(...found.map((f) => f.span));
  quoted.sort((a, b) => a.start - b.start);
  for (const f of found) quotes.push({ span: f.span, text: f.inner, kind: 'direct', ...resolveSpeaker(doc, f.speaker, index, quoted), rule: f.speaker.rule });
  quotes.sort((a, b) => a.span.start - b.span.start);
}

/** How far after an attributed quote one without attribution may start and still be its speaker's. */
const CONTINUED_REACH = 200;
/** A sentence break between two quotes: what follows it must be the speaker's own (a pronoun opens it). */
const SENTENCE_BREAK = /[.!?]["”’]?\s+/g;
const PRONOUN_OPENING = /^(?:He|She|They|I|We)\b/;
/** Others said to speak between the quotes: the second is not the first one's speaker's. */
const OTHER_SPEAKERS = /\b(?:police|officials|authorities|investigators|witnesses|residents|neighbors|neighbours|prosecutors|relatives|family)\s+(?:also\s+)?(?:said|say|says|told)\b/i;

/**
 * Quotes that go on from an attributed one, with no attribution of their own: a quote split by its
 * attribution ('"We will not be silenced," he added, "and we will be back in the square."'), the
 * next quote of the same speaker ('"...," said Marek Sobol, the father of one of the dead. "He
 * went to the park with a flag, not a gun."'), or one after the speaker's reported words ("He
 * added that the rally had not been authorised and that \"the organisers bear full
 * responsibility\""). The speaker is the earlier quote's when the words between them, within a
 * paragraph and `CONTINUED_REACH` characters, name no other person and start every later sentence
 * with a pronoun. Changes `quotes` (direct quotes, in document order) in place.
 */
function continueQuotes(text: string, quotes: QuoteMention[], index: MentionIndex): void {
  for (let i = 1; i < quotes.length; i++) {
    const q = quotes[i]!;
    const previous = quotes[i - 1]!;
    if (q.speaker !== undefined || previous.speaker === undefined) continue;
    // the marks: the closing one of the earlier quote, the opening one of this
    const from = previous.span.end + 1;
    const to = q.span.start - 1;
    if (to - from > CONTINUED_REACH || to < from) continue;
    const between = text.slice(from, to);
    if (BLANK_LINE.test(between) || OTHER_SPEAKERS.test(between)) continue;
    const speaker = previous.speakerSpan;
    if (index.within(from, to).some((e) => e.type === 'person' && (speaker === undefined || e.span.start < speaker.start || e.span.end > speaker.end))) continue;
    SENTENCE_BREAK.lastIndex = 0;
    let isOwn = true;
    for (let m = SENTENCE_BREAK.exec(between); m && isOwn; m = SENTENCE_BREAK.exec(between)) {
      const rest = between.slice(m.index + m[0].length);
      if (rest.length > 0 && !PRONOUN_OPENING.test(rest)) isOwn = false;
    }
    if (!isOwn) continue;
    quotes[i] = {
      ...q,
      speaker: previous.speaker,
      ...(previous.speakerType !== undefined ? { speakerType: previous.speakerType } : {}),
      ...(speaker !== undefined ? { speakerSpan: speaker } : {}),
      rule: 'en/quote/continued',
    };
  }
}

/**
 * Where the reported clause that ends at `end` starts: right after the start of the text, a line
 * break, or punctuation that ends a sentence (not an abbreviation's period) and spaces; -1 when a quotation mark or no such start comes
 * within 400 characters, or the clause is shorter than 20.
 */
function clauseStart(text: string, end: number): number {
  let j = end;
  const min = Math.max(0, end - CLAUSE_MAX - 64);
  // The period of an abbreviation ("at 5 p.m. Sunday", "Sgt. Ann Lee") does not end the clause; a
  // clause holds a few. Note: past ABBREVIATIONS_MAX a period ends it, so a run of periods costs no
  // look at each.
  let abbreviations = 0;
  while (j > min) {
    const c = text.charCodeAt(j - 1);
    if (c === 46 || c === 33 || c === 63) {
      if (abbreviations >= ABBREVIATIONS_MAX || endsSentenceAt(text, j - 1)) break;
      abbreviations++;
    } else if (c === 10 || c === 34 || c === 0x201c || c === 0x201d) break;
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
  // "said Martinez as he was embraced by his brother Marco Martinez": the name ends at a clause word.
  // "a local councillor, Halidou Maiga, said": the commas of an apposition before the verb end no name.
  const subject = m[3]?.includes(',') ? m[3].trim().replace(/,$/, '') : undefined;
  let words = subject ?? untilClauseWord(untilSentenceEnd((m[2] ?? m[3] ?? '').trim()));
  if (!words) return undefined;
  let offset = from + m[0].indexOf(words, m[1] ? m[1].length : 0);
  // "said Shontay Young's brother, Sean Young": the name after the relation is the speaker.
  const apposition = m[1] ? APPOSITION.exec(text.slice(offset, offset + 120)) : null;
  if (apposition?.[1]) {
    offset += apposition[0].indexOf(apposition[1]);
    words = apposition[1];
  }
  // '"...challenge."' then a new paragraph "Riley said 14 fire trucks ...": no attribution across a blank line.
  if (BLANK_LINE.test(text.slice(from, offset))) return undefined;
  // '"...four people injured." Police said it is still too early': a quote that ends its sentence,
  // then a name and a verb that opens a clause of its own, is no attribution.
  if (!m[1] && /[.!?]$/.test(text.slice(Math.max(0, from - 2), from - 1)) && NEW_CLAUSE.test(text.slice(offset + words.length, offset + words.length + 40))) return undefined;
  return { words, start: offset, end: offset + words.length, rule: m[1] ? 'en/quote/verb-name' : 'en/quote/name-verb' };
}

/** After "X said": a clause of its own ("said it is still too early", "says there were"). */
const NEW_CLAUSE = new RegExp(String.raw`^\s+(?:also\s+|later\s+|then\s+)?(?:${SPEECH_VERBS})\s+(?:that|it|he|she|they|we|the|a|an|there|this|his|her|their|police)\b`);
/** Lowercase words that end a speaker's name: "said Martinez as he was embraced ...", "said Smith, who ...". */
const CLAUSE_WORD = /\s(?:as|who|which|when|while|after|before|because|during|adding|and|but|in|at|on|to|from|with|about|through)\s+\p{Ll}.*$|,.*$/su;

function untilClauseWord(words: string): string {
  return words.replace(CLAUSE_WORD, '').trim();
}

/** "X's brother, Sean Young", "the victim's mother, Ann Lee": a relation, then the name. */
const APPOSITION = /^[^,\n]*['’]s?\s+\p{Ll}[\p{Ll}-]*,\s+(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2})(?=[,.;]|\s*$)/u;
/** A title's abbreviation alone: "Sgt", "Lt", "Det". */
const TITLE_ABBREVIATION = /^(?:Sgt|Lt|Det|Capt|Cpl|Col|Gen|Maj|Ofc|Insp|Supt|Sen|Rep|Gov|Dr|Mr|Mrs|Ms)$/;
/** Police words after a place in a speaker's words ("Fairbanks police"). */
const POLICE_WORDS = /^['’]?s?\s+(?:police|officers|authorities|deputies|officials)\b/i;
/** An institution or its officials as a quote's speaker: "the state police", "police", "hospital officials", "the ministry". */
const GROUP_SPEAKER = /^(?:the\s+)?(?:[\p{Ll}'’-]+\s+){0,2}(?:police|officials|authorities|investigators|deputies|prosecutors|department|ministry|army|military|government|agency|spokesman|spokeswoman|spokesperson)$/iu;

/** An abbreviation or an initial before a dot: "Lt.", "Sgt.", "J.". */
const ABBREVIATION_END = /(?:^|[\s.])\p{Lu}\p{Ll}{0,3}$/u;

/**
 * Words up to the end of their sentence: "Lt. Colleen Stuart of the Topeka Police Department"
 * keeps its abbreviation; "Smith. The next" ends at "Smith".
 */
function untilSentenceEnd(words: string): string {
  for (let at = words.indexOf('.'); at >= 0; at = words.indexOf('.', at + 1)) {
    if (!ABBREVIATION_END.test(words.slice(0, at))) return words.slice(0, at).trim();
  }
  return words;
}

/**
 * What a match of `SPEAKER_BEFORE` ends with: from the space before its speech verb to the end of
 * the text, it holds only letters, apostrophes, spaces, colons and commas.
 */
const SPEAKER_BEFORE_TAIL = new RegExp(String.raw`\s(?:${SPEECH_VERBS})(?=[\s:,]|$)`, 'u');
/** A character the end of a `SPEAKER_BEFORE` match may hold. */
const TAIL_CHARACTER = /[\p{L}'’\s:,]/u;
function isTailCharacter(c: number): boolean {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x20) return true;
  // Half of a letter beyond the BMP: kept (the end read is at most longer than it must be).
  if (c >= 0xd800 && c <= 0xdfff) return true;
  return TAIL_CHARACTER.test(String.fromCharCode(c));
}

/**
 * Whether `text` from `start` to `end` may end with a match of `SPEAKER_BEFORE`: its end that
 * holds only what such a match may hold after the space before its speech verb has a speech verb
 * (exported for tests).
 *
 * @example
 * maySpeakerEnd('Hammons said: ', 0, 14) === true; maySpeakerEnd('the statement read. ', 0, 20) === false;
 */
export function maySpeakerEnd(text: string, start: number, end: number): boolean {
  let at = end;
  while (at > start && isTailCharacter(text.charCodeAt(at - 1))) at--;
  return SPEAKER_BEFORE_TAIL.test(text.slice(at, end));
}

/**
 * A partial quote inside reported speech: `Police Chief Maria Lopez said the attack was "cowardly,
 * senseless and ..."`. The sentence's speaker, right at its start, says the quoted words. Not where
 * the words between the verb and the quote report another voice ("said the gunman shouted").
 */
const SENTENCE_SPEAKER = new RegExp(
  String.raw`(?:^|[.!?]["”’]?\s+|\n)((?:the\s+)?\p{Lu}(?:[\p{L}'’ -]|\.(?!\s)|(?<=(?:^|[^\p{L}])\p{Lu})\.){0,80}?)\s+(?:also\s+|later\s+)?(?:said|says|told\s+(?:reporters|journalists|[\p{Lu}][\p{L}'’]*(?:\s[\p{Lu}][\p{L}'’]*){0,3}))\s+(?:that\s+)?(?![^"“”\n]*\b(?:${SPEECH_VERBS}|shouted|yelled|screamed|chanted|read|called)\b)[^"“”.!?\n]{1,160}$`,
  'u',
);
/** The speech verbs `SENTENCE_SPEAKER` reads (global: the last one is looked for). */
const SENTENCE_VERB = /\b(?:said|says|told)\s/g;
/** What the words between that verb and the quote may not hold. */
const SPEECH_TAIL_BREAK = /[.!?\n"“”]/;
/** A sentence's end inside the window (global). */
const SENTENCE_BOUNDARY = /[.!?]["”’]?\s+|\n/g;
function speakerOfSentence(text: string, quoteStart: number): Found | undefined {
  const windowStart = Math.max(0, quoteStart - 260);
  const window = text.slice(windowStart, quoteStart);
  // Note: the last speech verb first, then the pattern from the last sentence's end before it (not
  // an abbreviation's period, as the splitter reads it: "D.C. Police said"): the pattern, tried at
  // every position of the window, cost the quotes stage a third more on gva-dev. The same matches:
  // the speaker's words never cross a sentence's end, and nothing after the verb may.
  let verb = -1;
  SENTENCE_VERB.lastIndex = 0;
  for (let v = SENTENCE_VERB.exec(window); v !== null; v = SENTENCE_VERB.exec(window)) verb = v.index;
  if (verb < 0 || SPEECH_TAIL_BREAK.test(window.slice(verb))) return undefined;
  let start = 0;
  SENTENCE_BOUNDARY.lastIndex = 0;
  for (let b = SENTENCE_BOUNDARY.exec(window); b !== null && b.index < verb; b = SENTENCE_BOUNDARY.exec(window)) {
    if (!(b[0] !== '\n' && isContinuingAbbreviationAt(window, b.index))) start = b.index;
  }
  const from = windowStart + start;
  const m = SENTENCE_SPEAKER.exec(window.slice(start));
  if (!m?.[1]) return undefined;
  const words = m[1].trim();
  const offset = from + m.index + m[0].indexOf(m[1]) + (m[1].length - m[1].trimStart().length);
  return { words, start: offset, end: offset + words.length, rule: 'en/quote/sentence-speaker' };
}

function speakerBefore(text: string, quoteStart: number): Found | undefined {
  const from = Math.max(0, quoteStart - 160);
  // Note: the speech verb is looked for in the window's end first: `SPEAKER_BEFORE`, tried at every
  // position of the window, was the build's costliest pattern, and most windows have no verb there.
  if (!maySpeakerEnd(text, from, quoteStart)) return undefined;
  const window = text.slice(from, quoteStart);
  const m = SPEAKER_BEFORE.exec(window);
  if (!m?.[1]) return undefined;
  const words = m[1].trim();
  const offset = from + m.index + m[0].indexOf(m[1]) + (m[1].length - m[1].trimStart().length);
  if (BLANK_LINE.test(text.slice(offset, quoteStart))) return undefined;
  return { words, start: offset, end: offset + words.length, rule: 'en/quote/name-verb-before' };
}

/**
 * The speaker a quote's words name: an entity mention inside them (its fullest form in the
 * document), else a pronoun or role noun resolved to the last person before, else nothing.
 */
/** A name of two or three capitalized words ending lowercase words ("his daughter Nicole Caron"). */
const UNTYPED_NAME_END = /(?:^|\s)(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2})$/u;

function resolveSpeaker(doc: SourceDoc, found: Found, index: MentionIndex, quoted: readonly Span[] = []): Pick<QuoteMention, 'speaker' | 'speakerType' | 'speakerSpan'> {
  const speakerSpan: Span = { doc: doc.id, start: found.start, end: found.end };
  const persons = index.persons;
  const inside = index.within(found.start, found.end + 1);
  // The last entity named: "Louisiana State Police Trooper Stephen Hammons" -> the trooper.
  const named = inside.find((e) => e.type === 'person') ?? inside[inside.length - 1];
  // "Ron Hackett with Denver police said": the untyped name of a person before the agency they speak for.
  if (named?.type !== 'person') {
    const agent = NAME_WITH_AGENCY.exec(found.words);
    if (agent?.[1] !== undefined && isGivenName(agent[1].slice(0, agent[1].indexOf(' ')))) {
      return { speaker: agent[1], speakerType: 'person', speakerSpan: { doc: doc.id, start: found.start, end: found.start + agent[1].length } };
    }
  }
  // "Fairbanks police said": the police of the place speak, not the place.
  if (named?.type === 'place' && POLICE_WORDS.test(found.words.slice(named.span.end - found.start))) return { speaker: found.words, speakerType: 'organization', speakerSpan };
  // "Thompson's daughter told Channel 9 ...", "The Washington DC-based performer's manager told the
  // NY Times": a name that qualifies the one who speaks is not the speaker, who goes unnamed, or is
  // named after ("Kendall's friend Ethan Saltsgaver", "Leyton's grandfather Jim Riddle").
  if (named && ((named.type === 'person' && POSSESSIVE.test(named.text)) || BASED_AFTER.test(doc.text.slice(named.span.end, named.span.end + 7)))) {
    const after = inside.find((e) => e.type === 'person' && e.span.start >= named.span.end && !POSSESSIVE.test(e.text));
    if (after) return { speaker: index.fullestName(after), speakerType: 'person', speakerSpan };
    return untypedNameAtEnd(doc, found, named.span.end - found.start) ?? {};
  }
  if (named && named.type !== 'unknown') return { speaker: index.fullestName(named), speakerType: named.type, speakerSpan };
  const lower = found.words.toLowerCase().replace(/^the\s+/, '');
  const head = lower.split(/\s+/).pop() ?? '';
  if (SPEAKER_PRONOUNS.has(lower) || (found.words.toLowerCase().startsWith('the ') && ROLE_NOUNS.has(head))) {
    // The last person named as a subject: "Police Chief Kim Jacobs displayed a photo. '...,' she
    // said" is Jacobs's. A person named after a preposition or a speech verb is a topic, not the
    // speaker ("The order came from Mikhail Gorbachev. '...,' he recalled" is not Gorbachev's),
    // and so is a possessive ("Hilliard's wife ... she said").
    // "she said" is not a man's: a person the report refers to as "he" is skipped.
    const text = doc.text;
    const wanted = lower === 'he' ? 'm' : lower === 'she' ? 'f' : undefined;
    const isRole = !SPEAKER_PRONOUNS.has(lower);
    const genders = wanted ? gendersOf(text, index) : undefined;
    const fits = (p: EntityMention): boolean => !genders || !wanted || (genders.get(personKey(index.fullestName(p))) ?? wanted) === wanted;
    // Only persons that start before the speaker's words can end before them.
    const last = index.personsBefore(found.start) - 1;
    let previous: EntityMention | undefined;
    for (let i = last; i >= 0 && !previous; i--) {
      const p = persons[i]!;
      // A name inside quotation marks is spoken of, not speaking ('"... Deputy Commissioner Skinner ..." He continued').
      if (p.span.end > found.start || !fits(p) || isInside(quoted, p.span.start)) continue;
      const before = text.slice(Math.max(0, p.span.start - 48), titleStart(text, p));
      if (OBJECT_BEFORE.test(before) || CONJUNCT_OBJECT_BEFORE.test(before) || POSSESSIVE.test(p.text)) continue;
      // "the chief said" refers back to an official named with a title ("Police Chief Mary Sclabassi").
      if (isRole && p.title === undefined && index.firstTitledEnd <= p.span.start) continue;
      previous = p;
    }
    for (let i = last; i >= 0 && !previous; i--) {
      const p = persons[i]!;
      if (p.span.end <= found.start && fits(p)) previous = p;
    }
    // "A neighbor said he was awakened by the shots. '...,' he said": someone unnamed spoke since;
    // or opened a sentence that goes on to speak ("A woman at the home declined to give her name,
    // but cried and said ...", "At least one business owner in the strip center says ...").
    if (!previous) return {};
    const since = text.slice(previous.span.end, found.start);
    if (UNNAMED_SPEAKER.test(since) || UNNAMED_SUBJECT_SPEAKS.test(since)) return {};
    // ("she said" of a Smith is not the Cecil E. Smith the report named before)
    return { speaker: index.fullestName(previous, wanted), speakerType: 'person', speakerSpan };
  }
  // An untyped capitalized name right at the verb ("Smith said"): a person by the speech cue; a
  // surname alone is the full name the report gave it before ("Alex January ... January said").
  if (/^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}$/u.test(found.words)) return { speaker: index.fullNameOf(found.words) ?? found.words, speakerType: 'person', speakerSpan };
  // "said his daughter Nicole Caron", "said neighbor Tom Reyes": a given name and a surname after the words of a relation or role.
  const tail = untypedNameAtEnd(doc, found);
  if (tail) return tail;
  // "the state police said", "police said", "the ministry said": an institution speaks, as written.
  if (GROUP_SPEAKER.test(found.words)) return { speaker: found.words.replace(/^the\s+/i, ''), speakerType: 'organization', speakerSpan };
  return {};
}

/**
 * The untyped name of a given name and a surname that ends a speaker's words, after the words of a
 * relation or a role ("his daughter Nicole Caron", "Kendall's friend Ethan Saltsgaver"), read from
 * `from` characters into them; undefined when none.
 */
function untypedNameAtEnd(doc: SourceDoc, found: Found, from = 0): Pick<QuoteMention, 'speaker' | 'speakerType' | 'speakerSpan'> | undefined {
  const tail = UNTYPED_NAME_END.exec(found.words.slice(from));
  if (tail?.[1] === undefined || !isGivenName(tail[1].slice(0, tail[1].indexOf(' ')))) return undefined;
  const start = found.start + from + tail.index + tail[0].length - tail[1].length;
  return { speaker: tail[1], speakerType: 'person', speakerSpan: { doc: doc.id, start, end: start + tail[1].length } };
}

/** An untyped name of two or three words, then the agency it speaks for: "Ron Hackett with Denver police". */
const NAME_WITH_AGENCY = /^(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2})\s+(?:with|of|for|from)\s+\S/u;

/**
 * Where a person's mention begins with the title recognition stripped from it and the capitalised
 * words before that title: "from Soviet leader Mikhail Gorbachev" is read as "from" + the person.
 */
function titleStart(text: string, p: EntityMention): number {
  const title = p.title;
  if (title === undefined) return p.span.start;
  const before = text.slice(Math.max(0, p.span.start - title.length - 1), p.span.start);
  if (before.trimEnd().toLowerCase() !== title.toLowerCase() || !/[ \t]$/.test(before)) return p.span.start;
  const at = p.span.start - before.length;
  const capitalised = CAPITALISED_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
  return capitalised ? at - capitalised[0].length : at;
}

/**
 * Someone unnamed who speaks: "A neighbor said", "the woman told", "his friend said", '," said
 * the friend, adding'. After the verb, "the" or a possessive must end the clause at the noun:
 * "He said the boy was 16" speaks of the boy.
 */
const UNNAMED_SPEAKER = new RegExp(
  String.raw`\b(?:(?:[Aa]n?|[Tt]he|[Aa]nother|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w-]+\s+)?(?:${UNNAMED_NOUNS.join('|')})(?:,[^,]{1,60},)?\s+(?:${SPEECH_VERBS})\b|(?:${SPEECH_VERBS})\s+(?:(?:an?|another|one)\s+(?:[\w-]+\s+)?(?:${UNNAMED_NOUNS.join('|')})\b|(?:the|his|her|their)\s+(?:[\w-]+\s+)?(?:${UNNAMED_NOUNS.join('|')})(?=[,.])))`,
);

/**
 * A sentence opened by someone unnamed, with an indefinite article, that goes on to speak: "A woman
 * at the home declined to give her name, but cried and said", "At least one business owner in the
 * same strip center says". Not a verb with a subject of its own before it ("A man was shot, police said").
 */
const UNNAMED_SUBJECT_SPEAKS = new RegExp(
  String.raw`(?:^|[.!?]["”]?\s+)(?:[Aa]t\s+least\s+)?(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w-]+\s+)?(?:${UNNAMED_NOUNS.join('|')})\b[^.!?"“”]{0,100}?(?<!\b(?:police|officials|authorities|investigators|deputies|officers|detectives|troopers|he|she|they|it|we|I)\s|\p{Lu}[\p{L}.'’-]*\s|,\s)(?:${SPEECH_VERBS})\b`,
  'u',
);

/** "-based" right after a name ("the Washington DC-based performer's manager"): the name qualifies someone else. */
const BASED_AFTER = /^-based\b/;

/** The sex an honorific gives the person it titles. Lowercase, without its dot. */
const HONORIFIC_SEX: ReadonlyMap<string, 'm' | 'f'> = new Map([['mr', 'm'], ['mrs', 'f'], ['ms', 'f'], ['miss', 'f']]);

/** A subject pronoun: the gender a report gives the person it follows ("her" is left out: it is as often another's). */
const PRONOUN = /\b(?:(he)|(she))\b/i;
/** A speech verb right after a person, up to a pronoun: the pronoun is someone the person speaks of ("said he had planned"). */
const SPOKEN_OF_BEFORE = /^(?:,[^,]{1,40},)?\s*(?:said|says|told (?:us|me|him|her|them|reporters|police|investigators|officers|deputies|detectives|the [a-z]+|[A-Z][\w-]+(?: [A-Z][\w-]+){0,2})|added|recalled|explained)\s+(?:that\s+)?$/;
/** How far after a person's name the first pronoun is read as theirs. */
const PRONOUN_REACH = 200;

/**
 * A person's key across the report: their fullest name, lowercase ("Porter" -> "jamal porter").
 * Note: not the surname alone: "Jamal Porter" and his mother "Lorraine Porter" are two people, a
 * "he" and a "she".
 */
function personKey(name: string): string {
  return name.toLowerCase();
}

/**
 * The gender a report gives each person it names: by a given name the name lists give to one sex
 * only ("Lorraine Porter" -> f, `givenNameSex`), else by the first pronoun after each mention and
 * before the next person ("Susan Gemmer said of her granddaughter" -> f), not one the person's
 * speech verb introduces ("His mother, Lorraine Porter, said he had planned": her son); a person
 * the pronouns split evenly over is left out. Computed once per document.
 */
function gendersOf(text: string, index: MentionIndex): Map<string, 'm' | 'f'> {
  if (index.genders) return index.genders;
  const persons = index.persons;
  const tally = new Map<string, number>();
  for (let i = 0; i < persons.length; i++) {
    const p = persons[i]!;
    const end = Math.min(persons[i + 1]?.span.start ?? text.length, p.span.end + PRONOUN_REACH);
    const after = text.slice(p.span.end, end);
    const m = PRONOUN.exec(after);
    if (!m || SPOKEN_OF_BEFORE.test(after.slice(0, m.index))) continue;
    const key = personKey(index.fullestName(p));
    tally.set(key, (tally.get(key) ?? 0) + (m[1] ? 1 : -1));
  }
  const genders = new Map<string, 'm' | 'f'>();
  for (const [key, n] of tally) if (n !== 0) genders.set(key, n > 0 ? 'm' : 'f');
  for (const p of persons) {
    const full = index.fullestName(p);
    const space = full.indexOf(' ');
    const sex = space > 0 ? givenNameSex(full.slice(0, space)) : undefined;
    if (sex) genders.set(personKey(full), sex);
  }
  index.genders = genders;
  return genders;
}

/**
 * A document's entity mentions indexed once for every quote: looking up a speaker costs a binary
 * search, not a pass over the document's mentions, so a long document (a transcript, a book
 * chapter) with thousands of quotes and names stays linear.
 */
class MentionIndex {
  readonly persons: readonly EntityMention[];
  /** Where the earliest person named with a title ends (Infinity without one). */
  readonly firstTitledEnd: number;
  /** The genders the report gives its persons (`gendersOf`), once computed. */
  genders: Map<string, 'm' | 'f'> | undefined;
  readonly #entities: readonly EntityMention[];
  readonly #sorted: boolean;
  /** The full name (with a space) each last word stands for (see the constructor). */
  readonly #fullByLast = new Map<string, string>();

  constructor(entities: readonly EntityMention[]) {
    this.#entities = entities;
    this.#sorted = entities.every((e, i) => i === 0 || entities[i - 1]!.span.start <= e.span.start);
    this.persons = entities.filter((e) => e.type === 'person');
    let titled = Number.POSITIVE_INFINITY;
    for (const p of this.persons) if (p.title !== undefined && p.span.end < titled) titled = p.span.end;
    // The first full name of each surname; an untyped name of a given name and a surname ("Denise
    // Speller", left untyped at a sentence's start) where no person's full name has that surname
    // and no other untyped name does.
    // Note: the first, not the last named before: "Williams' mother, Rosalind Williams. '...,'
    // Williams said" is the son; the last named is right as often ("Henry Mullins calls it sad.
    // Mullins said" is the father of the Alexander Mullins named first).
    // (null: two untyped names of one surname, "Dan Caron" and "Nicole Caron": either may be meant)
    const untyped = new Map<string, string | null>();
    for (const p of entities) {
      if (p.type !== 'person' && p.type !== 'unknown') continue;
      const space = p.name.lastIndexOf(' ');
      if (space < 0) continue;
      const last = p.name.slice(space + 1);
      if (p.type === 'person') {
        if (!this.#fullByLast.has(last)) this.#fullByLast.set(last, p.name);
      } else if (p.name.indexOf(' ') === space && isGivenName(p.name.slice(0, space))) {
        const known = untyped.get(last);
        untyped.set(last, known === undefined || known === p.name ? p.name : null);
      }
    }
    for (const [last, name] of untyped) if (name !== null && !this.#fullByLast.has(last)) this.#fullByLast.set(last, name);
    this.firstTitledEnd = titled;
  }

  /** The typed mentions that lie within [start, end], in document order. */
  within(start: number, end: number): EntityMention[] {
    const inside: EntityMention[] = [];
    const entities = this.#entities;
    // Note: mentions come in document order from recognition; any other order is read whole.
    const from = this.#sorted ? firstAtOrAfter(entities, start) : 0;
    for (let i = from; i < entities.length; i++) {
      const e = entities[i]!;
      if (this.#sorted && e.span.start > end) break;
      if (e.type !== 'unknown' && e.span.start >= start && e.span.end <= end) inside.push(e);
    }
    return inside;
  }

  /** How many persons start before `at` (all of them when mentions are not in document order). */
  personsBefore(at: number): number {
    return this.#sorted ? firstAtOrAfter(this.persons, at) : this.persons.length;
  }

  /** The full name the document gives a surname written alone ("January" -> "Alex January"), if any. */
  fullNameOf(surname: string): string | undefined {
    return surname.includes(' ') ? undefined : this.#fullByLast.get(surname);
  }

  /**
   * "Ibrahim" -> "Khazar Ibrahim": the fullest earlier name of the document that ends with it; not
   * one whose given name is of the other sex than an honorific or the pronoun that refers to it
   * says ("said Mr. Craig" in a report of "Alex and Susan Craig" is not Susan Craig).
   */
  fullestName(m: EntityMention, pronounSex?: 'm' | 'f'): string {
    if (m.type !== 'person') return m.name;
    const full = this.fullNameOf(m.name);
    if (full === undefined) return m.name;
    const sex = (m.title === undefined ? undefined : HONORIFIC_SEX.get(m.title.toLowerCase().replace(/\.$/, ''))) ?? pronounSex;
    return sex !== undefined && givenNameSex(full.slice(0, full.indexOf(' '))) === (sex === 'm' ? 'f' : 'm') ? m.name : full;
  }
}

/** The index of the first mention that starts at or after `at` (mentions in document order). */
function firstAtOrAfter(mentions: readonly EntityMention[], at: number): number {
  return firstStartingAt(mentions, at, (m) => m.span.start);
}

/** Whether the offset `at` lies in one of `spans` (in order and disjoint): the last span starting at or before it. */
function isInside(spans: readonly Span[], at: number): boolean {
  const span = spans[firstStartingAt(spans, at + 1, (s) => s.start) - 1];
  return span !== undefined && at < span.end;
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
