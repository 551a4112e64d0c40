/**
 * Web pages -> article text. The page is parsed with linkedom, its main text found with
 * @mozilla/readability (navigation, ads, comment sections and other page furniture are
 * dropped), and the text laid out as paragraphs separated by blank lines. Every character
 * of the text maps back to the page: before readability runs, each text node of the parsed
 * page is aligned with the characters it came from (entities decoded, markup skipped), and
 * the text built from the article's nodes carries those positions in an offset map.
 *
 * Title, byline, publication date and canonical URL come from the page's metadata
 * (`article:published_time` and other meta tags, JSON-LD `datePublished`, `<time datetime>`).
 *
 * Hostile pages are refused before readability sees them: readability's cost grows with
 * nesting depth (a page 1,000 levels deep takes seconds, 10,000 overflows the stack), so a
 * page nested deeper than {@link HTML_LIMITS}.maxDepth or with more elements than
 * `maxElements` gets a clear error instead.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { BYLINE_PREFIX } from '../../locales/en/ingest-html.js';
import { AnchorOffsetMap } from './offset-map.js';

/** Limits that keep a hostile page from stalling the reader. */
export const HTML_LIMITS = {
  /** Deepest element nesting accepted; real pages stay under 60. */
  maxDepth: 160,
  /** Most elements accepted; a long news page has a few thousand. */
  maxElements: 60_000,
} as const;

/** Options of {@link extractHtml}. */
export interface HtmlOptions {
  readonly maxDepth?: number;
  readonly maxElements?: number;
}

/** The article of a page. */
export interface HtmlArticle {
  readonly isRejected: false;
  /** The article's text: paragraphs separated by a blank line, whitespace collapsed as a browser shows it. */
  readonly text: string;
  /** Maps offsets of `text` to offsets of the page. */
  readonly offsets: AnchorOffsetMap;
  readonly title?: string;
  readonly byline?: string;
  /** The publication date exactly as the metadata states it (validate it before use). */
  readonly published?: string;
  /** Where the publication date came from: `meta article:published_time`, `JSON-LD datePublished`, `<time datetime>`. */
  readonly publishedSource?: string;
  readonly url?: string;
  /** False when readability found no article and the text of the whole page body was used. */
  readonly isArticle: boolean;
  /** Text nodes whose place in the page was found by searching rather than by alignment (0 on well-formed pages). */
  readonly approximateNodes: number;
}

/** A page that cannot be used. */
export interface HtmlRejection {
  readonly isRejected: true;
  readonly ruleId: string;
  /** What is wrong, as a clause: `is nested 10000 elements deep (more than 160)`. */
  readonly reason: string;
  /** What to do, as an imperative clause. */
  readonly advice: string;
}

/** Rule ids of the HTML reader's diagnostics. */
export const HTML_RULES = {
  tooDeep: 'ingest/html/too-deep',
  tooManyElements: 'ingest/html/too-many-elements',
  unparsable: 'ingest/html/unparsable',
  noArticle: 'ingest/html/no-article',
  noText: 'ingest/html/no-text',
  approximate: 'ingest/html/approximate-offsets',
} as const;

// ---------------------------------------------------------------------------
// The few DOM members used here, typed structurally (the project has no DOM lib types).

interface DomNode {
  readonly nodeType: number;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentNode: DomNode | null;
}

interface DomText extends DomNode {
  readonly data: string;
}

interface DomElement extends DomNode {
  readonly localName: string;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  appendChild(node: DomNode): DomNode;
  remove(): void;
}

