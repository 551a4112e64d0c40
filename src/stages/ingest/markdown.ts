/**
 * Markdown reports (`.md`, `.markdown`): the text a reader of the rendered page sees, with an offset
 * map back to the source, and the title, date and address a front matter block or an opening
 * heading gives.
 *
 * Own code, one pass over the lines, rather than a Markdown parser: a report needs its markup left
 * out, not a syntax tree, and the parsers measured here were too slow or broke on hostile input.
 * mdast-util-from-markdown (micromark, CommonMark-exact, with offsets) read news text at about 2.5
 * MB/s and spent about 20 µs a line whatever it held (27,000 one-letter lines: 0.5 s), and the
 * robustness fuzz found it quadratic on emphasis delimiters ("0**00**00...": 20 KB in 195 ms, a
 * quarter in 15) and on nested lists. marked's lexer was fast but overflowed its stack on nested
 * block quotes and was quadratic on underscores ("_a" x 10,000: 0.2 s). Here every pattern is
 * bounded, so the pass is linear, and every character kept maps to its place in the file (the
 * offset map is built as the text is, `TextBuilder`).
 *
 * What is left out: YAML front matter; heading markers (`#`, setext underlines); block quote and
 * list markers (each list item becomes a paragraph); thematic breaks; code fences (their content
 * is kept: in a report, indented or fenced text is prose); link and image syntax (a link keeps its
 * text, an image goes); HTML tags; emphasis, strike-through and code delimiters; backslash
 * escapes; reference definitions. Entities are decoded. Not handled: tables (their pipes stay) and
 * emphasis inside a word ("un*frigging*believable" stays as written).
 *
 * Before this, "# Toll rises to 14" and "**six** detained" reached the claims with their markup.
 */
import { parse as parseYaml } from 'yaml';
import { AnchorOffsetMap, composeMaps, TextBuilder } from './offset-map.js';

/** A Markdown report as text. */
export interface MarkdownText {
  /** The rendered text: headings, paragraphs and list items apart, markup left out. */
  readonly text: string;
  /** Maps offsets of `text` to offsets of the Markdown source. */
  readonly offsets: AnchorOffsetMap;
  /** The front matter's `title`, else the text of a heading that opens the report. */
  readonly title?: string;
  /** The front matter's `date` (or `published`, `pubDate`, ...), as written; the reader checks it is a date. */
  readonly published?: string;
  /** The front matter's `url` (or `link`, `canonical`, ...). */
  readonly url?: string;
  /** Why the front matter was not read, when it was not valid YAML. */
  readonly frontMatterProblem?: string;
}

/** Front matter keys, first found wins. */
const TITLE_KEYS = ['title', 'headline'];
const DATE_KEYS = ['date', 'published', 'pubDate', 'publishDate', 'published_at', 'datePublished'];
const URL_KEYS = ['url', 'link', 'canonical', 'canonical_url', 'canonicalURL', 'permalink'];

/** How many lines a front matter block may take before its closing `---`. */
const FRONT_MATTER_LINES = 200;

const BLANK = /^[ \t]*$/;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
const THEMATIC_BREAK = /^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT_UNDERLINE = /^[ \t]{0,3}(?:=+|-+)[ \t]*$/;
const ATX_HEADING = /^[ \t]{0,3}#{1,6}(?:[ \t]+|$)/;
const ATX_CLOSING = /[ \t]+#+[ \t]*$/;
/** One block quote or list marker at the start of what is left of a line (taken repeatedly). */
const CONTAINER = /^[ \t]{0,3}(?:>[ \t]?|(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$))/;
const LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])/;
const ORDERED_MARKER = /^[ \t]*(\d{1,9})[.)]/;
const REFERENCE_DEFINITION = /^[ \t]{0,3}\[[^\]\n]{1,200}\]:[ \t]*\S/;
const HTML_COMMENT_START = '<!--';
const HTML_COMMENT_END = '-->';

/**
 * Inline markup, left to right; every part bounded so a line of 100 KB of brackets stays linear.
 * A link keeps its text: its `[` (when a `](url)` or `][ref]` follows on the line) and its
 * `](url)` go.
 */
