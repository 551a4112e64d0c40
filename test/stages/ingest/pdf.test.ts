import { describe, expect, it } from 'vitest';
import { PDF_RULES, extractPdf, type PdfRejection, type PdfText } from '../../../src/stages/ingest/pdf.js';
import { layoutPdf, pdfString, winAnsiText, writePdf } from './helpers/pdf-writer.js';

const PARAGRAPHS = [
  'SPRINGFIELD — Two people were killed and three were wounded when gunmen opened fire at a crowded market on Saturday morning, police said in a statement released late in the afternoon.',
  'The attack began at about 10 a.m. near the main entrance, where vendors were setting up their stalls. “It was chaos,” said one vendor, who asked not to be named because of fears of reprisals by the attackers.',
  'Officials said the gunmen fled on motorcycles and that no arrests had been made by Saturday evening. An investigation is under way, and the authorities have asked witnesses to come forward.',
];

function text(result: PdfText | PdfRejection): PdfText {
  if (result.isRejected) throw new Error(`rejected: ${result.reason}`);
  return result;
}

function rejection(result: PdfText | PdfRejection): PdfRejection {
  if (!result.isRejected) throw new Error(`accepted: ${result.text.slice(0, 80)}`);
  return result;
}

/** Offsets of the text whose character is not the character the map points to in the layer. */
function unmapped(result: PdfText): number[] {
  const bad: number[] = [];
  for (let i = 0; i < result.text.length; i++) {
    const character = result.text[i] as string;
    if (!/\s/.test(character) && result.layer[result.offsets.toRaw(i)] !== character) bad.push(i);
  }
  return bad;
}

describe('extractPdf: text layer to paragraphs', () => {
  it.each([
    ['narrow lines, hyphenated words', { width: 45, hyphenate: true, linesPerPage: 9 }],
    ['wide lines', { width: 90, linesPerPage: 7 }],
    ['one line a page', { width: 60, linesPerPage: 1 }],
  ])('joins hard line breaks and drops running headers, footers and page numbers (%s)', async (_name, layout) => {
    const pages = layoutPdf(PARAGRAPHS, { ...layout, header: 'THE COUNTY HERALD  |  Saturday Edition', footer: 'Page {page} of {pages}' });
    expect(pages.length).toBeGreaterThan(1);
    const result = text(await extractPdf(writePdf(pages, { title: 'Market shooting' })));
    expect(result.text).toBe(PARAGRAPHS.join('\n\n'));
    expect(result.pages).toBe(pages.length);
    expect(result.droppedLines).toBe(pages.length * 2);
    expect(result.title).toBe('Market shooting');
    expect(result.layer).toContain('THE COUNTY HERALD');
    expect(result.layer).toContain(`Page ${pages.length} of ${pages.length}`);
    expect(unmapped(result)).toEqual([]);
  });

  it.each([
    ['a bare number', '{page}'],
    ['a dashed number', '- {page} -'],
    ['"Page N"', 'Page {page}'],
  ])('drops a page number that is %s', async (_name, footer) => {
    const result = text(await extractPdf(writePdf(layoutPdf(PARAGRAPHS, { width: 70, linesPerPage: 8, footer }))));
    expect(result.text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('keeps a one-page document whole, dropping only its small-type running head and page number', async () => {
    const result = text(await extractPdf(writePdf(layoutPdf(PARAGRAPHS.slice(0, 1), { header: 'The County Herald', footer: '1' }))));
    expect(result.text).toBe(PARAGRAPHS[0]);
  });

  it('keeps a line that merely repeats at the top of a page when it is body text (negative case)', async () => {
    // the same sentence opens two pages, in body type, right above the text: not a running head
    const line = { text: 'Witnesses said the shooting lasted several minutes.', x: 72, y: 720 };
    const pages = [0, 1].map((page) => ({ lines: [line, { text: `Paragraph ${page === 0 ? 'one' : 'two'} goes on with more words here.`, x: 72, y: 707 }] }));
    const result = text(await extractPdf(writePdf(pages)));
    expect(result.text.match(/Witnesses said/g)).toHaveLength(2);
  });

  it('glues a compound split at its hyphen and dehyphenates a split word', async () => {
    const pages = [{ lines: [
      { text: 'Fighting in Nagorno-', x: 72, y: 720 },
      { text: 'Karabakh killed dozens of people, the inter-', x: 72, y: 707 },
      { text: 'national observers said.', x: 72, y: 694 },
    ] }];
    expect(text(await extractPdf(writePdf(pages))).text).toBe('Fighting in Nagorno-Karabakh killed dozens of people, the international observers said.');
  });

  it('writes characters beyond ASCII through WinAnsiEncoding', async () => {
    const line = 'Café owner’s “statement” — 5 € fine';
    expect(pdfString('(a)')).toBe('(\\(a\\))');
    expect(text(await extractPdf(writePdf([{ lines: [{ text: line, x: 72, y: 700 }] }]))).text).toBe(winAnsiText(line));
  });
});

describe('extractPdf: PDFs that cannot be read', () => {
  const good = writePdf(layoutPdf(PARAGRAPHS, { header: 'Herald', footer: 'Page {page}', linesPerPage: 6 }));

  it('a scan without a text layer: "no text layer: OCR it first"', async () => {
    const result = rejection(await extractPdf(writePdf([{ lines: [], image: true }, { lines: [], image: true }])));
    expect(result.ruleId).toBe(PDF_RULES.noTextLayer);
    expect(result.reason).toMatch(/no text layer/);
    expect(result.advice).toMatch(/^OCR it first/);
  });

  it('an encrypted PDF', async () => {
    const result = rejection(await extractPdf(writePdf(layoutPdf(PARAGRAPHS), { encrypted: true })));
    expect(result.ruleId).toBe(PDF_RULES.encrypted);
    expect(`${result.reason}; ${result.advice}`).toMatch(/encrypted with a password.*unprotected copy/);
  });

  it.each([0.3, 0.5, 0.9])('a PDF cut at %s of its length', async (share) => {
    const result = rejection(await extractPdf(good.subarray(0, Math.floor(good.length * share))));
    expect(result.ruleId).toBe(PDF_RULES.truncated);
    expect(result.advice).toMatch(/download or export it again/);
  });

  it('a PDF with only its end-of-file marker missing is read, and flagged', async () => {
    const cut = good.subarray(0, good.lastIndexOf('%%EOF'));
    const result = text(await extractPdf(cut));
    expect(result.isTruncated).toBe(true);
    expect(result.text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it.each([
    ['garbage after a PDF header', Buffer.from(`%PDF-1.4\n${'garbage '.repeat(100)}\n%%EOF\n`)],
    ['not a PDF at all', Buffer.from('Two people were killed.\n%%EOF')],
    ['an empty file', Buffer.alloc(0)],
  ])('%s', async (_name, bytes) => {
    const result = rejection(await extractPdf(bytes));
    expect([PDF_RULES.invalid, PDF_RULES.truncated]).toContain(result.ruleId);
    expect(result.reason.length).toBeGreaterThan(10);
  });

  it('a document mixing text pages and scanned pages names the scanned ones', async () => {
    const pages = [...layoutPdf(PARAGRAPHS.slice(0, 1)), { lines: [], image: true }];
    const result = text(await extractPdf(writePdf(pages)));
    expect(result.pagesWithoutText).toEqual([2]);
    expect(result.text).toBe(PARAGRAPHS[0]);
  });
});