interface DomDocument extends DomNode {
  readonly documentElement: DomElement | null;
  readonly head: DomElement | null;
  readonly body: DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

// ---------------------------------------------------------------------------
// Aligning the parser's text nodes with the page

/** An entity reference as the HTML tokenizer reads it (the longest plausible form). */
const ENTITY = /&(?:#[0-9]{1,10};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{0,31};?)/y;
/** A page with an `<html>` tag; without one the parser needs a wrapper. */
const HTML_TAG = /<html[\s>/]/i;
const WRAPPER_START = '<html><body>';
const WRAPPER_END = '</body></html>';
/** Failed searches allowed before alignment stops searching (a hostile page could make each one scan the rest of the page). */
const MAX_FAILED_SEARCHES = 256;

function isTagNameStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * The offset just past the markup (tag, comment, doctype, processing instruction) starting at
 * `at`, or `at` when the `<` there is literal text. Mirrors how the tokenizer skips markup.
 */
function markupEnd(source: string, at: number): number {
  const length = source.length;
  const next = source.charCodeAt(at + 1);
  if (next === 33 /* ! */) {
    if (source.startsWith('<!--', at)) {
      const close = source.indexOf('-->', at + 4);
      return close === -1 ? length : close + 3;
    }
    const close = source.indexOf('>', at + 2);
    return close === -1 ? length : close + 1;
  }
  if (next === 63 /* ? */ || next === 47 /* / */) {
    // a closing tag, a processing instruction, or a bogus comment ("</ x>"): all end at ">"
    const close = source.indexOf('>', at + 2);
    return close === -1 ? length : close + 1;
  }
  if (!isTagNameStart(next)) return at;
  // an opening tag: attribute values in quotes may hold ">"
  let index = at + 2;
  while (index < length) {
    const code = source.charCodeAt(index);
    if (code === 62 /* > */) return index + 1;
    if (code === 61 /* = */) {
      index++;
      while (index < length && isHtmlSpace(source.charCodeAt(index))) index++;
      const quote = source.charCodeAt(index);
      if (quote === 34 || quote === 39) {
        const close = source.indexOf(quote === 34 ? '"' : "'", index + 1);
        if (close === -1) return length;
        index = close + 1;
        continue;
      }
      continue;
    }
    index++;
  }
  return length;
}

function isHtmlSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13;
}

/**
 * The offset in `source` where each text node's characters start, in document order; -1
 * when a node could not be placed. A node whose data is the decoded form of an entity
 * starts at the `&`.
 */
function alignTextNodes(source: string, nodes: readonly DomText[]): Int32Array {
  const starts = new Int32Array(nodes.length).fill(-1);
  let cursor = 0;
  // after an entity node: the tokenizer consumed somewhere between entityMin and entityMax
  let entityMin = -1;
  let entityMax = -1;
  let failedSearches = 0;
  for (let index = 0; index < nodes.length; index++) {
    const data = (nodes[index] as DomText).data;
    if (data.length === 0) {
      starts[index] = cursor;
      continue;
    }
    if (entityMax !== -1) {
      let placed = -1;
      if (source.startsWith(data, entityMax)) placed = entityMax;
      else for (let at = entityMin; at < entityMax && placed === -1; at++) if (source.startsWith(data, at)) placed = at;
      entityMin = -1;
      entityMax = -1;
      if (placed !== -1) {
        starts[index] = placed;
        cursor = placed + data.length;
        continue;
      }
    }
    for (;;) {
      if (cursor >= source.length) break;
      const code = source.charCodeAt(cursor);
      if (code === 38 /* & */) {
        ENTITY.lastIndex = cursor;
        const entity = ENTITY.exec(source);
        if (entity !== null && entity[0].length > 1 && (data === '&' || !source.startsWith(data, cursor)) && data.length <= 2) {
          starts[index] = cursor;
          entityMin = cursor + 1;
          entityMax = cursor + entity[0].length;
          cursor = entityMin;
          break;
        }
      }
      if (source.startsWith(data, cursor)) {
        starts[index] = cursor;
        cursor += data.length;
        break;
      }
      if (code === 60 /* < */) {
        const end = markupEnd(source, cursor);
        if (end > cursor) {
          cursor = end;
          continue;
        }
      }
      // the parser and this walk disagree here; find the text further on
      if (failedSearches < MAX_FAILED_SEARCHES && data.trim().length >= 3) {
        const found = source.indexOf(data, cursor);
        if (found !== -1) {
          starts[index] = found;
          cursor = found + data.length;
        } else {
          failedSearches++;
        }
      }
      break;
    }
  }
  return starts;
}

// ---------------------------------------------------------------------------
// Walking the DOM without recursion (a hostile page can be nested deeper than the stack)

/** Every text node under `root` in document order, with the deepest nesting and the element count. */
function indexDocument(root: DomNode): { texts: DomText[]; depth: number; elements: number } {
  const texts: DomText[] = [];
  let depth = 0;
  let elements = 0;
  const stack: [DomNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, level] = stack.pop() as [DomNode, number];
    if (node.nodeType === TEXT_NODE) {
      texts.push(node as DomText);
      continue;
    }
    if (node.nodeType === ELEMENT_NODE) {
      elements++;
      if (level > depth) depth = level;
    }
    const children = node.childNodes;
    for (let index = children.length - 1; index >= 0; index--) stack.push([children[index] as DomNode, level + 1]);
  }
  return { texts, depth, elements };
}