const INLINE = new RegExp(
  [
    String.raw`(?<escape>\\[!-\/:-@[-\x60{-~])`,
    String.raw`(?<image>!\[[^\]\n]{0,300}\](?:\([^)\n]{0,500}\)|\[[^\]\n]{0,100}\]))`,
    String.raw`(?<linkOpen>\[)(?=[^\[\]\n]{0,300}\](?:\([^)\n]{0,500}\)|\[[^\]\n]{0,100}\]))`,
    String.raw`(?<linkClose>\](?:\([^)\n]{0,500}\)|\[[^\]\n]{0,100}\]))`,
    String.raw`(?<autolink><(?=(?:https?:\/\/|mailto:)[^\s<>]{1,500}>))`,
    String.raw`(?<tag><\/?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>\n]{0,300})?\/?>)`,
    String.raw`(?<code>\x60+)`,
    String.raw`(?<delimiter>\*{1,3}|_{1,3}|~~)`,
    String.raw`(?<entity>&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});)`,
  ].join('|'),
  'g',
);

/** Named entities a report uses; others are kept as written. */
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…',
  rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', eacute: 'é', copy: '©',
};

/**
 * The text of a Markdown report, without its markup.
 *
 * @example
 * const md = extractMarkdown('# Two dead\n\n**Two** people were *killed*, [police](https://x.example) said.');
 * md.text === 'Two dead\n\nTwo people were killed, police said.';
 * md.title === 'Two dead';
 */
export function extractMarkdown(source: string): MarkdownText {
  const builder = new TextBuilder(source);
  const lines = lineRanges(source);
  let index = 0;
  let front: Record<string, unknown> | undefined;
  let frontMatterProblem: string | undefined;
  // Front matter: `---` on the first line, closed by `---` or `...` on a later one.
  if (lines.length > 1 && /^---[ \t]*$/.test(lineText(source, lines[0]!))) {
    const close = lines.findIndex((l, i) => i > 0 && i <= FRONT_MATTER_LINES && /^(?:---|\.\.\.)[ \t]*$/.test(lineText(source, l)));
    if (close > 0) {
      const yaml = source.slice(lines[1]!.start, lines[close]!.start);
      try {
        const parsed: unknown = parseYaml(yaml);
        if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) front = parsed as Record<string, unknown>;
      } catch (error) {
        frontMatterProblem = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
      }
      index = close + 1;
    }
  }
  let pos = index < lines.length ? lines[index]!.start : source.length;
  /** Where the text of the opening heading starts and ends in the built text, if the report opens with one. */
  let heading: { from: number; to: number } | undefined;
  let contentLines = 0;
  let fence: string | undefined;
  let inComment = false;
  let previousBlank = true;
  // `pos`: the next source offset not yet copied or skipped
  const copyUpTo = (to: number) => {
    if (to > pos) builder.copy(pos, to);
    pos = Math.max(pos, to);
  };
  const skipTo = (to: number) => {
    pos = Math.max(pos, to);
  };
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    const text = lineText(source, line);
    const start = line.start;
    const end = start + text.length;
    if (fence !== undefined) {
      const closing = FENCE.exec(text);
      if (closing && closing[1]![0] === fence[0] && closing[1]!.length >= fence.length && BLANK.test(text.slice(closing[0].length))) {
        fence = undefined;
        skipTo(end);
      } else copyUpTo(end);
      copyUpTo(line.next);
      continue;
    }
    if (inComment) {
      const close = text.indexOf(HTML_COMMENT_END);
      if (close < 0) {
        skipTo(end);
        copyUpTo(line.next);
        continue;
      }
      inComment = false;
      skipTo(start + close + HTML_COMMENT_END.length);
    }
    if (BLANK.test(text)) {
      copyUpTo(line.next);
      previousBlank = true;
      continue;
    }
    const opening = FENCE.exec(text);
    if (opening) {
      fence = opening[1];
      skipTo(end);
      copyUpTo(line.next);
      previousBlank = true;
      continue;
    }
    if (REFERENCE_DEFINITION.test(text) || THEMATIC_BREAK.test(text) || (!previousBlank && SETEXT_UNDERLINE.test(text))) {
      // a setext underline makes the line above a heading: the first such heading is the title
      if (!previousBlank && SETEXT_UNDERLINE.test(text) && heading === undefined && contentLines === 1) {
        heading = lastLineOf(builder);
      }
      skipTo(end);
      copyUpTo(line.next);
      previousBlank = true;
      continue;
    }
    // Block quote and list markers, as many as the line opens with; a list item starts a paragraph.
    let at = start;
    let isItem = false;
    for (let m = CONTAINER.exec(text); m !== null; m = CONTAINER.exec(source.slice(at, end))) {
      const ordered = ORDERED_MARKER.exec(m[0]);
      // Within a paragraph only "1." starts a list (as in CommonMark): "rose to\n14. Police said" is prose.
      if (ordered && !previousBlank && at === start && ordered[1] !== '1') break;
      if (LIST_MARKER.test(m[0])) isItem = true;
      at += m[0].length;
    }
    if (at > start) {
      skipTo(at);
      if (isItem && !previousBlank) builder.replace(at, at, '\n');
    }
    // indentation (four spaces make CommonMark code; in a report, it is prose) and the spaces after a marker
    while (at < end && (source.charCodeAt(at) === 32 || source.charCodeAt(at) === 9)) at++;
    skipTo(at);
    let contentEnd = end;
    let isHeading = false;
    const atx = ATX_HEADING.exec(source.slice(at, end));
    if (atx) {
      isHeading = true;
      if (!previousBlank && at === start) builder.replace(at, at, '\n');
      skipTo(at + atx[0].length);
      at += atx[0].length;
      const closing = ATX_CLOSING.exec(source.slice(at, end));
      if (closing) contentEnd = at + closing.index;
    }
    const headingFrom = builder.length;
    const opensComment = inline(source, at, contentEnd, builder, copyUpTo, skipTo);
    copyUpTo(contentEnd);
    if (isHeading && heading === undefined && contentLines === 0) heading = { from: headingFrom, to: builder.length };
    if (opensComment) inComment = true;
    // a closing "## " of an ATX heading goes
    skipTo(end);
    // a heading is a paragraph of its own
    if (isHeading && index + 1 < lines.length && !BLANK.test(lineText(source, lines[index + 1]!))) builder.replace(end, end, '\n');
    copyUpTo(line.next);
    contentLines++;
    previousBlank = false;
  }
  if (pos < source.length) builder.copy(pos, source.length);
  const { text, map } = tidy(builder.finish());
  const headingText = heading === undefined ? undefined : text.slice(heading.from, heading.to).replace(/\s+/g, ' ').trim();
  const title = scalar(front, TITLE_KEYS) ?? (headingText !== undefined && headingText !== '' ? headingText : undefined);
  const published = scalar(front, DATE_KEYS);
  const url = scalar(front, URL_KEYS);
  return {
    text,
    offsets: map,
    ...(title !== undefined ? { title } : {}),
    ...(published !== undefined ? { published } : {}),
    ...(url !== undefined ? { url } : {}),
    ...(frontMatterProblem !== undefined ? { frontMatterProblem } : {}),
  };
}

