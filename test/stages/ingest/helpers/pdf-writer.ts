/**
 * A minimal PDF writer for tests: pages of positioned text lines in a standard font
 * (Helvetica, WinAnsiEncoding), built at test time so no binary is committed.
 * It writes real PDF 1.4 structure (catalog, page tree, content streams, a correct xref
 * table), so pdfjs reads it like any producer's file. Variants make bad inputs: a page
 * with only an image (a scan), an /Encrypt dictionary whose password is unknown, a cut file.
 */

/** One line of text at a position in points (origin bottom left). */
export interface PdfLine {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  /** Font size in points; default 11. */
  readonly size?: number;
}

/** One page: its text lines, and whether it also draws an image (a scanned page has only that). */
export interface PdfPage {
  readonly lines: readonly PdfLine[];
  readonly image?: boolean;
}

/** Options of {@link writePdf}. */
export interface PdfOptions {
  /** Add an /Encrypt dictionary (standard handler, RC4 40-bit) that no empty password opens. */
  readonly encrypted?: boolean;
  /** Document info /Title. */
  readonly title?: string;
}

const PAGE_WIDTH = 612;
const PAGE_HEIGHT = 792;

/** Windows-1252 bytes 0x80-0x9F, by the character they encode. */
const CP1252_HIGH: ReadonlyMap<string, number> = new Map(
  [...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'].map((character, index) => [character, 0x80 + index]),
);

/**
 * The text as a PDF literal string in WinAnsiEncoding; characters outside Windows-1252 become `?`.
 *
 * @example
 * pdfString('a (b)') === '(a \\(b\\))'
 */
export function pdfString(text: string): string {
  let out = '(';
  for (const character of text) {
    const code = character.codePointAt(0) as number;
    let byte: number;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) byte = code;
    else byte = CP1252_HIGH.get(character) ?? 0x3f;
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) out += `\\${String.fromCharCode(byte)}`;
    else if (byte < 0x20 || byte >= 0x7f) out += `\\${byte.toString(8).padStart(3, '0')}`;
    else out += String.fromCharCode(byte);
  }
  return `${out})`;
}

/**
 * The text a PDF of `text` can carry: characters outside Windows-1252 replaced by `?`, as
 * {@link pdfString} does. Compare a PDF's extracted text with this, not with the original.
 */
export function winAnsiText(text: string): string {
  let out = '';
  for (const character of text) {
    const code = character.codePointAt(0) as number;
    out += code < 0x80 || (code >= 0xa0 && code <= 0xff) || CP1252_HIGH.has(character) ? character : '?';
  }
  return out;
}

function contentStream(page: PdfPage): string {
  const parts: string[] = [];
  if (page.image === true) {
    // a 2x2 grey image scaled over the page: what a scanner produces, minus the resolution
    parts.push(`q ${PAGE_WIDTH} 0 0 ${PAGE_HEIGHT} 0 0 cm /Im1 Do Q`);
  }
  for (const line of page.lines) {
    parts.push(`BT /F1 ${line.size ?? 11} Tf ${line.x} ${line.y} Td ${pdfString(line.text)} Tj ET`);
  }
  return parts.join('\n');
}

/**
 * Writes a PDF with the given pages.
 *
 * @example
 * const bytes = writePdf([{ lines: [{ text: 'Two people died.', x: 72, y: 720 }] }]);
 */