/** Elements whose content is never article text. */
const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video',
  'audio', 'select', 'option', 'button', 'input', 'textarea', 'head', 'title', 'meta', 'link',
]);
/** Elements skipped as well when the whole body is read because readability found no article. */
const FURNITURE_ELEMENTS: ReadonlySet<string> = new Set(['nav', 'header', 'footer', 'aside', 'form', 'menu', 'dialog']);
/** Elements that start and end a paragraph of their own. */
const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'tfoot', 'thead', 'tr', 'ul', 'legend',
]);
const CELL_ELEMENTS: ReadonlySet<string> = new Set(['td', 'th']);

/** Builds the article text and its anchors, collapsing whitespace the way a browser shows it. */
class ArticleWriter {
  readonly #parts: string[] = [];
  readonly #normalizedStarts: number[] = [];
  readonly #rawStarts: number[] = [];
  #length = 0;
  #expectedRaw = -1;
  /** 0 none, 1 line break, 2 paragraph break, waiting for the next visible character. */
  #pendingBreak = 0;
  /** Raw offset of a collapsed whitespace run waiting to become one space, or -1. */
  #pendingSpace = -1;
  #lastRaw = 0;

  get lastRaw(): number {
    return this.#lastRaw;
  }

  requestBreak(kind: 1 | 2): void {
    if (this.#length > 0 && kind > this.#pendingBreak) this.#pendingBreak = kind;
  }

  requestSpace(raw: number): void {
    if (this.#length > 0 && this.#pendingSpace === -1) this.#pendingSpace = raw;
  }

  /** Writes `data` (one text node's characters, starting at raw offset `raw`), collapsing whitespace unless `isPre`. */
  writeNode(data: string, raw: number, isPre: boolean): void {
    if (isPre) {
      this.#emit(data, raw);
      return;
    }
    let start = 0;
    const length = data.length;
    while (start < length) {
      if (isHtmlSpace(data.charCodeAt(start))) {
        this.requestSpace(raw + start);
        while (start < length && isHtmlSpace(data.charCodeAt(start))) start++;
        continue;
      }
      let end = start + 1;
      while (end < length && !isHtmlSpace(data.charCodeAt(end))) end++;
      this.#emit(data.slice(start, end), raw + start);
      start = end;
    }
  }

  #emit(run: string, raw: number): void {
    if (run.length === 0) return;
    if (this.#pendingBreak > 0) {
      this.#push(this.#pendingBreak === 2 ? '\n\n' : '\n', raw, false);
    } else if (this.#pendingSpace !== -1) {
      this.#push(' ', this.#pendingSpace, false);
    }
    this.#pendingBreak = 0;
    this.#pendingSpace = -1;
    this.#push(run, raw, true);
  }

  #push(run: string, raw: number, isContiguous: boolean): void {
    if (this.#normalizedStarts.length === 0 || raw !== this.#expectedRaw) {
      const last = this.#normalizedStarts.length - 1;
      if (last >= 0 && this.#normalizedStarts[last] === this.#length) this.#rawStarts[last] = raw;
      else {
        this.#normalizedStarts.push(this.#length);
        this.#rawStarts.push(raw);
      }
    }
    this.#parts.push(run);
    this.#length += run.length;
    // a synthesized break or space stays on the character it stands before
    this.#expectedRaw = isContiguous ? raw + run.length : -1;
    this.#lastRaw = raw + (isContiguous ? run.length : 0);
  }

  finish(rawLength: number, shift: number): { text: string; offsets: AnchorOffsetMap } {
    const text = this.#parts.join('');
    const rawStarts = this.#rawStarts.map((raw) => Math.min(Math.max(raw - shift, 0), rawLength));
    const starts = this.#normalizedStarts.length === 0 ? [0] : this.#normalizedStarts;
    return { text, offsets: new AnchorOffsetMap(starts, rawStarts.length === 0 ? [0] : rawStarts, text.length) };
  }
}

/**
 * Writes the text under `root`: blocks become paragraphs, `<br>` a line break, table cells
 * are spaced, scripts, forms and media are skipped (and page furniture too when `skipFurniture`).
 */
function writeText(
  root: DomNode,
  writer: ArticleWriter,
  placeOf: (node: DomText) => number,
  skipFurniture: boolean,
): void {
  // entries: a node to enter, or a closing marker for a block or cell element
  const stack: (DomNode | { close: string; isPre: boolean })[] = [root];
  let preDepth = 0;
  while (stack.length > 0) {
    const item = stack.pop() as DomNode | { close: string; isPre: boolean };
    if ('close' in item) {
      if (item.isPre) preDepth--;
      if (CELL_ELEMENTS.has(item.close)) writer.requestSpace(writer.lastRaw);
      else writer.requestBreak(2);
      continue;
    }
    if (item.nodeType === TEXT_NODE) {
      const text = item as DomText;
      writer.writeNode(text.data, placeOf(text), preDepth > 0);
      continue;
    }
    if (item.nodeType !== ELEMENT_NODE && item !== root) continue;
    if (item.nodeType === ELEMENT_NODE) {
      const name = (item as DomElement).localName.toLowerCase();
      if (SKIPPED_ELEMENTS.has(name) || (skipFurniture && FURNITURE_ELEMENTS.has(name))) continue;
      if (name === 'br') {
        writer.requestBreak(1);
        continue;
      }
      const isBlock = BLOCK_ELEMENTS.has(name);
      const isCell = CELL_ELEMENTS.has(name);
      if (isBlock) writer.requestBreak(2);
      if (isBlock || isCell) {
        const isPre = name === 'pre';
        if (isPre) preDepth++;
        stack.push({ close: name, isPre });
      }
    }
    const children = item.childNodes;
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as DomNode);
  }
}

