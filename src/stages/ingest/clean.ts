/**
 * Cleaning: raw report text -> normalized `SourceDoc.text` with an exact offset map back
 * to the raw text. Two passes, each building its output with a {@link TextBuilder}:
 *
 * 1. characters: line endings, Unicode spaces, zero-width characters, trailing spaces,
 *    split hyphenation ("large -scale"), OCR-damaged ordinals ("15™ Anniversary");
 * 2. lines: noise lines, repeated caption lines, boilerplate blocks at the start and end,
 *    joining hard-wrapped lines, collapsing blank lines.
 *
 * The two maps are composed, so `offsets.toRaw(i)` is exact for every normalized offset.
 * Note: `text` never changes after this stage; a later need for an edit is a new step here.
 */
import { detectLanguage, LANGUAGE_NAMES } from './language.js';
import type { RawDoc, SourceDoc } from '../../model/document.js';
import type { Context } from '../../pipeline/stage.js';
import type { OffsetMap, RuleId } from '../../model/span.js';
import { CASUALTY_GUARD, EDGE_BOILERPLATE_PATTERNS, NOISE_LINE_PATTERNS } from '../../locales/en/boilerplate.js';
import { ORDINAL_HEAD_WORDS, SUPERSCRIPT_ORDINALS, ordinalSuffix } from '../../locales/en/ingest-ordinals.js';
import { AnchorOffsetMap, TextBuilder, composeMaps, identityMap } from './offset-map.js';
import { titleLine } from './title.js';

/** One change cleaning made, in raw offsets. Reported through `ctx.debug`. */
export interface CleanEdit {
  readonly rule: RuleId;
  /** Raw range that was replaced or dropped. */
  readonly start: number;
  readonly end: number;
  /** What replaced it ('' when dropped). */
  readonly replacement: string;
}

/** Rule ids of the cleaning steps, as they appear in debug output and diagnostics. */
export const CLEAN_RULES = {
  lineEnding: 'ingest/space/line-ending',
  unicodeSpace: 'ingest/space/unicode',
  zeroWidth: 'ingest/space/zero-width',
  trailingSpace: 'ingest/space/trailing',
  leadingSpace: 'ingest/space/leading',
  splitHyphen: 'ingest/word/split-hyphen',
  ocrOrdinal: 'en/ingest/ocr-ordinal',
  noiseLine: 'en/ingest/noise-line',
  repeatedLine: 'ingest/line/repeated',
  teaserLine: 'ingest/line/teaser',
  /** A photo caption's "Buy Photo" button, before and after its words. */
  photoButton: 'en/ingest/photo-button',
  boilerplateStart: 'en/ingest/boilerplate-start',
  boilerplateEnd: 'en/ingest/boilerplate-end',
  joinWrapped: 'ingest/line/join-wrapped',
  /** A report in another language than English (`detectLanguage`): warned, and read all the same. */
  language: 'ingest/language',
  joinContinuation: 'ingest/line/join-continuation',
  dehyphenate: 'ingest/line/dehyphenate',
  blankLines: 'ingest/line/blank',
  emptyAfterCleaning: 'en/ingest/empty-after-cleaning',
} as const satisfies Record<string, RuleId>;

// ---------------------------------------------------------------------------
// Pass 1: characters

/**
 * The first character of everything the character pass edits: CR, a Unicode space, a
 * zero-width character, an ordinal glyph (`™`, `ª`, `º`, or the first of a superscript
 * pair such as `ᵗʰ`). One character class, so the engine skips ordinary text fast;
 * the context checks happen in code. " -" ("Nagorno -Karabakh") is found with `indexOf`.
 */
const SPECIAL_CHARACTER = /[\r\u00a0\u1680\u2000-\u200d\u202f\u205f\u3000\u2060\ufeff\u00ad\u1d57\u02e2\u207f\u02b3\u2122\u00aa\u00ba]/g;
const UNICODE_SPACE = /^[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]$/;
const ZERO_WIDTH = /^[\u200b-\u200d\u2060\ufeff\u00ad]$/;
const LOWERCASE_LETTER = /^\p{Ll}$/u;
const LETTER = /^\p{L}$/u;

/** The word right after an ordinal glyph, to decide whether the glyph is a suffix. */
const NEXT_WORD = /^[ \t]*(\p{L}+)/u;

/** Context after `º`/`ª` that makes it a degree sign or an abbreviation, not an ordinal. */
const DEGREE_CONTEXT = /^[ \t]*(?:[CF]\b|degrees?\b|fahrenheit\b|celsius\b)/i;