export function writePdf(pages: readonly PdfPage[], options: PdfOptions = {}): Buffer {
  // object numbers: 1 catalog, 2 page tree, 3 font, 4 image, 5 info, 6 encrypt, then 2 per page
  const objects = new Map<number, string>();
  const firstPage = 7;
  const kids = pages.map((_, index) => `${firstPage + index * 2} 0 R`).join(' ');
  objects.set(1, '<< /Type /Catalog /Pages 2 0 R >>');
  objects.set(2, `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
  objects.set(3, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const pixels = '\x80\x90\xa0\xb0';
  objects.set(4, `<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${pixels.length} >>\nstream\n${pixels}\nendstream`);
  objects.set(5, `<< /Title ${pdfString(options.title ?? 'Test document')} /Producer (corroborate tests) >>`);
  if (options.encrypted === true) {
    // O and U are 32 bytes each; random values mean neither the empty user password nor any guess opens it
    const hex = (seed: number): string => Array.from({ length: 32 }, (_, i) => ((seed * 31 + i * 17) & 0xff).toString(16).padStart(2, '0')).join('');
    objects.set(6, `<< /Filter /Standard /V 1 /R 2 /O <${hex(7)}> /U <${hex(11)}> /P -44 >>`);
  }
  pages.forEach((page, index) => {
    const pageId = firstPage + index * 2;
    const content = contentStream(page);
    const resources = page.image === true ? '<< /Font << /F1 3 0 R >> /XObject << /Im1 4 0 R >> >>' : '<< /Font << /F1 3 0 R >> >>';
    objects.set(pageId, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources ${resources} /Contents ${pageId + 1} 0 R >>`);
    objects.set(pageId + 1, `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
  });
  const maxId = Math.max(...objects.keys());
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = new Array(maxId + 1).fill(0);
  for (let id = 1; id <= maxId; id++) {
    const object = objects.get(id);
    if (object === undefined) continue;
    offsets[id] = Buffer.byteLength(body, 'latin1');
    body += `${id} 0 obj\n${object}\nendobj\n`;
  }
  const xrefAt = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${maxId + 1}\n0000000000 65535 f \n`;
  for (let id = 1; id <= maxId; id++) {
    body += objects.has(id) ? `${String(offsets[id]).padStart(10, '0')} 00000 n \n` : '0000000000 65535 f \n';
  }
  const encrypt = options.encrypted === true ? ' /Encrypt 6 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]' : '';
  body += `trailer\n<< /Size ${maxId + 1} /Root 1 0 R /Info 5 0 R${encrypt} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** Options of {@link layoutPdf}. */
export interface LayoutOptions {
  /** Characters a line holds before it wraps; default 80. */
  readonly width?: number;
  /** Lines a page holds; default 48. */
  readonly linesPerPage?: number;
  /** A running header on every page. */
  readonly header?: string;
  /** A running footer on every page; `{page}` and `{pages}` are replaced. */
  readonly footer?: string;
  /** Break a long word with a hyphen at the end of a line, as typesetters do. */
  readonly hyphenate?: boolean;
}

/**
 * Lays paragraphs out as a printed article: lines wrapped at `width` characters, one empty
 * line between paragraphs, a running header and a footer with the page number on every page.
 *
 * @example
 * writePdf(layoutPdf(['First paragraph.', 'Second.'], { header: 'The Daily', footer: 'Page {page} of {pages}' }));
 */
export function layoutPdf(paragraphs: readonly string[], options: LayoutOptions = {}): PdfPage[] {
  const width = options.width ?? 80;
  const perPage = options.linesPerPage ?? 48;
  const lines: (string | undefined)[] = [];
  for (const paragraph of paragraphs) {
    if (lines.length > 0) lines.push(undefined);
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((w) => w.length > 0)) {
      if (line.length === 0) {
        line = word;
      } else if (line.length + 1 + word.length <= width) {
        line += ` ${word}`;
      } else if (options.hyphenate === true && /^\p{Ll}{8,}$/u.test(word) && line.length + 6 <= width) {
        const cut = Math.min(word.length - 3, width - line.length - 2);
        lines.push(`${line} ${word.slice(0, cut)}-`);
        line = word.slice(cut);
      } else {
        lines.push(line);
        line = word;
      }
    }
    if (line.length > 0) lines.push(line);
  }
  const pageCount = Math.max(1, Math.ceil(lines.length / perPage));
  const pages: PdfPage[] = [];
  for (let page = 0; page < pageCount; page++) {
    const pdfLines: PdfLine[] = [];
    if (options.header !== undefined) pdfLines.push({ text: options.header, x: 72, y: 750, size: 9 });
    const slice = lines.slice(page * perPage, (page + 1) * perPage);
    slice.forEach((text, index) => {
      if (text !== undefined) pdfLines.push({ text, x: 72, y: 720 - index * 13 });
    });
    if (options.footer !== undefined) {
      const footer = options.footer.replace('{page}', String(page + 1)).replace('{pages}', String(pageCount));
      pdfLines.push({ text: footer, x: 280, y: 40, size: 9 });
    }
    pages.push({ lines: pdfLines });
  }
  return pages;
}