// ---------------------------------------------------------------------------
// Metadata

/** Meta tags that state a publication date, by their `property`, `name` or `itemprop` (lower case). */
const PUBLISHED_META: readonly string[] = [
  'article:published_time', 'og:article:published_time', 'article:published', 'datepublished', 'published_time',
  'publish-date', 'publish_date', 'publishdate', 'pubdate', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued',
  'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'citation_publication_date', 'date',
];
/** JSON-LD types of an article, whose `datePublished` is the page's. */
const ARTICLE_TYPES = /article|posting|report|webpage/i;
/** Ancestors of a `<time>` that is not the article's: comments, related stories, sidebars. */
const NOT_ARTICLE_CONTEXT = /comment|reply|replies|related|sidebar|widget|promo|recommend/i;
/** Starts like an ISO 8601 date. */
const ISO_LIKE = /^\s*\d{4}-\d{2}/;
/** Most JSON-LD nodes visited per page (a hostile page could nest thousands). */
const MAX_JSON_NODES = 5000;

function attribute(element: DomElement, name: string): string | undefined {
  const value = element.getAttribute(name);
  return value === null || value.trim() === '' ? undefined : value.trim();
}

function metaContent(document: DomDocument, keys: readonly string[]): { value: string; key: string } | undefined {
  const metas = document.querySelectorAll('meta');
  const found = new Map<string, string>();
  for (let index = 0; index < metas.length; index++) {
    const meta = metas[index] as DomElement;
    const content = attribute(meta, 'content');
    if (content === undefined) continue;
    for (const name of ['property', 'name', 'itemprop']) {
      const key = attribute(meta, name)?.toLowerCase();
      if (key !== undefined && !found.has(key)) found.set(key, content);
    }
  }
  // the first key in priority order whose value looks like a date, else the first present
  let fallback: { value: string; key: string } | undefined;
  for (const key of keys) {
    const value = found.get(key);
    if (value === undefined) continue;
    if (ISO_LIKE.test(value)) return { value, key };
    fallback ??= { value, key };
  }
  return fallback;
}

interface JsonLdFacts {
  published?: string;
  headline?: string;
  author?: string;
}

