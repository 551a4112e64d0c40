/**
 * PDFs -> article text, through the text layer pdfjs-dist reads. Text items become lines
 * (by position), running headers, footers and page numbers are dropped (lines at the top or
 * bottom of the page that repeat across pages, or that are only a page number), and lines
 * are joined into paragraphs: a hard line break inside a paragraph becomes a space, a word
 * hyphenated across lines is joined again, and a larger gap, a short last line or a change
 * of font size ends a paragraph.
 *
 * The text layer itself (every line, page by page, form feeds between pages) is kept as the
 * document's raw text; the offset map points into it.
 *
 * A PDF without a text layer (a scan) is refused with "no text layer: OCR it first", an
 * encrypted one with how to unlock it, a truncated or damaged one with what to do.
 */
import { PAGE_NUMBER_LINE } from '../../locales/en/ingest-html.js';
import { type AnchorOffsetMap, TextBuilder } from './offset-map.js';

/** The text of a PDF. */
export interface PdfText {
  readonly isRejected: false;
  /** Paragraphs separated by a blank line. */
  readonly text: string;
  /** Maps offsets of `text` to offsets of `layer`. */
  readonly offsets: AnchorOffsetMap;
  /** The text layer as read: each line on its own line, a form feed between pages. */
  readonly layer: string;
  /** The document's /Title, when it looks like one (not a file name). */
  readonly title?: string;
  readonly pages: number;
  /** Pages that hold no text (scanned pages among text ones). */
  readonly pagesWithoutText: readonly number[];
  /** Pages pdfjs could not read. */
  readonly failedPages: readonly number[];
  /** Header, footer and page-number lines dropped. */
  readonly droppedLines: number;
  /** The file has no end-of-file marker: it was probably cut short, though what is there was read. */
  readonly isTruncated: boolean;
}

/** A PDF that cannot be used. */
export interface PdfRejection {
  readonly isRejected: true;
  readonly ruleId: string;
  /** What is wrong, as a clause: `is encrypted with a password`. */
  readonly reason: string;
  /** What to do, as an imperative clause. */
  readonly advice: string;
}

/** Rule ids of the PDF reader's diagnostics. */
export const PDF_RULES = {
  encrypted: 'ingest/pdf/encrypted',
  truncated: 'ingest/pdf/truncated',
  invalid: 'ingest/pdf/invalid',
  noTextLayer: 'ingest/pdf/no-text-layer',
  partialTextLayer: 'ingest/pdf/pages-without-text',
  failedPages: 'ingest/pdf/failed-pages',
} as const;

/** The members of a pdfjs text item used here. */
interface TextItem {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
  readonly hasEOL: boolean;
}

/** One line of a page, as positioned text. */
interface Line {
  text: string;
  readonly page: number;
  readonly x: number;
  readonly y: number;
  readonly size: number;
  endX: number;
}

