/**
 * Markdown reports (`.md`, `.markdown`): the text a reader of the rendered page sees, with an offset
 * map back to the source, and the title, date and address a front matter block or a leading
 * heading gives.
 *
 * Markdown is parsed by mdast-util-from-markdown (the unified collective's CommonMark parser, the
 * one remark uses): every node carries its offsets in the source, which is what the map needs, and
 * CommonMark's edge cases (emphasis, link references, escapes, entities, lazy block quotes) are
 * its job, not ours. micromark-extension-frontmatter and mdast-util-frontmatter add the `---` YAML
 * block that static-site exports (Jekyll, Hugo) open with; the `yaml` package reads it.
 *
 * Without this, "# Toll rises to 14" and "**six** detained" reached the claims with their markup,
 * and a heading was read as part of the next sentence.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import type { Nodes, Parents } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { AnchorOffsetMap } from './offset-map.js';

/** A Markdown report as text. */
export interface MarkdownText {
  /** The rendered text: one paragraph per block (heading, paragraph, list item, quote), markup left out. */
  readonly text: string;
  /** Maps offsets of `text` to offsets of the Markdown source. */
  readonly offsets: AnchorOffsetMap;
  /** The front matter's `title`, else the text of a heading that opens the report. */
  readonly title?: string;
  /** The front matter's `date` (or `published`, `pubDate`), as written; the reader checks it is a date. */
  readonly published?: string;
  /** The front matter's `url` (or `link`, `canonical`, `canonical_url`). */
  readonly url?: string;
  /** Why the front matter was not read, when it was not valid YAML. */
  readonly frontMatterProblem?: string;
}

/** Front matter keys, first found wins. */
const TITLE_KEYS = ['title', 'headline'];
const DATE_KEYS = ['date', 'published', 'pubDate', 'publishDate', 'published_at', 'datePublished'];
const URL_KEYS = ['url', 'link', 'canonical', 'canonical_url', 'canonicalURL', 'permalink'];

/** How far ahead in the source a character of a node's value is looked for (see `Builder.value`). */
const ALIGN_REACH = 16;

/**
 * The text of a Markdown report, without its markup.
 *
 * @example
 * const md = extractMarkdown('# Two dead\n\n**Two** people were *killed*, [police](https://x.example) said.');
 * md.text === 'Two dead\n\nTwo people were killed, police said.';
 * md.title === 'Two dead';
 * md.offsets.toRaw(md.text.indexOf('killed')) === 27;
 */
export function extractMarkdown(source: string): MarkdownText {
  const tree = fromMarkdown(source, { extensions: [frontmatter(['yaml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml'])] });
  const builder = new Builder(source);
  let front: Record<string, unknown> | undefined;
  let frontMatterProblem: string | undefined;
  let heading: string | undefined;
  let first = true;
  for (const node of tree.children) {
    if (node.type === 'yaml') {
      try {
        const parsed: unknown = parseYaml(node.value);
        if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) front = parsed as Record<string, unknown>;
      } catch (error) {
        frontMatterProblem = error instanceof Error ? error.message.split('\n')[0] : String(error);
      }
      continue;
    }
    if (first && node.type === 'heading') heading = builder.plain(node);
    if (node.type !== 'definition') first = false;
    builder.block(node);
  }
  const title = scalar(front, TITLE_KEYS) ?? (heading !== undefined && heading.trim() !== '' ? heading.replace(/\s+/g, ' ').trim() : undefined);
  const published = scalar(front, DATE_KEYS);
  const url = scalar(front, URL_KEYS);
  const { text, offsets } = builder.done();
  return {
    text,
    offsets,
    ...(title !== undefined ? { title } : {}),
    ...(published !== undefined ? { published } : {}),
    ...(url !== undefined ? { url } : {}),
    ...(frontMatterProblem !== undefined ? { frontMatterProblem } : {}),
  };
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

/** Blocks whose text is read; containers are walked into; everything else (HTML, rules, images, definitions) is markup. */
const TEXT_BLOCKS: ReadonlySet<string> = new Set(['paragraph', 'heading', 'tableCell', 'code']);