/** `datePublished`, `headline` and author names of the page's JSON-LD, preferring an article node. */
function jsonLdFacts(document: DomDocument): JsonLdFacts {
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  const facts: JsonLdFacts = {};
  let isFromArticle = false;
  let visited = 0;
  for (let index = 0; index < scripts.length; index++) {
    let value: unknown;
    try {
      value = JSON.parse((scripts[index] as DomElement).textContent ?? '');
    } catch {
      continue;
    }
    const stack: unknown[] = [value];
    while (stack.length > 0 && visited < MAX_JSON_NODES) {
      const node = stack.pop();
      visited++;
      if (Array.isArray(node)) {
        for (let k = node.length - 1; k >= 0; k--) stack.push(node[k]);
        continue;
      }
      if (node === null || typeof node !== 'object') continue;
      const record = node as Record<string, unknown>;
      const type = record['@type'];
      const isArticle = (Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t));
      const published = typeof record['datePublished'] === 'string' ? record['datePublished'] : undefined;
      if (published !== undefined && (facts.published === undefined || (isArticle && !isFromArticle))) {
        facts.published = published;
        const headline = typeof record['headline'] === 'string' ? record['headline'] : undefined;
        if (headline !== undefined) facts.headline = headline;
        const author = authorNames(record['author']);
        if (author !== undefined) facts.author = author;
        isFromArticle = isArticle;
      }
      for (const key of Object.keys(record)) {
        const child = record[key];
        if (child !== null && typeof child === 'object') stack.push(child);
      }
    }
  }
  return facts;
}

function authorNames(author: unknown): string | undefined {
  const list = Array.isArray(author) ? author : [author];
  const names = list
    .map((item) => (typeof item === 'string' ? item : item !== null && typeof item === 'object' ? (item as Record<string, unknown>)['name'] : undefined))
    .filter((name): name is string => typeof name === 'string' && name.trim() !== '')
    .map((name) => name.trim());
  return names.length === 0 ? undefined : names.join(', ');
}

/** The `datetime` of the page's first `<time>` that marks publication, else of its first `<time>` outside comments and sidebars. */
function timeElementDate(document: DomDocument): string | undefined {
  const times = document.querySelectorAll('time[datetime]');
  let first: string | undefined;
  for (let index = 0; index < times.length; index++) {
    const time = times[index] as DomElement;
    const value = attribute(time, 'datetime');
    if (value === undefined || !ISO_LIKE.test(value)) continue;
    if (attribute(time, 'itemprop')?.toLowerCase() === 'datepublished' || time.getAttribute('pubdate') !== null) return value;
    if (first === undefined && !isInNonArticleContext(time)) first = value;
  }
  return first;
}

function isInNonArticleContext(element: DomElement): boolean {
  for (let node: DomNode | null = element, level = 0; node !== null && level < 40; node = node.parentNode, level++) {
    if (node.nodeType !== ELEMENT_NODE) continue;
    const current = node as DomElement;
    const name = current.localName.toLowerCase();
    if (name === 'nav' || name === 'footer' || name === 'aside') return true;
    const marker = `${current.getAttribute('class') ?? ''} ${current.getAttribute('id') ?? ''}`;
    if (NOT_ARTICLE_CONTEXT.test(marker)) return true;
  }
  return false;
}

function canonicalUrl(document: DomDocument): string | undefined {
  const links = document.querySelectorAll('link[rel]');
  for (let index = 0; index < links.length; index++) {
    const link = links[index] as DomElement;
    if (attribute(link, 'rel')?.toLowerCase() === 'canonical') {
      const href = attribute(link, 'href');
      if (href !== undefined) return href;
    }
  }
  return metaContent(document, ['og:url'])?.value;
}

function cleanByline(byline: string | undefined): string | undefined {
  if (byline === undefined) return undefined;
  const cleaned = byline.replace(/\s+/g, ' ').replace(BYLINE_PREFIX, '').trim();
  return cleaned === '' || cleaned.length > 200 ? undefined : cleaned;
}

// ---------------------------------------------------------------------------

/**
 * Extracts the article of a web page: its text with an exact offset map back to the page,
 * and its title, byline, publication date and URL from the page's metadata. Never throws:
 * a page that cannot be used (nested too deep, too many elements, unparsable) is a rejection
 * that says why and what to do.
 *
 * @example
 * const article = extractHtml('<html><body><nav>Home</nav><article><p>Two people died.</p></article></body></html>');
 * if (!article.isRejected) article.text === 'Two people died.';
 */