/** A line ending that closes a sentence (then a short line ends its paragraph). */
const CLOSED_END = /[.!?…:;]["'”’)\]]*$/;
const ENDS_LETTER_HYPHEN = /\p{L}-$/u;
const STARTS_LOWERCASE = /^\p{Ll}/u;
/** File-name-like /Title values that word processors leave ("Microsoft Word - draft.docx"). */
const FILE_NAME_TITLE = /\.(?:docx?|odt|rtf|pdf|indd|tex|txt|html?)$|^(?:untitled|document\d*)$/i;
/** Lines at each edge of a page that may be a running header or footer. */
const EDGE_LINES = 2;

/**
 * Reads the text of a PDF. Never throws for a bad file: encrypted, truncated, damaged and
 * scanned PDFs are rejections that say what is wrong and what to do.
 *
 * @example
 * const pdf = await extractPdf(await readFile('report.pdf'));
 * if (!pdf.isRejected) console.log(pdf.text);
 */
export async function extractPdf(bytes: Uint8Array): Promise<PdfText | PdfRejection> {
  const isTruncated = !hasEndMarker(bytes);
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // Note: pdfjs takes ownership of the buffer it is given (it may detach it), so it gets a copy
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    return rejectionOf(error, isTruncated);
  }
  try {
    const pageLines: Line[][] = [];
    const pagesWithoutText: number[] = [];
    const failedPages: number[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      try {
        const page = await document.getPage(number);
        const content = await page.getTextContent();
        const lines = linesOf(content.items as readonly unknown[], number);
        if (lines.length === 0) pagesWithoutText.push(number);
        pageLines.push(lines);
        page.cleanup();
      } catch {
        failedPages.push(number);
        pageLines.push([]);
      }
    }
    const title = await documentTitle(document);
    if (pageLines.every((lines) => lines.length === 0)) {
      if (failedPages.length === document.numPages) {
        return rejectionOf(new Error(`none of its ${document.numPages} pages could be read`), isTruncated);
      }
      return {
        isRejected: true,
        ruleId: PDF_RULES.noTextLayer,
        reason: `has no text layer (${document.numPages === 1 ? 'its page is' : `its ${document.numPages} pages are`} images, as in a scan)`,
        advice: 'OCR it first (for example `ocrmypdf in.pdf out.pdf`), then give the OCR-ed PDF',
      };
    }
    const { text, offsets, layer, droppedLines } = assemble(pageLines);
    return {
      isRejected: false,
      text,
      offsets,
      layer,
      ...(title !== undefined ? { title } : {}),
      pages: document.numPages,
      pagesWithoutText,
      failedPages,
      droppedLines,
      isTruncated,
    };
  } finally {
    await document.destroy().catch(() => undefined);
  }
}

/** True when `%%EOF` appears in the last kilobyte, as every complete PDF has it. */
function hasEndMarker(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(Math.max(0, bytes.length - 1024));
  return tail.includes('%%EOF');
}

function rejectionOf(error: unknown, isTruncated: boolean): PdfRejection {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') {
    return {
      isRejected: true,
      ruleId: PDF_RULES.encrypted,
      reason: 'is encrypted with a password',
      advice: 'open it with its password and save or print an unprotected copy, then give that copy',
    };
  }
  if (isTruncated) {
    return {
      isRejected: true,
      ruleId: PDF_RULES.truncated,
      reason: `is truncated (it has no end-of-file marker) and cannot be read (${message})`,
      advice: 'download or export it again',
    };
  }
  return {
    isRejected: true,
    ruleId: PDF_RULES.invalid,
    reason: `is damaged or not a PDF (${message})`,
    advice: 'open it in a PDF viewer and export it again, or give the article as text',
  };
}

async function documentTitle(document: { getMetadata(): Promise<{ info: object }> }): Promise<string | undefined> {
  try {
    const { info } = await document.getMetadata();
    const title = (info as Record<string, unknown>)['Title'];
    if (typeof title !== 'string') return undefined;
    const cleaned = title.replace(/\s+/g, ' ').trim();
    return cleaned === '' || FILE_NAME_TITLE.test(cleaned) ? undefined : cleaned;
  } catch {
    return undefined;
  }
}

function isTextItem(item: unknown): item is TextItem {
  return typeof item === 'object' && item !== null && typeof (item as TextItem).str === 'string' && Array.isArray((item as TextItem).transform);
}

/** Groups a page's text items into lines: a new line where the baseline moves or pdfjs marks an end of line. */
function linesOf(items: readonly unknown[], page: number): Line[] {
  const lines: Line[] = [];
  let current: Line | undefined;
  const close = (): void => {
    if (current !== undefined && current.text.trim().length > 0) {
      current.text = current.text.trim();
      lines.push(current);
    }
    current = undefined;
  };
  for (const item of items) {
    if (!isTextItem(item)) continue;
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const size = Math.abs(item.transform[3] ?? 0) || item.height || 10;
    if (item.str.length > 0) {
      if (current !== undefined && (Math.abs(y - current.y) > size * 0.5 || x < current.endX - size * 2)) close();
      if (current === undefined) {
        current = { text: item.str, page, x, y, size, endX: x + item.width };
      } else {
        // a gap wider than a quarter of the font size is a space the producer did not write
        const gap = x - current.endX;
        if (gap > size * 0.25 && !current.text.endsWith(' ') && !item.str.startsWith(' ')) current.text += ' ';
        current.text += item.str;
        current.endX = Math.max(current.endX, x + item.width);
      }
    }
    if (item.hasEOL) close();
  }
  close();
  return lines;
}

function lineKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/** Indexes (in `lines`) of the lines at the top and the bottom of a page, by position. */
function edgeIndexes(lines: readonly Line[]): number[] {
  const order = lines.map((_, index) => index).sort((a, b) => (lines[b] as Line).y - (lines[a] as Line).y);
  const edges = new Set<number>([...order.slice(0, EDGE_LINES), ...order.slice(-EDGE_LINES)]);
  return [...edges];
}

/** Marks running headers and footers (repeated at a page edge) and page-number lines. */
function furnitureOf(pageLines: readonly (readonly Line[])[]): Set<Line> {
  const dropped = new Set<Line>();
  const pagesWithText = pageLines.filter((lines) => lines.length > 0).length;
  const counts = new Map<string, number>();
  const edgesOfPage = pageLines.map((lines) => edgeIndexes(lines));
  pageLines.forEach((lines, page) => {
    const seen = new Set<string>();
    for (const index of edgesOfPage[page] as number[]) {
      const key = lineKey((lines[index] as Line).text);
      if (seen.has(key)) continue;
      seen.add(key);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  });
  const minRepeats = Math.max(2, Math.ceil(pagesWithText * 0.5));
  // body text size and line step, to tell a running head set apart in small type (the only
  // evidence a one-page document gives)
  const bodySize = mainSize(pageLines.flat());
  const steps: number[] = [];
  for (const lines of pageLines) {
    for (let index = 0; index + 1 < lines.length; index++) {
      const line = lines[index] as Line;
      const next = lines[index + 1] as Line;
      // gaps over two font sizes are between paragraphs, not lines
      const gap = line.y - next.y;
      if (Math.abs(line.size - bodySize) < 0.5 && Math.abs(next.size - bodySize) < 0.5 && gap > 0 && gap < bodySize * 2.2) steps.push(gap);
    }
  }
  const step = lineStep(steps);
  pageLines.forEach((lines, page) => {
    // a page of one line keeps it, whatever it says
    if (lines.length <= 1) return;
    for (const index of edgesOfPage[page] as number[]) {
      const line = lines[index] as Line;
      const gap = nearestGap(line, lines);
      // on two pages a repeat could be chance; a running head also stands apart (type or space)
      const isApart = Math.abs(line.size - bodySize) >= 0.5 || (step > 0 && gap > step * 1.3);
      const isRepeated = pagesWithText >= 2 && (counts.get(lineKey(line.text)) ?? 0) >= minRepeats && (pagesWithText >= 3 || isApart);
      // a smaller line with more than a blank line of space between it and the text
      const isSetApart = line.size < bodySize - 0.5 && gap > Math.max(step * 1.5, bodySize * 2.5);
      if (isRepeated || isSetApart || PAGE_NUMBER_LINE.test(line.text)) dropped.add(line);
    }
  });
  return dropped;
}

/** Vertical distance from a line to the closest other line of its page. */
function nearestGap(line: Line, lines: readonly Line[]): number {
  let gap = Number.POSITIVE_INFINITY;
  for (const other of lines) if (other !== line) gap = Math.min(gap, Math.abs(other.y - line.y));
  return gap;
}

/** The font size that sets the most characters: the body text's. */
function mainSize(lines: readonly Line[]): number {
  const characters = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.size * 2) / 2;
    characters.set(size, (characters.get(size) ?? 0) + line.text.length);
  }
  let best = 0;
  let bestCount = -1;
  for (const [size, count] of characters) {
    if (count > bestCount) {
      best = size;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The usual distance between two lines of a paragraph: the lower quartile of the gaps between
 * consecutive lines (a text of short paragraphs has more paragraph gaps than line gaps).
 */
function lineStep(gaps: number[]): number {
  if (gaps.length === 0) return 0;
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 4)] as number;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  values.sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)] as number;
}

