/**
 * The bad-input folder, written at test time: the committed text-like cases of
 * `fixtures/bad-input/` plus the binary and large ones generated here (so no binary is
 * committed), and a few good inputs of every format that must still be read. Each bad case
 * lists the error it must get: its rule, and its line for a JSONL line.
 */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HTML_RULES } from '../../../../src/stages/ingest/html.js';
import { PDF_RULES } from '../../../../src/stages/ingest/pdf.js';
import { READ_RULES } from '../../../../src/stages/ingest/read.js';
import { newsPage } from './html-page.js';
import { layoutPdf, writePdf } from './pdf-writer.js';

/** One input that must be rejected with one error. */
export interface ExpectedError {
  /** File name in the folder. */
  readonly file: string;
  readonly ruleId: string;
  readonly line?: number;
}

/** The folder and what reading it must give. */
export interface BadInputFolder {
  readonly directory: string;
  /** Every error reading the folder must report, one per bad input. */
  readonly errors: readonly ExpectedError[];
  /** Ids of the documents that must still be read. */
  readonly goodIds: readonly string[];
  /** Files read with a warning (a lossy or non-UTF-8 decode, a date that is not ISO), not rejected. */
  readonly warned: readonly string[];
}

const COMMITTED = new URL('../../../../fixtures/bad-input/', import.meta.url);
const REPORT = 'Two people were killed and three were wounded in Springfield on Saturday, police said.';
const THIRTY_MB = 30 * 1024 * 1024;

/** A deterministic byte stream (random-looking, with NUL bytes), so failures reproduce. */
function noise(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let index = 0; index < length; index++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    bytes[index] = state >> 16;
  }
  return bytes;
}

/**
 * Writes the bad-input folder under `root` and returns it with its expectations.
 *
 * @example
 * const folder = writeBadInputFolder(mkdtempSync(join(tmpdir(), 'bad-')));
 */
export function writeBadInputFolder(root: string): BadInputFolder {
  const directory = join(root, 'bad-input');
  mkdirSync(directory, { recursive: true });
  for (const name of readdirSync(COMMITTED)) {
    if (name !== 'README.md') copyFileSync(new URL(name, COMMITTED), join(directory, name));
  }
  const write = (name: string, content: string | Buffer): void => writeFileSync(join(directory, name), content);

  // good inputs of every format
  write('good.txt', `${REPORT}\n`);
  write('good-utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${REPORT}\n`, 'utf16le')]));
  write('good-utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(`${REPORT}\n`, 'utf16le').swap16()]));
  write('good-page.html', newsPage({ title: 'Two killed in Springfield', text: REPORT, published: '2021-03-06' }));
  write('good-paper.pdf', writePdf(layoutPdf([REPORT], { header: 'The Herald', footer: 'Page {page}' })));

  // binary, image, lossy and oversized text
  write('binary.txt', noise(4096, 7));
  write('photo.md', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), noise(2048, 11)]));
  write('damaged-utf8.txt', Buffer.concat([Buffer.from(`“${REPORT}”\nThen the `), Buffer.from([0xc3, 0x28]), Buffer.from(' café was closed.\n')]));
  write('one-line-30mb.txt', Buffer.alloc(THIRTY_MB, 'x'));
  // a 30 MB JSONL line between two good ones: the line is reported, the others read
  const hugeLine = JSON.stringify({ id: 'huge', text: 'y'.repeat(THIRTY_MB) });
  write('huge-line.jsonl', [JSON.stringify({ id: 'before-huge', text: REPORT }), hugeLine, JSON.stringify({ id: 'after-huge', text: REPORT })].join('\n'));

  // PDFs
  const paper = writePdf(layoutPdf([REPORT, REPORT], { header: 'The Herald', footer: 'Page {page}', linesPerPage: 2 }));
  write('truncated.pdf', paper.subarray(0, Math.floor(paper.length / 2)));
  write('encrypted.pdf', writePdf(layoutPdf([REPORT]), { encrypted: true }));
  write('scanned.pdf', writePdf([{ lines: [], image: true }]));
  write('zero-bytes.pdf', Buffer.alloc(0));

  // hostile HTML
  write('deeply-nested.html', `<html><body>${'<div>'.repeat(20_000)}<p>${REPORT}</p>${'</div>'.repeat(20_000)}</body></html>`);
  write('tag-flood.html', `<html><body>${'<i>'.repeat(400_000)}${REPORT}</body></html>`);
  // refused before parsing (more than 240,000 tags and entities), and after it (more than 60,000 elements)
  write('entity-flood.html', `<html><body><p>${'&amp;'.repeat(300_000)}${REPORT}</p></body></html>`);
  write('element-flood.html', `<html><body>${'<p>x</p>'.repeat(70_000)}<p>${REPORT}</p></body></html>`);

  const errors: ExpectedError[] = [
    { file: 'empty.txt', ruleId: READ_RULES.empty },
    { file: 'whitespace-only.md', ruleId: READ_RULES.empty },
    { file: 'malformed.jsonl', ruleId: READ_RULES.jsonSyntax, line: 2 },
    { file: 'malformed.jsonl', ruleId: READ_RULES.jsonShape, line: 3 },
    { file: 'malformed.jsonl', ruleId: READ_RULES.jsonShape, line: 4 },
    { file: 'malformed.jsonl', ruleId: READ_RULES.jsonShape, line: 5 },
    { file: 'not-a-pdf.pdf', ruleId: PDF_RULES.truncated },
    { file: 'markup-only.html', ruleId: READ_RULES.empty },
    { file: 'binary.txt', ruleId: READ_RULES.binary },
    { file: 'photo.md', ruleId: READ_RULES.binary },
    { file: 'one-line-30mb.txt', ruleId: READ_RULES.tooLarge },
    { file: 'huge-line.jsonl', ruleId: READ_RULES.tooLarge, line: 2 },
    { file: 'truncated.pdf', ruleId: PDF_RULES.truncated },
    { file: 'encrypted.pdf', ruleId: PDF_RULES.encrypted },
    { file: 'scanned.pdf', ruleId: PDF_RULES.noTextLayer },
    { file: 'zero-bytes.pdf', ruleId: READ_RULES.empty },
    { file: 'deeply-nested.html', ruleId: HTML_RULES.tooDeep },
    { file: 'tag-flood.html', ruleId: HTML_RULES.tooManyElements },
    { file: 'entity-flood.html', ruleId: HTML_RULES.tooManyElements },
    { file: 'element-flood.html', ruleId: HTML_RULES.tooManyElements },
  ];
  return {
    directory,
    errors,
    goodIds: ['after-huge', 'before-huge', 'damaged-utf8', 'fixture-ok-1', 'fixture-ok-2', 'good', 'good-page', 'good-paper', 'good-utf16', 'good-utf16be', 'windows-1252'],
    warned: ['damaged-utf8.txt', 'windows-1252.txt', 'malformed.jsonl'],
  };
}