export function extractHtml(page: string, options: HtmlOptions = {}): HtmlArticle | HtmlRejection {
  const maxDepth = options.maxDepth ?? HTML_LIMITS.maxDepth;
  const maxElements = options.maxElements ?? HTML_LIMITS.maxElements;
  // Note: cheap guard before parsing: every `<` and `&` may become a node of its own, and the
  // parser's cost (time and memory) grows with the node count
  const markup = countMarkup(page, maxElements * 4 + 1);
  if (markup > maxElements * 4) return tooManyElements(`more than ${maxElements * 4} tags and entities`, maxElements);
  const isWrapped = !HTML_TAG.test(page);
  const source = isWrapped ? `${WRAPPER_START}${page}${WRAPPER_END}` : page;
  const shift = isWrapped ? WRAPPER_START.length : 0;
  let document: DomDocument;
  try {
    document = parseHTML(source).document as unknown as DomDocument;
  } catch (error) {
    return { isRejected: true, ruleId: HTML_RULES.unparsable, reason: `could not be parsed as HTML (${errorMessage(error)})`, advice: 'open it in a browser and save it again, or save the article as text' };
  }
  const root = document.documentElement;
  if (root === null || document.body === null) {
    return { isRejected: true, ruleId: HTML_RULES.unparsable, reason: 'has no HTML document structure', advice: 'save the article as text instead' };
  }
  moveStrayNodes(root, document);
  const { texts, depth, elements } = indexDocument(document);
  if (depth > maxDepth) {
    return {
      isRejected: true,
      ruleId: HTML_RULES.tooDeep,
      reason: `is nested ${depth} elements deep (more than ${maxDepth}), which no article page needs`,
      advice: 'save the article as text or PDF from a browser instead',
    };
  }
  if (elements > maxElements) return tooManyElements(`${elements} elements`, maxElements);

  const starts = alignTextNodes(source, texts);
  const indexOf = new Map<DomText, number>();
  texts.forEach((node, index) => indexOf.set(node, index));

  // metadata first: readability removes scripts (JSON-LD) and moves elements
  const jsonLd = jsonLdFacts(document);
  const publishedMeta = metaContent(document, PUBLISHED_META);
  const timeDate = timeElementDate(document);
  const [published, publishedSource] =
    publishedMeta !== undefined && ISO_LIKE.test(publishedMeta.value)
      ? [publishedMeta.value, `meta ${publishedMeta.key}`]
      : jsonLd.published !== undefined
        ? [jsonLd.published, 'JSON-LD datePublished']
        : timeDate !== undefined
          ? [timeDate, '<time datetime>']
          : publishedMeta !== undefined
            ? [publishedMeta.value, `meta ${publishedMeta.key}`]
            : [undefined, undefined];
  const pageTitle = metaContent(document, ['og:title', 'twitter:title'])?.value ?? titleText(document);
  const url = canonicalUrl(document);
  const metaAuthor = metaContent(document, ['author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author'])?.value;

  removeFurniture(document);

  let article: { title?: string | null; byline?: string | null; content?: DomElement | null } | null;
  try {
    article = new Readability(document as never, { serializer: (element) => element as unknown as DomElement }).parse() as typeof article;
  } catch {
    // readability refuses some documents; the page body is still read below (isArticle: false)
    article = null;
  }

  // nodes readability re-created (it re-parses the page when a first attempt finds too little
  // text) are matched to the original nodes by their text, in order
  let approximateNodes = 0;
  let lastIndex = -1;
  const placeOf = (node: DomText): number => {
    let index = indexOf.get(node);
    if (index === undefined) {
      const limit = Math.min(texts.length, lastIndex + 1 + 2000);
      for (let k = lastIndex + 1; k < limit; k++) {
        if ((texts[k] as DomText).data === node.data) {
          index = k;
          break;
        }
      }
    }
    if (index === undefined || (starts[index] as number) === -1) {
      approximateNodes++;
      return writer.lastRaw;
    }
    lastIndex = index;
    return starts[index] as number;
  };

  let writer = new ArticleWriter();
  let isArticle = false;
  const content = article?.content ?? null;
  if (content !== null) {
    writeText(content, writer, placeOf, false);
    isArticle = true;
  }
  let built = writer.finish(page.length, shift);
  if (built.text.trim().length === 0) {
    // no article found: the text of the page body without navigation, headers, footers and forms
    writer = new ArticleWriter();
    approximateNodes = 0;
    lastIndex = -1;
    writeText(document.body as DomElement, writer, placeOf, true);
    built = writer.finish(page.length, shift);
    isArticle = false;
  }
  const title = cleanTitle(article?.title ?? undefined) ?? cleanTitle(jsonLd.headline) ?? cleanTitle(pageTitle);
  const byline = cleanByline(article?.byline ?? undefined) ?? cleanByline(jsonLd.author) ?? cleanByline(metaAuthor);
  // the headline and the byline are metadata, not report text (a JSONL dump keeps them apart too)
  const titles = [title, cleanTitle(jsonLd.headline), cleanTitle(pageTitle)].filter((t): t is string => t !== undefined);
  const kept = dropLeadingParagraphs(built.text, (paragraph) => isTitleLike(paragraph, titles) || isBylineLike(paragraph, byline));
  const text = kept === 0 ? built.text : built.text.slice(kept);
  const offsets = kept === 0 ? built.offsets : shiftMap(built.offsets, kept);
  return {
    isRejected: false,
    text,
    offsets,
    ...(title !== undefined ? { title } : {}),
    ...(byline !== undefined ? { byline } : {}),
    ...(published !== undefined ? { published: published.trim(), publishedSource: publishedSource as string } : {}),
    ...(url !== undefined ? { url } : {}),
    isArticle,
    approximateNodes,
  };
}