type Join = 'paragraph' | 'space' | 'glue' | 'dehyphenate';

/**
 * Writes the text layer (the raw text) and the joined paragraphs built from it, with the
 * map between them.
 */
function assemble(pageLines: readonly (readonly Line[])[]): { text: string; offsets: AnchorOffsetMap; layer: string; droppedLines: number } {
  const dropped = furnitureOf(pageLines);
  // the layer: every line, pages separated by a form feed
  const layerParts: string[] = [];
  const lineStart = new Map<Line, number>();
  let length = 0;
  pageLines.forEach((lines, page) => {
    if (page > 0) {
      layerParts.push('\f\n');
      length += 2;
    }
    for (const line of lines) {
      lineStart.set(line, length);
      layerParts.push(line.text, '\n');
      length += line.text.length + 1;
    }
  });
  const layer = layerParts.join('');
  const body = pageLines.flat().filter((line) => !dropped.has(line));

  // typical line step and width of body text, for paragraph decisions
  const steps: number[] = [];
  const widths: number[] = [];
  for (let index = 0; index < body.length; index++) {
    const line = body[index] as Line;
    widths.push(line.endX - line.x);
    const next = body[index + 1];
    if (next !== undefined && next.page === line.page && Math.abs(next.size - line.size) < 0.5 && line.y > next.y) steps.push(line.y - next.y);
  }
  const step = lineStep(steps);
  const width = median(widths);

  const builder = new TextBuilder(layer);
  for (let index = 0; index < body.length; index++) {
    const line = body[index] as Line;
    const start = lineStart.get(line) as number;
    const next = body[index + 1];
    const join = next === undefined ? undefined : joinOf(line, next, step, width);
    builder.copy(start, join === 'dehyphenate' ? start + line.text.length - 1 : start + line.text.length);
    if (next === undefined || join === undefined) continue;
    const end = start + line.text.length;
    const nextStart = lineStart.get(next) as number;
    if (join === 'paragraph') builder.replace(end, nextStart, '\n\n');
    else if (join === 'space') builder.replace(end, nextStart, ' ');
    else builder.skip(end, nextStart);
  }
  const { text, map } = builder.finish();
  return { text, offsets: map, layer, droppedLines: dropped.size };
}

/** How a body line continues into the next one. */
function joinOf(line: Line, next: Line, step: number, width: number): Join {
  const isSamePage = next.page === line.page;
  const isBelow = isSamePage && next.y < line.y;
  const isClosed = CLOSED_END.test(line.text);
  const startsLowercase = STARTS_LOWERCASE.test(next.text);
  if (!isBelow) {
    // a new page or column: the sentence goes on unless the line closed it
    if (isClosed && !startsLowercase) return 'paragraph';
    return wordJoin(line, next);
  }
  const gap = line.y - next.y;
  if (step > 0 && gap > step * 1.4) return 'paragraph';
  if (Math.abs(next.size - line.size) > 1) return 'paragraph';
  if (startsLowercase) return wordJoin(line, next);
  // a short last line, or an indented next line, ends a paragraph
  if (isClosed && (line.endX - line.x < width * 0.8 || next.x > line.x + line.size)) return 'paragraph';
  return wordJoin(line, next);
}

function wordJoin(line: Line, next: Line): Join {
  if (ENDS_LETTER_HYPHEN.test(line.text)) return STARTS_LOWERCASE.test(next.text) ? 'dehyphenate' : 'glue';
  return 'space';
}