/**
 * The text without the blank lines that markup left behind: no blank line first or last, and at
 * most one between paragraphs (lines of spaces count as blank); the map composed to the source.
 */
function tidy(built: { text: string; map: AnchorOffsetMap }): { text: string; map: AnchorOffsetMap } {
  const { text, map } = built;
  const out = new TextBuilder(text);
  const BLANK_RUN = /\n(?:[ \t]*\r?\n)+/g;
  let from = 0;
  const leading = /^(?:[ \t]*\r?\n)+/.exec(text);
  if (leading) from = leading[0].length;
  let end = text.length;
  while (end > from && /\s/.test(text[end - 1]!)) end--;
  BLANK_RUN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = BLANK_RUN.exec(text)) !== null && m.index < end) {
    const runEnd = Math.min(m.index + m[0].length, end);
    out.copy(from, m.index);
    // one paragraph break: two line breaks, each mapped to a line break of the run
    out.copy(m.index, m.index + 1);
    const last = m[0].lastIndexOf('\n');
    if (last > 0 && m.index + last < end) out.copy(m.index + last, m.index + last + 1);
    from = runEnd;
  }
  out.copy(from, end);
  const tidied = out.finish();
  return { text: tidied.text, map: composeMaps(tidied.map, map) };
}

interface LineRange {
  readonly start: number;
  /** End of the line's text, before `\r\n` or `\n`. */
  readonly end: number;
  /** Start of the next line. */
  readonly next: number;
}

function lineRanges(source: string): LineRange[] {
  const lines: LineRange[] = [];
  let start = 0;
  while (start < source.length) {
    const newline = source.indexOf('\n', start);
    const next = newline < 0 ? source.length : newline + 1;
    let end = newline < 0 ? source.length : newline;
    if (end > start && source.charCodeAt(end - 1) === 13) end--;
    lines.push({ start, end, next });
    start = next;
  }
  return lines;
}