interface PassResult {
  readonly text: string;
  readonly map: AnchorOffsetMap;
  /** Whether the line pass treated the text as hard-wrapped. */
  readonly isWrapped?: boolean;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The edit a special character at `start` calls for, if any. */
function characterEdit(raw: string, start: number): CleanEdit | undefined {
  const code = raw.charCodeAt(start);
  const character = raw[start] as string;
  if (code === 13) {
    const end = raw.charCodeAt(start + 1) === 10 ? start + 2 : start + 1;
    return { rule: CLEAN_RULES.lineEnding, start, end, replacement: '\n' };
  }
  if (UNICODE_SPACE.test(character)) return { rule: CLEAN_RULES.unicodeSpace, start, end: start + 1, replacement: ' ' };
  if (ZERO_WIDTH.test(character)) return { rule: CLEAN_RULES.zeroWidth, start, end: start + 1, replacement: '' };
  const pair = raw.slice(start, start + 2);
  const glyph = SUPERSCRIPT_ORDINALS.has(pair) ? pair : character;
  if (glyph.length === 1 && code !== 0x2122 && code !== 0xaa && code !== 0xba) return undefined;
  let digitsStart = start;
  while (digitsStart > 0 && start - digitsStart < 5 && isDigitCode(raw.charCodeAt(digitsStart - 1))) digitsStart--;
  const digitCount = start - digitsStart;
  if (digitCount === 0 || digitCount > 4 || (digitsStart > 0 && isDigitCode(raw.charCodeAt(digitsStart - 1)))) return undefined;
  const replacement = ordinalReplacement(raw, raw.slice(digitsStart, start), glyph, start + glyph.length);
  if (replacement === undefined) return undefined;
  return { rule: CLEAN_RULES.ocrOrdinal, start, end: start + glyph.length, replacement };
}

/** "Nagorno -Karabakh" -> "Nagorno-Karabakh" (drop the space), but not "COUNTY -The" (a dateline dash). */
function splitHyphenEdit(raw: string, space: number): CleanEdit | undefined {
  const before = raw[space - 1];
  const after = raw[space + 2];
  if (before === undefined || after === undefined || !LOWERCASE_LETTER.test(before) || !LETTER.test(after)) return undefined;
  return { rule: CLEAN_RULES.splitHyphen, start: space, end: space + 1, replacement: '' };
}

function normalizeCharacters(raw: string, edits: CleanEdit[]): PassResult {
  const found: CleanEdit[] = [];
  SPECIAL_CHARACTER.lastIndex = 0;
  for (let match = SPECIAL_CHARACTER.exec(raw); match !== null; match = SPECIAL_CHARACTER.exec(raw)) {
    const edit = characterEdit(raw, match.index);
    if (edit === undefined) continue;
    found.push(edit);
    SPECIAL_CHARACTER.lastIndex = edit.end;
  }
  // Note: " -" edits never overlap the others (they touch only an ASCII space), so a merge keeps order
  const hyphens: CleanEdit[] = [];
  for (let space = raw.indexOf(' -'); space !== -1; space = raw.indexOf(' -', space + 2)) {
    const edit = splitHyphenEdit(raw, space);
    if (edit !== undefined) hyphens.push(edit);
  }
  if (hyphens.length > 0) {
    const merged: CleanEdit[] = [];
    let h = 0;
    for (const edit of found) {
      while (h < hyphens.length && (hyphens[h] as CleanEdit).start < edit.start) merged.push(hyphens[h++] as CleanEdit);
      merged.push(edit);
    }
    while (h < hyphens.length) merged.push(hyphens[h++] as CleanEdit);
    found.length = 0;
    found.push(...merged);
  }
  if (found.length === 0) return { text: raw, map: identityMap(raw.length) };
  const builder = new TextBuilder(raw);
  let copied = 0;
  for (const edit of found) {
    builder.copy(copied, edit.start);
    builder.replace(edit.start, edit.end, edit.replacement);
    edits.push(edit);
    copied = edit.end;
  }
  builder.copy(copied, raw.length);
  return builder.finish();
}

/** The ordinal suffix a glyph after `digits` stands for, or undefined when it is not an ordinal. */
function ordinalReplacement(raw: string, digits: string, glyph: string, after: number): string | undefined {
  const superscript = SUPERSCRIPT_ORDINALS.get(glyph);
  if (superscript !== undefined) return superscript;
  // `™`, `ª`, `º` are ordinals only before a word that ordinals head: "15™ Anniversary"
  const following = raw.slice(after, after + 40);
  if (glyph !== '™' && DEGREE_CONTEXT.test(following)) return undefined;
  const word = NEXT_WORD.exec(following)?.[1];
  if (word === undefined || !ORDINAL_HEAD_WORDS.has(word.toLowerCase())) return undefined;
  return ordinalSuffix(Number(digits));
}

// ---------------------------------------------------------------------------
// Pass 2: lines

interface Line {
  /** Offset of the line's first character (after the previous '\n'). */
  readonly start: number;
  /** Offset of the first non-space character (=== contentEnd when blank). */
  readonly contentStart: number;
  /** Offset after the last non-space character: trailing spaces and tabs are dropped. */
  readonly contentEnd: number;
  /** Offset of the line's '\n' (or the text's end). */
  readonly end: number;
}

/**
 * How a kept line continues into the next kept line: keep a line break, keep a paragraph
 * break (one blank line), replace the break with a space, remove it ("Nagorno-\nKarabakh"),
 * or remove it with the hyphen before it ("inter-\nnational").
 */
type Join = 'newline' | 'paragraph' | 'space' | 'glue' | 'dehyphenate';

/** A line ending that never continues into the next line. */
const CLOSED_END = /[.!?…:;]["'”’)\]]*$/;
/** A line ending that continues: a letter, digit, comma, dash or an opening word. */
const OPEN_END = /[\p{L}\p{N},(“"'‘\-–—]$/u;
/** A line that starts a list item and so keeps its own line. */
const LIST_ITEM = /^(?:[-•*▪◦·–—+]\s|\d{1,3}[.)]\s|\(?[a-zA-Z]\)\s|#)/;
const STARTS_LOWERCASE = /^\p{Ll}/u;
/**
 * A line that starts with a plain lowercase word, as a continued sentence does.
 * Note: the word is taken whole through a lookahead and a backreference (an atomic group,
 * which JavaScript lacks): "’" belongs to the word and to the closing marks, and with two
 * plain quantifiers a lowercase word and a long run of "’" backtracked quadratically. The
 * language is the same: a word's letters, then closing marks, then a blank or the end.
 */
const CONTINUATION_START = /^\p{Ll}(?=([\p{L}'’-]*))\1[,.;:!?)"”’]*(?:\s|$)/u;
const BYLINE = /^by:?\s+\p{Lu}/u;
const ENDS_LETTER_HYPHEN = /\p{L}-$/u;
/** Lines this short carry no wrap evidence (share buttons, headings). */
const MIN_WRAP_EVIDENCE = 25;
/** Lines longer than this are paragraphs, not wrapped lines. */
const MAX_WRAPPED_LINE = 120;
/** A line this long or longer, ending open, may be a stray hard wrap in web text. */
const MIN_CONTINUED_LINE = 40;
/** Boilerplate blocks: a "weak" line (short, no digits, no casualty word) may sit between strong ones. */
const MAX_WEAK_LINE = 50;
const HAS_DIGIT = /\d/;
/** Longer lines are article paragraphs, never page furniture. */
const MAX_BOILERPLATE_LINE = 600;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let contentStart = start;
    while (contentStart < end) {
      const code = text.charCodeAt(contentStart);
      if (code !== 32 && code !== 9) break;
      contentStart++;
    }
    let contentEnd = end;
    while (contentEnd > contentStart) {
      const code = text.charCodeAt(contentEnd - 1);
      if (code !== 32 && code !== 9) break;
      contentEnd--;
    }
    lines.push({ start, contentStart, contentEnd, end });
    if (end === text.length) break;
    start = end + 1;
  }
  return lines;
}

/** One case-insensitive alternation of a pattern list, so a line is tested in one pass. */
function combinePatterns(patterns: readonly RegExp[]): RegExp {
  return new RegExp(patterns.map((pattern) => `(?:${pattern.source})`).join('|'), 'i');
}

const NOISE_LINE = combinePatterns(NOISE_LINE_PATTERNS);
const EDGE_BOILERPLATE = combinePatterns(EDGE_BOILERPLATE_PATTERNS);

function isNoiseLine(content: string): boolean {
  return content.length <= 80 && NOISE_LINE.test(content);
}

function isStrongBoilerplate(content: string): boolean {
  // Note: the guard runs first; it is one word list and rejects most article paragraphs quickly
  return content.length <= MAX_BOILERPLATE_LINE && !CASUALTY_GUARD.test(content) && EDGE_BOILERPLATE.test(content);
}

function isWeakLine(content: string): boolean {
  return content.length <= MAX_WEAK_LINE && !HAS_DIGIT.test(content) && !CASUALTY_GUARD.test(content);
}

/**
 * Indexes of the lines in a boilerplate block at one edge, scanning `order` (line indexes
 * from the edge inwards). The block runs to the innermost strong line reached through
 * strong and weak lines only; weak lines beyond it stay.
 */
function edgeBlock(order: readonly number[], content: (index: number) => string): number {
  let innermost = -1;
  for (let k = 0; k < order.length; k++) {
    const text = content(order[k] as number);
    if (isStrongBoilerplate(text)) innermost = k;
    else if (!isWeakLine(text)) break;
  }
  return innermost + 1;
}

/** Measures whether the kept lines look hard-wrapped (PDF/OCR) and how wide the wrap is. */
function wrapProfile(
  kept: readonly number[],
  lines: readonly Line[],
  text: string,
  blankBefore: readonly boolean[],
): { isWrapped: boolean; width: number } {
  let pairs = 0;
  let openPairs = 0;
  const lengths: number[] = [];
  for (let k = 0; k < kept.length; k++) {
    const line = lines[kept[k] as number] as Line;
    const length = line.contentEnd - line.contentStart;
    if (length >= MIN_WRAP_EVIDENCE) lengths.push(length);
    if (k + 1 >= kept.length || blankBefore[k + 1]) continue;
    if (length < MIN_WRAP_EVIDENCE || length > MAX_WRAPPED_LINE) {
      pairs++;
      continue;
    }
    pairs++;
    if (!CLOSED_END.test(text.slice(line.contentEnd - 3, line.contentEnd))) openPairs++;
  }
  lengths.sort((a, b) => a - b);
  const width = lengths.length === 0 ? 0 : (lengths[Math.floor(lengths.length * 0.9)] as number);
  return { isWrapped: openPairs >= 3 && openPairs * 2 >= pairs && width <= MAX_WRAPPED_LINE, width };
}

/** Doubled lines in a row that make a grid of teasers (see `teaserLines`). */
const TEASER_PAIRS = 2;
/** Share of a text's characters a grid of teasers may take and still be dropped (see `teaserLines`). */
const TEASER_SHARE_MAX = 0.75;

/** A teaser's two lines: the same, or the second going on from the first ("A 4-year-old boy remains in critical condition ..." then the same and more). */
function isTeaserPair(first: string, second: string): boolean {
  return first === second || (first.length >= TEASER_PREFIX_MIN && second.length > first.length && second.startsWith(first));
}
/** Characters a teaser's first line must have for a second that goes on from it to make a pair. */
const TEASER_PREFIX_MIN = 40;

/**
 * The lines of grids of teasers: a page's links to other stories, each written twice (a headline or
 * summary as the link's text and again as its title): "Police say Louisville man fired gun ...",
 * the same, "Investigators say the suspect ...", the same; or in one line, the headline twice and
 * the summary after it ("Man Shot, Suspect In Custody Man Shot, Suspect In Custody ANDERSON
 * COUNTY (LEX 18) - Police confirmed ..."). Two teasers in a row or more; a single doubled line is
 * a caption (the second copy goes as `repeatedLine`). Their counts and dates are other stories',
 * which the event's figures and timeline took for its own. Note: undefined when the grids of
 * doubled lines would take more than `TEASER_SHARE_MAX` of the text: a page whose every paragraph
 * came doubled keeps one copy of each, as before. A page of headlines written twice in their lines
 * is all teasers, however much of it they take: no story is written so; so is a video playlist,
 * three lines in a row or more of a duration and a title ("1:29 Police respond to shooting on 17th
 * Avenue", "3:10 Auburn QB opens up about shoulder injury Pause"), not clock times ("5:07 p.m.: ...").
 */
function teaserLines(lines: readonly Line[], content: (index: number) => string): Set<number> | undefined {
  const filled: number[] = [];
  let total = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line;
    if (line.contentStart === line.contentEnd) continue;
    filled.push(index);
    total += line.contentEnd - line.contentStart;
  }
  let teasers: Set<number> | undefined;
  let dropped = 0;
  let headlined = false;
  for (let k = 0; k < filled.length; ) {
    let end = k;
    let units = 0;
    let doubledHeadlines = 0;
    for (;;) {
      if (end < filled.length && opensWithDoubledHeadline(content(filled[end] as number))) {
        end += 1;
        doubledHeadlines++;
      } else if (end + 1 < filled.length && isTeaserPair(content(filled[end] as number), content(filled[end + 1] as number))) end += 2;
      else break;
      units++;
    }
    if (units >= TEASER_PAIRS) {
      teasers ??= new Set();
      headlined ||= doubledHeadlines >= TEASER_PAIRS;
      for (let j = k; j < end; j++) {
        const index = filled[j] as number;
        teasers.add(index);
        const line = lines[index] as Line;
        dropped += line.contentEnd - line.contentStart;
      }
      k = end;
    } else k++;
  }
  if (teasers !== undefined && !headlined && dropped > TEASER_SHARE_MAX * total) teasers = undefined;
  for (let k = 0; k < filled.length; ) {
    let end = k;
    while (end < filled.length && isPlaylistLine(content(filled[end] as number))) end++;
    if (end - k >= PLAYLIST_LINES) {
      teasers ??= new Set();
      for (let j = k; j < end; j++) teasers.add(filled[j] as number);
    }
    k = Math.max(end, k + 1);
  }
  return teasers;
}

/** A photo gallery's button word at a caption's start or end ("Buy Photo"). */
const PHOTO_BUTTON = 'Buy Photo';

/**
 * How many characters of a line's start and end are a caption's "Buy Photo" button (with the space
 * after the first): [0, 0] for most lines. A line that is the button alone is left to the noise lines.
 */
function photoButtons(text: string, start: number, end: number): [number, number] {
  const n = PHOTO_BUTTON.length;
  if (end - start <= n + 1 || text.charCodeAt(start) !== 66 || !text.startsWith(PHOTO_BUTTON, start) || text.charCodeAt(start + n) !== 32) return [0, 0];
  const head = n + 1;
  const tail = end - start - head > n && text.startsWith(PHOTO_BUTTON, end - n) ? n : 0;
  return [head, tail];
}

/** A weather alert's body: "...Freeze Warning Remains In Effect Until Noon EDT Thursday... * Temperature...". */
const ALERT_BODY = /^\W{0,4}\.\.\..{0,80}\bin effect (?:until|from|through)\b/i;
/** A weather alert's times and area: "Effective: March 15, 2017 at 9:23pm Expires: ... Target Area: Daviess; Greene". */
const ALERT_TIMES = /^effective:.{0,60}expires:/i;
/** A weather alert's title, on a line of its own before its body: "Freeze Warning", "Winter Storm Watch". */
const ALERT_TITLE = /^(?:[A-Z][a-z]+\s){0,4}(?:Warning|Watch|Advisory|Statement)$/;

/**
 * The lines of weather alerts that a local station's page carries beside its story (the National
 * Weather Service's wording: a title, "...Freeze Warning Remains In Effect Until Noon...", then
 * "Effective: ... Expires: ... Target Area: ..."): their counties read as the event's places, their
 * title-case words as names, and "could be damaged or killed" as a toll. A title only before a body.
 */
function weatherAlertLines(lines: readonly Line[], content: (index: number) => string): Set<number> | undefined {
  let alerts: Set<number> | undefined;
  let title = -1;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line;
    if (line.contentStart === line.contentEnd) continue;
    const text = content(index);
    if (text.length <= 40 && ALERT_TITLE.test(text)) {
      title = index;
      continue;
    }
    if (ALERT_BODY.test(text) || ALERT_TIMES.test(text)) {
      alerts ??= new Set();
      alerts.add(index);
      if (title >= 0) alerts.add(title);
    }
    title = -1;
  }
  return alerts;
}

/** A video's duration and title: "1:29 Police respond to shooting on 17th Avenue" (not "5:07 p.m.: Police have detained ..."). */
const PLAYLIST_LINE = /^\d{1,2}:\d{2}\s+(?![ap]\.?m\b)\S/i;
/** Lines of a playlist in a row that make a grid of teasers. */
const PLAYLIST_LINES = 3;
/** Characters a playlist's line has at most. */
const PLAYLIST_LINE_MAX = 200;

function isPlaylistLine(line: string): boolean {
  return line.length <= PLAYLIST_LINE_MAX && PLAYLIST_LINE.test(line);
}

/** A headline of three words or more written twice at a line's start, with or without more after it ("Residents Safe After Fire Residents Safe After Fire LEXINGTON (LEX 18) - ..."). */
const DOUBLED_HEADLINE = /^((?:[^\s]+\s){2,24}?[^\s]+)\s\1(?:\s|$)/;
/** Characters a headline written twice must have (`opensWithDoubledHeadline`). */
const DOUBLED_HEADLINE_MIN = 15;

/**
 * Whether a line opens with a headline written twice (a teaser's link text and title run
 * together). Note: the line's first characters must come again within the next 200 before the
 * regular expression runs.
 */
function opensWithDoubledHeadline(line: string): boolean {
  if (line.length < 2 * DOUBLED_HEADLINE_MIN + 1) return false;
  const again = line.indexOf(line.slice(0, DOUBLED_HEADLINE_MIN), DOUBLED_HEADLINE_MIN);
  if (again < 0 || again > 200) return false;
  const match = DOUBLED_HEADLINE.exec(line);
  return match !== null && (match[1] as string).length >= DOUBLED_HEADLINE_MIN;
}

function cleanLines(text: string, edits: CleanEdit[], toRaw: (offset: number) => number): PassResult {
  const lines = splitLines(text);
  const content = (index: number): string => {
    const line = lines[index] as Line;
    return text.slice(line.contentStart, line.contentEnd);
  };
  const record = (rule: RuleId, start: number, end: number, replacement: string): void => {
    edits.push({ rule, start: toRaw(start), end: toRaw(end), replacement });
  };
  const dropLine = (rule: RuleId, index: number): void => {
    const line = lines[index] as Line;
    record(rule, line.contentStart, line.contentEnd, '');
  };

  // noise lines and consecutive repeats go first, so they never split a block
  const teasers = teaserLines(lines, content);
  const alerts = weatherAlertLines(lines, content);
  let kept: number[] = [];
  let previous = '';
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line;
    if (line.contentStart === line.contentEnd) continue;
    const current = content(index);
    if (teasers?.has(index)) {
      dropLine(CLEAN_RULES.teaserLine, index);
      continue;
    }
    if (isNoiseLine(current) || alerts?.has(index)) {
      dropLine(CLEAN_RULES.noiseLine, index);
      continue;
    }
    if (current === previous) {
      // "Ambassador Vilayat Guliyev\nAmbassador Vilayat Guliyev": a doubled caption; keep the first
      dropLine(CLEAN_RULES.repeatedLine, index);
      continue;
    }
    previous = current;
    kept.push(index);
  }

  // boilerplate blocks at the end (comment forms, share bars) and the start (login walls);
  // Note: the end goes first, so a short article before a comment form is never taken
  // for the weak lines of a login wall
  const reversed = [...kept].reverse();
  const trailing = edgeBlock(reversed, content);
  for (let k = 0; k < trailing; k++) dropLine(CLEAN_RULES.boilerplateEnd, reversed[k] as number);
  kept = kept.slice(0, kept.length - trailing);
  const leading = edgeBlock(kept, content);
  for (let k = 0; k < leading; k++) dropLine(CLEAN_RULES.boilerplateStart, kept[k] as number);
  kept = kept.slice(leading);
  // "Just One More Thing..." left alone by a login wall: a page of boilerplate and a few
  // short fact-free lines is all boilerplate
  if (leading + trailing >= 1 && kept.length <= 2 && kept.every((index) => isWeakLine(content(index)))) {
    for (const index of kept) dropLine(CLEAN_RULES.boilerplateStart, index);
    kept = [];
  }

  // blankBefore[k]: a blank line separates kept[k - 1] and kept[k] in the text
  const blankBefore: boolean[] = kept.map((index, k) => {
    if (k === 0) return false;
    for (let between = (kept[k - 1] as number) + 1; between < index; between++) {
      const line = lines[between] as Line;
      if (line.contentStart === line.contentEnd) return true;
    }
    return false;
  });

  const { isWrapped, width } = wrapProfile(kept, lines, text, blankBefore);
  const joins: Join[] = [];
  for (let k = 0; k + 1 < kept.length; k++) {
    joins.push(
      decideJoin(content(kept[k] as number), content(kept[k + 1] as number), blankBefore[k + 1] === true, isWrapped, width),
    );
  }

  // emit
  const builder = new TextBuilder(text);
  for (let k = 0; k < kept.length; k++) {
    const line = lines[kept[k] as number] as Line;
    const join = k < joins.length ? joins[k] : undefined;
    const contentEnd = join === 'dehyphenate' ? line.contentEnd - 1 : line.contentEnd;
    if (k === 0 && line.contentStart > 0) record(CLEAN_RULES.blankLines, 0, line.contentStart, '');
    else if (line.contentStart > line.start) record(CLEAN_RULES.leadingSpace, line.start, line.contentStart, '');
    // "Buy Photo A Salinas police CSI unit parks outside ... (Photo: Chelcey Adami)Buy Photo": a caption keeps its words, not its button's.
    const [head, tail] = photoButtons(text, line.contentStart, contentEnd);
    if (head > 0) {
      builder.skip(line.contentStart, line.contentStart + head);
      record(CLEAN_RULES.photoButton, line.contentStart, line.contentStart + head, '');
    }
    builder.copy(line.contentStart + head, contentEnd - tail);
    if (tail > 0) {
      builder.skip(contentEnd - tail, contentEnd);
      record(CLEAN_RULES.photoButton, contentEnd - tail, contentEnd, '');
    }
    if (line.contentEnd < line.end) record(CLEAN_RULES.trailingSpace, line.contentEnd, line.end, '');
    if (join === undefined) {
      if (line.end < text.length) record(CLEAN_RULES.blankLines, line.end, text.length, '');
      continue;
    }
    const next = lines[kept[k + 1] as number] as Line;
    switch (join) {
      case 'newline':
        builder.copy(line.end, line.end + 1);
        if (next.start > line.end + 1) record(CLEAN_RULES.blankLines, line.end + 1, next.start, '');
        break;
      case 'paragraph':
        builder.copy(line.end, line.end + 1);
        builder.copy(next.start - 1, next.start);
        if (next.start - 1 > line.end + 1) record(CLEAN_RULES.blankLines, line.end + 1, next.start - 1, '');
        break;
      case 'space':
        builder.replace(line.end, next.contentStart, ' ');
        record(CLEAN_RULES.joinWrapped, line.end, next.contentStart, ' ');
        break;
      case 'glue':
        builder.skip(line.end, next.contentStart);
        record(CLEAN_RULES.joinWrapped, line.end, next.contentStart, '');
        break;
      case 'dehyphenate':
        builder.skip(line.contentEnd - 1, next.contentStart);
        record(CLEAN_RULES.dehyphenate, line.contentEnd - 1, next.contentStart, '');
        break;
    }
  }
  return { ...builder.finish(), isWrapped };
}

/** How `line` continues into `next`: the heart of unwrapping PDF/OCR text. */
function decideJoin(line: string, next: string, isBlankBetween: boolean, isWrapped: boolean, width: number): Join {
  const broken = isBlankBetween ? 'paragraph' : 'newline';
  if (LIST_ITEM.test(next)) return broken;
  // "block of Arnold Street" continues a sentence; "www.example.com", "photo_prev|..." and a
  // byline under a headline ("by Jane Doe") do not
  const nextIsLowercase = CONTINUATION_START.test(next) && !(next.length < 60 && BYLINE.test(next) && !CLOSED_END.test(next));
  const tail = line.slice(-3);
  if (isBlankBetween) {
    // "who claimed a part of the territory of Azerbaijan,\n\ncompelled the people": a page
    // or column break inside a sentence; in web text only after a long line
    const isLongEnough = isWrapped || line.length >= MIN_CONTINUED_LINE;
    if (isLongEnough && nextIsLowercase && OPEN_END.test(tail) && !CLOSED_END.test(tail)) return wordJoin(line, next);
    return broken;
  }
  if (isWrapped) {
    if (nextIsLowercase) return wordJoin(line, next);
    if (CLOSED_END.test(tail)) {
      // a full-width line ending a sentence is a wrap; a short one ends its paragraph
      if (tail.endsWith(':') || tail.endsWith(';')) return broken;
      return line.length >= width * 0.75 && !LIST_ITEM.test(line) ? 'space' : broken;
    }
    // a short open line before a capital is a heading: "Reasons behind the attack\nThe ..."
    if (line.length < width * 0.6) return broken;
    return wordJoin(line, next);
  }
  // web text: one paragraph a line; join only a stray hard wrap in the middle of a sentence
  if (nextIsLowercase && line.length >= MIN_CONTINUED_LINE && OPEN_END.test(tail) && !CLOSED_END.test(tail)) {
    return wordJoin(line, next);
  }
  return broken;
}

function wordJoin(line: string, next: string): Join {
  if (ENDS_LETTER_HYPHEN.test(line)) return STARTS_LOWERCASE.test(next) ? 'dehyphenate' : 'glue';
  return 'space';
}

// ---------------------------------------------------------------------------

/**
 * Cleans a raw report into a `SourceDoc`: normalized `text`, the untouched `raw`, and an
 * exact offset map between them. Reports what changed through `ctx.debug`, and a warning
 * when nothing but boilerplate was left.
 *
 * @example
 * const doc = cleanDoc({ id: 'a', path: 'a.txt', text: 'The large -scale raid\r\n\nShare this:' }, ctx);
 * doc.text === 'The large-scale raid';
 * doc.raw[doc.offsets.toRaw(10)] === 's';
 */
/**
 * The headline as the text's first paragraph, when the text does not already begin with it.
 * Note: the headline comes from the input's metadata, not from its text, so its characters map
 * back to raw offset 0.
 */
function headlineLead(title: string | undefined, body: string): string {
  const headline = title === undefined ? undefined : titleLine(title);
  if (!headline || headline.length < 8) return '';
  const needle = headline.slice(0, 60).toLowerCase();
  const opening = body.slice(0, 400 + headline.length);
  // Note: collapsing the opening's spaces costs a replacement per space; most headlines have a
  // word the opening lacks altogether, which settles it (collapsing only changes whitespace, so
  // every word of a collapsed match is in the opening as it is).
  if (!hasEveryWord(opening.toLowerCase(), needle)) return `${headline}\n\n`;
  const start = opening.replace(/\s+/g, ' ').toLowerCase();
  if (start.includes(needle)) return '';
  return `${headline}\n\n`;
}

/** Whether every space-separated word of `words` occurs in `text`. @example hasEveryWord('two shot dead', 'shot two') === true */
function hasEveryWord(text: string, words: string): boolean {
  let start = 0;
  while (start < words.length) {
    let end = words.indexOf(' ', start);
    if (end === -1) end = words.length;
    if (end > start && !text.includes(words.slice(start, end))) return false;
    start = end + 1;
  }
  return true;
}

/** The first line of a cleaned text, on its own: the cleaner joined the wrapped lines of its paragraphs. */
const FIRST_LINE = /^([^\n]{8,200})\n/;
/** How a line of running text ends: a full stop, a comma, a colon (a headline ends on a word, a number or a question). */
const RUNNING_TEXT_END = /[.,;:]["'”’)]*$/;

/**
 * The headline of a report that came without a title (a text file): its first line, when the
 * cleaned text keeps it apart from what follows and it does not end as running text does
 * ("Gunmen kill 12 at Velmora market"; not "Two people died on Sunday."). The line stays in the text.
 *
 * @example
 * headlineOf('Gunmen kill 12 at Velmora market\n\nAt least 12 people ...'); // { title: 'Gunmen kill 12 at Velmora market' }
 */
function headlineOf(text: string): { title?: string } {
  const line = FIRST_LINE.exec(text)?.[1]?.trim();
  return line === undefined || line.length < 8 || RUNNING_TEXT_END.test(line) || !line.includes(' ') ? {} : { title: line };
}

export function cleanDoc(raw: RawDoc, ctx: Context): SourceDoc {
  const edits: CleanEdit[] = [];
  const characters = normalizeCharacters(raw.text, edits);
  const lines = cleanLines(characters.text, edits, (offset) => characters.map.toRaw(offset));
  const body = lines.text;
  const bodyOffsets = composeMaps(lines.map, characters.map);
  // The headline is part of the report: "2 dead, 4 hurt in shooting" is often its clearest count.
  const lead = headlineLead(raw.title, body);
  const text = lead + body;
  const offsets: OffsetMap = lead.length === 0 ? bodyOffsets : { toRaw: (offset) => (offset < lead.length ? 0 : bodyOffsets.toRaw(offset - lead.length)) };
  ctx.debug(() => ({ stage: 'ingest', doc: raw.id, isWrapped: lines.isWrapped, edits: summarizeEdits(edits, raw.text) }));
  if (text.length === 0 && raw.text.trim().length > 0) {
    ctx.report({
      severity: 'warning',
      message: `Document \`${raw.id}\` holds only web boilerplate (login, sharing or comment prompts, links to other stories); it is kept but has no text.`,
      ruleId: CLEAN_RULES.emptyAfterCleaning,
      stage: 'ingest',
      file: raw.path,
      ...(raw.line !== undefined ? { line: raw.line } : {}),
      note: 'Check the scrape of this article; the page may have been behind a login or paywall.',
    });
  }
  const detected = detectLanguage(text);
  if (detected) {
    const name = LANGUAGE_NAMES[detected.language] ?? detected.language;
    ctx.report({
      severity: 'warning',
      message: `Report \`${raw.id}\` looks ${name} (${detected.evidence}): corroborate reads English only, so its figures, dates, names and quotes are likely missed (it is kept, with its \`language\`).`,
      ruleId: CLEAN_RULES.language,
      stage: 'ingest',
      file: raw.path,
      ...(raw.line !== undefined ? { line: raw.line } : {}),
      note: 'Give an English translation of the report to have it read.',
    });
  }
  const doc: SourceDoc = {
    id: raw.id,
    path: raw.path,
    ...(raw.line !== undefined ? { line: raw.line } : {}),
    ...(raw.title !== undefined ? { title: raw.title } : headlineOf(text)),
    ...(raw.published !== undefined ? { published: raw.published, publishedBasis: raw.publishedBasis ?? ('metadata' as const) } : {}),
    ...(raw.url !== undefined ? { url: raw.url } : {}),
    language: detected?.language ?? 'en',
    text,
    // text extracted from a page (HTML, PDF) maps on into the page itself
    offsets: raw.page === undefined ? offsets : composeWithPage(offsets, raw.page.offsets),
    raw: raw.page?.raw ?? raw.text,
  };
  return Object.freeze(doc);
}

/** `cleaned` (normalized -> extracted text) followed by `page` (extracted text -> page). */
function composeWithPage(cleaned: OffsetMap, page: OffsetMap): OffsetMap {
  if (cleaned instanceof AnchorOffsetMap && page instanceof AnchorOffsetMap) return composeMaps(cleaned, page);
  return { toRaw: (offset) => page.toRaw(cleaned.toRaw(offset)) };
}

function summarizeEdits(edits: readonly CleanEdit[], raw: string): unknown[] {
  return edits
    .filter((edit) => edit.end > edit.start || edit.replacement.length > 0)
    .map((edit) => ({
      rule: edit.rule,
      start: edit.start,
      end: edit.end,
      from: raw.slice(edit.start, Math.min(edit.end, edit.start + 80)),
      to: edit.replacement,
    }));
}