/** Elements that are page furniture wherever they stand. */
const FURNITURE_TAGS: ReadonlySet<string> = new Set(['nav', 'aside', 'form', 'iframe', 'dialog', 'menu']);
/** Elements that are page furniture outside the article (an article's own header holds its headline). */
const OUTER_FURNITURE_TAGS: ReadonlySet<string> = new Set(['header', 'footer']);
/**
 * A class or id token of page furniture: comment sections, related stories, sidebars, share
 * bars, ad slots, newsletter and cookie prompts. Matched against whole tokens, so
 * "has-comments" or "story-with-sidebar" on a wrapper do not match.
 */
const FURNITURE_TOKEN =
  /^(?:comments?|comment-(?:list|area|section|form|respond|thread)s?|comments-(?:area|section|container|wrapper|list)|disqus(?:_thread)?|respond|replies|related(?:-(?:stories|articles|posts|content|links))?|sidebar|share(?:-(?:tools|bar|buttons|links))?|social(?:-(?:share|links|media))?|ad|ads|ad-slot|advert|advertisement|sponsored|promo|newsletter(?:-signup)?|cookie-banner|consent-banner|outbrain|taboola|recommended)$/i;
/** Never remove an element that holds more than this share of the page's text: it is the article. */
const MAX_FURNITURE_SHARE = 0.5;

/**
 * Removes page furniture before readability runs. Readability drops most of it itself, but
 * when an article is short it retries without its "unlikely candidates" filter and may keep a
 * comment section, whose figures ("at least 30 people were killed in this city") are not the
 * report's.
 */
function removeFurniture(document: DomDocument): void {
  const body = document.body;
  if (body === null) return;
  const total = (body.textContent ?? '').length;
  const elements = body.querySelectorAll('*');
  const doomed: DomElement[] = [];
  for (let index = 0; index < elements.length; index++) {
    const element = elements[index] as DomElement;
    const name = element.localName.toLowerCase();
    let isFurniture = FURNITURE_TAGS.has(name) || (OUTER_FURNITURE_TAGS.has(name) && !hasAncestor(element, 'article'));
    if (!isFurniture) {
      const tokens = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.split(/\s+/);
      isFurniture = tokens.some((token) => token.length > 0 && FURNITURE_TOKEN.test(token));
    }
    if (!isFurniture || name === 'body' || name === 'main' || name === 'article') continue;
    // Note: a <form> or a "sidebar-layout" wrapper may hold the whole page (ASP.NET pages do);
    // a <nav> never holds the article
    if (name !== 'nav' && (element.textContent ?? '').length > total * MAX_FURNITURE_SHARE) continue;
    doomed.push(element);
  }
  for (const element of doomed) element.remove();
}

function hasAncestor(element: DomElement, name: string): boolean {
  for (let node = element.parentNode, level = 0; node !== null && level < 200; node = node.parentNode, level++) {
    if (node.nodeType === ELEMENT_NODE && (node as DomElement).localName.toLowerCase() === name) return true;
  }
  return false;
}