function lineText(source: string, line: LineRange): string {
  return source.slice(line.start, line.end);
}

/** The last line of the text built so far (a setext heading's text), as offsets of the built text. */
function lastLineOf(builder: TextBuilder): { from: number; to: number } {
  const text = builder.peek();
  let to = text.length;
  while (to > 0 && (text[to - 1] === '\n' || text[to - 1] === '\r')) to--;
  const from = text.lastIndexOf('\n', to - 1) + 1;
  return { from, to };
}

/**
 * Copies `source[from, to)` without its inline markup (see `INLINE`); says whether an HTML comment
 * opens in it and does not close.
 */
function inline(source: string, from: number, to: number, builder: TextBuilder, copyUpTo: (to: number) => void, skipTo: (to: number) => void): boolean {
  const line = source.slice(from, to);
  let openLinks = 0;
  const comment = line.indexOf(HTML_COMMENT_START);
  const scanEnd = comment >= 0 && line.indexOf(HTML_COMMENT_END, comment + HTML_COMMENT_START.length) < 0 ? comment : line.length;
  INLINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INLINE.exec(line)) !== null && m.index < scanEnd) {
    const at = from + m.index;
    const end = at + m[0].length;
    const g = m.groups ?? {};
    if (g['escape'] !== undefined) {
      // "\*": the backslash goes, the character it escapes stays (and is not read as markup)
      copyUpTo(at);
      skipTo(at + 1);
    } else if (g['image'] !== undefined || g['tag'] !== undefined || g['code'] !== undefined) {
      copyUpTo(at);
      skipTo(end);
    } else if (g['linkOpen'] !== undefined) {
      openLinks++;
      copyUpTo(at);
      skipTo(end);
    } else if (g['linkClose'] !== undefined) {
      if (openLinks === 0) continue;
      openLinks--;
      copyUpTo(at);
      skipTo(end);
    } else if (g['autolink'] !== undefined) {
      // "<https://example.org/page>": the address stays, its brackets go
      const close = line.indexOf('>', m.index);
      copyUpTo(at);
      skipTo(end);
      copyUpTo(from + close);
      skipTo(from + close + 1);
      INLINE.lastIndex = close + 1;
    } else if (g['delimiter'] !== undefined) {
      if (!isEmphasisDelimiter(line, m.index, m.index + m[0].length)) continue;
      copyUpTo(at);
      skipTo(end);
    } else if (g['entity'] !== undefined) {
      const decoded = decodeEntity(m[0]);
      if (decoded === undefined) continue;
      copyUpTo(at);
      builder.replace(at, end, decoded);
      skipTo(end);
    }
  }
  if (scanEnd < line.length) {
    // an HTML comment that runs on past this line: the rest of the line goes with it
    copyUpTo(from + scanEnd);
    skipTo(to);
    return true;
  }
  return false;
}

const SPACE_OR_PUNCTUATION = /[\s\p{P}\p{S}]/u;

/**
 * Whether a run of `*`, `_` or `~~` opens or closes emphasis (CommonMark's flanking, simplified): a
 * non-space on one side only, or punctuation on the other. Inside a word (letters on both sides)
 * it is kept, as `_` always is there ("snake_case") and as "5*3*2" should be.
 */
function isEmphasisDelimiter(line: string, start: number, end: number): boolean {
  const before = start > 0 ? line[start - 1]! : ' ';
  const after = end < line.length ? line[end]! : ' ';
  const beforeLoose = SPACE_OR_PUNCTUATION.test(before);
  const afterLoose = SPACE_OR_PUNCTUATION.test(after);
  return beforeLoose !== afterLoose;
}

function decodeEntity(entity: string): string | undefined {
  const body = entity.slice(1, -1);
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
    return String.fromCodePoint(code);
  }
  return ENTITIES[body];
}

/** A front matter value as text: a string, a number, or a date (YAML reads `2019-03-16` as one). */
function scalar(front: Record<string, unknown> | undefined, keys: readonly string[]): string | undefined {
  if (front === undefined) return undefined;
  for (const key of keys) {
    const value = front[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (typeof value === 'number') return String(value);
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  }
  return undefined;
}