/** Builds the rendered text and its anchors (where text and source stop running in step). */
class Builder {
  readonly #source: string;
  readonly #parts: string[] = [];
  #length = 0;
  readonly #textStarts: number[] = [];
  readonly #sourceStarts: number[] = [];
  /** Source offset just after the last character written, for the paragraph breaks between blocks. */
  #sourceAt = 0;

  constructor(source: string) {
    this.#source = source;
  }

  /** Writes a block: a paragraph break, then its text; walks into containers (quotes, lists, list items, tables). */
  block(node: Nodes): void {
    if (TEXT_BLOCKS.has(node.type)) {
      // a block with no text (an image alone) leaves no paragraph break behind
      if (this.plain(node).trim().length === 0) return;
      if (this.#length > 0) this.#write('\n\n', this.#sourceAt, false);
      // "```" fences and four-space indents: in a report, prose pasted with an indent, not code
      if (node.type === 'code') this.#value(node.value, node);
      else this.#phrasing(node as Parents);
      return;
    }
    if ('children' in node) for (const child of node.children) this.block(child as Nodes);
  }

  /** The text of a node, as `block` writes it, without writing it. */
  plain(node: Nodes): string {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') return node.value;
    if (node.type === 'break') return '\n';
    if (node.type === 'image' || node.type === 'imageReference' || node.type === 'html' || node.type === 'footnoteReference') return '';
    return 'children' in node ? node.children.map((c) => this.plain(c as Nodes)).join('') : '';
  }

  #phrasing(node: Parents): void {
    for (const child of node.children) {
      const c = child as Nodes;
      if (c.type === 'text' || c.type === 'inlineCode') this.#value(c.value, c);
      else if (c.type === 'break') this.#write('\n', c.position?.start.offset ?? this.#sourceAt, true);
      else if (c.type === 'image' || c.type === 'imageReference' || c.type === 'html' || c.type === 'footnoteReference') continue;
      else if ('children' in c) this.#phrasing(c);
    }
  }

  /**
   * Writes a node's value, each character mapped to where it stands in the node's source. The
   * value is the source without the markup inside the node (escapes, entities, a block quote's
   * `>` on each line, a list item's indent): characters are matched in order, skipping source
   * characters that are not in the value (within `ALIGN_REACH`); a character the source spells
   * otherwise (`&amp;` for `&`) maps to where its spelling starts.
   */
  #value(value: string, node: Nodes): void {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) {
      this.#write(value, this.#sourceAt, false);
      return;
    }
    const source = this.#source;
    // the common case: the value is its source as it stands
    if (end - start === value.length && source.startsWith(value, start)) {
      this.#write(value, start, true);
      return;
    }
    let at = start;
    for (let i = 0; i < value.length; i++) {
      const ch = value[i] as string;
      let found = -1;
      for (let j = at; j < Math.min(end, at + ALIGN_REACH); j++) {
        if (source[j] === ch) {
          found = j;
          break;
        }
      }
      if (found >= 0) {
        this.#write(ch, found, true);
        at = found + 1;
      } else {
        this.#write(ch, Math.min(at, end), true);
      }
    }
  }

  /** Appends `text` whose first character stands at source offset `from`; the rest follow it in the source when `runs`, else all map to `from`. */
  #write(text: string, from: number, runs: boolean): void {
    if (text.length === 0) return;
    const starts = this.#textStarts;
    const last = starts.length - 1;
    const predicted = last >= 0 ? (this.#sourceStarts[last] as number) + (this.#length - (starts[last] as number)) : 0;
    if (last < 0 || predicted !== from) {
      starts.push(this.#length);
      this.#sourceStarts.push(from);
    }
    if (!runs) {
      // every character at `from`: one anchor each after the first
      for (let k = 1; k < text.length; k++) {
        starts.push(this.#length + k);
        this.#sourceStarts.push(from);
      }
    }
    this.#parts.push(text);
    this.#length += text.length;
    this.#sourceAt = runs ? from + text.length : from;
  }

  done(): { text: string; offsets: AnchorOffsetMap } {
    const text = this.#parts.join('');
    if (this.#textStarts.length === 0) return { text, offsets: new AnchorOffsetMap([0], [0], 0) };
    return { text, offsets: new AnchorOffsetMap(this.#textStarts, this.#sourceStarts, text.length) };
  }
}