/** Most leading paragraphs taken for headline and byline. */
const MAX_LEADING_METADATA = 3;
/** Headlines and bylines are short. */
const MAX_METADATA_PARAGRAPH = 300;

/** The offset where the text starts once leading paragraphs that `isMetadata` accepts are dropped. */
function dropLeadingParagraphs(text: string, isMetadata: (paragraph: string) => boolean): number {
  let start = 0;
  for (let count = 0; count < MAX_LEADING_METADATA; count++) {
    const end = text.indexOf('\n\n', start);
    if (end === -1) return start;
    const paragraph = text.slice(start, end);
    if (paragraph.length > MAX_METADATA_PARAGRAPH || !isMetadata(paragraph)) return start;
    start = end + 2;
  }
  return start;
}

function normalizeForComparison(text: string): string {
  return text.toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim();
}

/** A paragraph that repeats a title: equal to it, or the start of a `<title>` such as "Headline | Site". */
function isTitleLike(paragraph: string, titles: readonly string[]): boolean {
  const candidate = normalizeForComparison(paragraph);
  if (candidate.length === 0) return false;
  return titles.some((title) => {
    const normalized = normalizeForComparison(title);
    return normalized === candidate || (normalized.startsWith(candidate) && candidate.length >= normalized.length * 0.5);
  });
}

function isBylineLike(paragraph: string, byline: string | undefined): boolean {
  if (!BYLINE_PREFIX.test(paragraph)) return false;
  if (byline === undefined) return paragraph.length <= 80;
  return normalizeForComparison(paragraph.replace(BYLINE_PREFIX, '')).startsWith(normalizeForComparison(byline));
}

/** The map of `text.slice(cut)`: offsets shift by `cut`, anchors before it collapse into one at 0. */
function shiftMap(map: AnchorOffsetMap, cut: number): AnchorOffsetMap {
  const { normalizedStarts, rawStarts } = map.anchors();
  const starts: number[] = [0];
  const raws: number[] = [map.toRaw(cut)];
  for (let index = 0; index < normalizedStarts.length; index++) {
    const start = (normalizedStarts[index] as number) - cut;
    if (start <= 0) continue;
    starts.push(start);
    raws.push(rawStarts[index] as number);
  }
  return new AnchorOffsetMap(starts, raws, map.length - cut);
}

function tooManyElements(what: string, maxElements: number): HtmlRejection {
  return {
    isRejected: true,
    ruleId: HTML_RULES.tooManyElements,
    reason: `has ${what} (more than ${maxElements}), more than any article page`,
    advice: 'save the article alone (reader view, or as text or PDF) instead of the whole page',
  };
}

/** Counts `<` and `&` characters, stopping at `limit`. */
function countMarkup(page: string, limit: number): number {
  let count = 0;
  for (let index = page.indexOf('<'); index !== -1 && count < limit; index = page.indexOf('<', index + 1)) count++;
  for (let index = page.indexOf('&'); index !== -1 && count < limit; index = page.indexOf('&', index + 1)) count++;
  return count;
}

/**
 * The parser puts content outside `<body>` when a page has `<html>` but no `<body>`
 * ("<html><p>x</p></html>"); readability reads only the body, so such nodes move into it.
 */
function moveStrayNodes(root: DomElement, document: DomDocument): void {
  const body = document.body;
  const head = document.head;
  if (body === null) return;
  const stray: DomNode[] = [];
  const children = root.childNodes;
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as DomNode;
    if (child === body || child === head) continue;
    if (child.nodeType === ELEMENT_NODE || child.nodeType === TEXT_NODE) stray.push(child);
  }
  for (const node of stray) {
    const name = node.nodeType === ELEMENT_NODE ? (node as DomElement).localName.toLowerCase() : '';
    if (head !== null && (name === 'title' || name === 'meta' || name === 'link' || name === 'style' || name === 'base')) head.appendChild(node);
    else body.appendChild(node);
  }
}

function titleText(document: DomDocument): string | undefined {
  const titles = document.querySelectorAll('title');
  const first = titles[0];
  return first === undefined ? undefined : (first.textContent ?? undefined);
}

function cleanTitle(title: string | undefined): string | undefined {
  if (title === undefined) return undefined;
  const cleaned = title.replace(/\s+/g, ' ').trim();
  return cleaned === '' ? undefined : cleaned;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
