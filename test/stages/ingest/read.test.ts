import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawDoc } from '../../../src/model/document.js';
import type { Diagnostic } from '../../../src/model/diagnostic.js';
import { READ_RULES, derivedId, isDiagnostic, isoDate, readInputs, type ReadOptions } from '../../../src/stages/ingest/read.js';
import type { Dossier } from '../../../src/model/dossier.js';
import { buildDossier } from '../../../src/pipeline/build.js';
import { createContext } from '../../../src/pipeline/stage.js';
import { renderHtml } from '../../../src/render/html.js';
import { renderMarkdown } from '../../../src/render/markdown.js';

let root = '';

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'corroborate-read-'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Writes files under a fresh folder; returns its path. */
function folder(name: string, files: Record<string, string | Buffer>): string {
  const directory = join(root, name);
  for (const [path, content] of Object.entries(files)) {
    const full = join(directory, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, content);
  }
  mkdirSync(directory, { recursive: true });
  return directory;
}

async function read(paths: string[], options: ReadOptions = {}): Promise<{ docs: RawDoc[]; problems: Diagnostic[] }> {
  const docs: RawDoc[] = [];
  const problems: Diagnostic[] = [];
  for await (const item of readInputs(paths, options)) {
    if (isDiagnostic(item)) problems.push(item);
    else docs.push(item);
  }
  return { docs, problems };
}

function utf16be(text: string): Buffer {
  const little = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < little.length; i += 2) {
    const low = little[i] as number;
    little[i] = little[i + 1] as number;
    little[i + 1] = low;
  }
  return Buffer.concat([Buffer.from([0xfe, 0xff]), little]);
}

describe('readInputs: text files and folders', () => {
  it('reads .txt and .md files, recursing folders in sorted order, skipping hidden and unknown files', async () => {
    const directory = folder('tree', {
      'b.txt': 'Second report.',
      'a.md': '# First\n\nReport.',
      'sub/c.txt': 'Third report.',
      '.hidden.txt': 'secret',
      'notes.docx': 'x',
    });
    const { docs, problems } = await read([directory]);
    expect(docs.map((doc) => [doc.id, doc.path, doc.text])).toEqual([
      // Markdown as its rendered page reads: the heading's text without its `#`, and as the title
      ['a', join(directory, 'a.md'), 'First\n\nReport.'],
      ['b', join(directory, 'b.txt'), 'Second report.'],
      ['c', join(directory, 'sub', 'c.txt'), 'Third report.'],
    ]);
    expect(docs[0]?.title).toBe('First');
    expect(docs[0]?.page?.raw).toBe('# First\n\nReport.');
    expect(problems.map((p) => [p.severity, p.ruleId, p.file])).toEqual([
      ['info', READ_RULES.hidden, join(directory, '.hidden.txt')],
      ['info', READ_RULES.unknownExtension, join(directory, 'notes.docx')],
    ]);
  });

  it.each([
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Baku, 20 January.')])],
    ['UTF-16 LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Baku, 20 January.', 'utf16le')])],
    ['UTF-16 BE with a BOM', utf16be('Baku, 20 January.')],
  ])('decodes %s', async (name, content) => {
    const directory = folder(`bom-${name.replace(/\W+/g, '-')}`, { 'r.txt': content });
    const { docs, problems } = await read([join(directory, 'r.txt')]);
    expect(problems).toEqual([]);
    expect(docs).toEqual([{ id: 'r', path: join(directory, 'r.txt'), text: 'Baku, 20 January.' }]);
  });

  it('falls back to Windows-1252 for invalid UTF-8, with a warning', async () => {
    const directory = folder('latin', { 'r.txt': Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x2e]) });
    const { docs, problems } = await read([join(directory, 'r.txt')]);
    expect(docs[0]?.text).toBe('Café.');
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', ruleId: READ_RULES.encoding })]);
  });

  it.each([
    ['binary', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]), READ_RULES.binary, /binary/],
    ['empty', Buffer.alloc(0), READ_RULES.empty, /empty/],
    ['whitespace only', Buffer.from(' \n\n '), READ_RULES.empty, /empty/],
  ])('reports a %s file as an error naming it, and goes on', async (name, content, ruleId, message) => {
    const directory = folder(`bad-${name.replace(/\W+/g, '-')}`, { 'bad.txt': content, 'good.txt': 'Fine.' });
    const { docs, problems } = await read([directory]);
    expect(docs.map((doc) => doc.id)).toEqual(['good']);
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', ruleId, file: join(directory, 'bad.txt') })]);
    expect(problems[0]?.message).toMatch(message);
    expect(problems[0]?.message).toContain(join(directory, 'bad.txt'));
  });

  it('refuses a file over maxBytes, saying how to go on', async () => {
    const directory = folder('large', { 'big.txt': 'x'.repeat(2000) });
    const { docs, problems } = await read([directory], { maxBytes: 1000 });
    expect(docs).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', ruleId: READ_RULES.tooLarge })]);
    expect(problems[0]?.message).toMatch(/--max-bytes.*split the file/);
  });

  it('gives files of one name in two folders two ids: the name, then the path from the folder given', async () => {
    const directory = folder('same-names', { 'a/index.html': '<html><body><article><p>A man was shot dead in Dayton on Monday, police said in a statement.</p></article></body></html>', 'b/index.html': '<html><body><article><p>Two people were wounded in Toledo on Friday, police said in a statement.</p></article></body></html>', '2024/story.txt': 'One.', '2023/story.txt': 'Two.' });
    const { docs, problems } = await read([directory]);
    expect(problems).toEqual([]);
    expect(docs.map((d) => [d.id, d.path.slice(directory.length + 1)])).toEqual([
      ['story', '2023/story.txt'],
      ['2024/story', '2024/story.txt'],
      ['index', 'a/index.html'],
      ['b/index', 'b/index.html'],
    ]);
  });

  it('reads a folder reached again through a link once', async () => {
    const directory = folder('loop', { 'x.txt': 'A man was shot in Akron on Monday.', 'sub/y.txt': 'Two were hurt.' });
    symlinkSync('..', join(directory, 'sub', 'loop'));
    const { docs, problems } = await read([directory]);
    expect(docs.map((d) => d.id)).toEqual(['y', 'x']);
    expect(problems.map((p) => [p.severity, p.ruleId, p.file?.slice(directory.length + 1)])).toEqual([['info', READ_RULES.folderRead, 'sub/loop']]);
  });

  it('reports a missing path and an unknown extension named explicitly', async () => {
    const directory = folder('explicit', { 'page.rtf': '{\\rtf1 x}' });
    const { docs, problems } = await read([join(directory, 'missing.txt'), join(directory, 'page.rtf')]);
    expect(docs).toEqual([]);
    expect(problems.map((p) => [p.severity, p.ruleId])).toEqual([
      ['error', READ_RULES.notFound],
      ['warning', READ_RULES.unknownExtension],
    ]);
  });
});

describe("readInputs: corroborate's own outputs", () => {
  const reports = {
    'a.txt': 'Two people were killed in Dalmora on Saturday.',
    'b.md': '# Toll rises\n\nThree people died, the police said.',
  };
  /** A dossier of the two reports, as the renderers write it. */
  const dossier = (): Dossier => buildDossier([{ id: 'a', path: 'a.txt', text: reports['a.txt'] }], createContext({ now: new Date('2026-01-01') }));

  it('skips a Markdown or web-page dossier and an events file saved among the reports, with a note each', async () => {
    const d = dossier();
    const directory = folder('own-output', {
      ...reports,
      'dossier.md': renderMarkdown(d),
      'saved-as.txt': renderMarkdown(d),
      'dossier.html': renderHtml(d),
      'events.jsonl': d.events.map((e) => JSON.stringify({ ...e, lineage: [] })).join('\n') + '\n',
    });
    const { docs, problems } = await read([directory]);
    expect(docs.map((x) => x.id)).toEqual(['a', 'b']);
    expect(problems.map((p) => [p.severity, p.ruleId, p.file])).toEqual([
      ['info', READ_RULES.ownOutput, join(directory, 'dossier.html')],
      ['info', READ_RULES.ownOutput, join(directory, 'dossier.md')],
      ['info', READ_RULES.ownOutput, join(directory, 'events.jsonl')],
      ['info', READ_RULES.ownOutput, join(directory, 'saved-as.txt')],
    ]);
  });

  it('reads reports that only mention corroborate or a dossier, and pages of other generators', async () => {
    const directory = folder('not-own-output', {
      'a.md': '# Dossier\n\nThe <!-- corroborate dossier --> team said two people were killed.',
      'b.html': '<html><head><meta name="generator" content="WordPress"><title>Two killed</title></head><body><article><p>Two people were killed in Dalmora on Saturday, the police said in a statement on Sunday morning.</p></article></body></html>',
      'c.jsonl': JSON.stringify({ id: 'c', text: 'One man died.', documents: [], figures: [] }) + '\n',
    });
    const { docs } = await read([directory]);
    expect(docs.map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });

  it('never reads the files it is told to exclude (the build\'s --out), named or in a folder', async () => {
    const directory = folder('excluded', { ...reports, 'out.txt': 'One man was shot dead.' });
    const { docs, problems } = await read([directory, join(directory, 'out.txt')], { exclude: [join(directory, 'out.txt')] });
    expect(docs.map((x) => x.id)).toEqual(['a', 'b']);
    expect(problems.map((p) => [p.ruleId, p.file])).toEqual([
      [READ_RULES.ownOutput, join(directory, 'out.txt')],
      [READ_RULES.ownOutput, join(directory, 'out.txt')],
    ]);
  });
});

describe('readInputs: JSONL', () => {
  const good = (fields: Record<string, unknown>) => JSON.stringify({ text: 'Two men were shot.', ...fields });

  it('reads one report a line, keeps the line number and metadata, skips blank lines', async () => {
    const directory = folder('jsonl-good', {
      'dump.jsonl': [
        good({ id: 'a1', title: 'T', published: '2016-12-24', url: 'http://x/1' }),
        '',
        good({ id: 7, published: '2016-12-24T10:31:00Z' }),
        good({ published: '2015-03' }),
      ].join('\n'),
    });
    const { docs, problems } = await read([join(directory, 'dump.jsonl')]);
    expect(problems).toEqual([]);
    const path = join(directory, 'dump.jsonl');
    expect(docs).toEqual([
      { id: 'a1', path, line: 1, title: 'T', published: '2016-12-24', url: 'http://x/1', text: 'Two men were shot.' },
      { id: '7', path, line: 3, published: '2016-12-24', text: 'Two men were shot.' },
      { id: derivedId('Two men were shot.'), path, line: 4, published: '2015-03', text: 'Two men were shot.' },
    ]);
    expect(derivedId('Two men were shot.')).toMatch(/^[0-9a-f]{16}$/);
  });

  it('reports malformed lines with file:line and what to do, and keeps the others', async () => {
    const directory = folder('jsonl-bad', {
      'dump.jsonl': [
        good({ id: 'ok1' }),
        '{"id": "x", "text": ',
        JSON.stringify({ id: 'no-text' }),
        JSON.stringify({ id: 'empty', text: '   ' }),
        JSON.stringify(['not', 'an', 'object']),
        JSON.stringify({ id: 'bad-title', title: 5, text: 'x' }),
        good({ id: 'ok2' }),
      ].join('\r\n'),
    });
    const path = join(directory, 'dump.jsonl');
    const { docs, problems } = await read([path]);
    expect(docs.map((doc) => [doc.id, doc.line])).toEqual([
      ['ok1', 1],
      ['ok2', 7],
    ]);
    expect(problems.map((p) => [p.severity, p.ruleId, p.line])).toEqual([
      ['error', READ_RULES.jsonSyntax, 2],
      ['error', READ_RULES.jsonShape, 3],
      ['error', READ_RULES.jsonShape, 4],
      ['error', READ_RULES.jsonShape, 5],
      ['error', READ_RULES.jsonShape, 6],
    ]);
    for (const p of problems) expect(p.message.startsWith(`${path}:${p.line}: `)).toBe(true);
    expect(problems[0]?.message).toMatch(/invalid JSON .*fix the line or remove it/);
    expect(problems[1]?.message).toMatch(/`text`/);
  });

  it('drops a published value that is not ISO 8601, with a warning', async () => {
    const directory = folder('jsonl-date', { 'd.jsonl': good({ id: 'a', published: 'Dec 24, 2016' }) });
    const { docs, problems } = await read([join(directory, 'd.jsonl')]);
    expect(docs).toEqual([expect.not.objectContaining({ published: expect.anything() })]);
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', ruleId: READ_RULES.published, line: 1, actual: 'Dec 24, 2016' })]);
  });

  it('reads a number as published like a string that is no ISO date (a warning, the line kept); a wrong title names its field', async () => {
    const directory = folder('jsonl-number-date', { 'd.jsonl': [good({ id: 'a', published: 20240211 }), good({ id: 'b', title: 5 })].join('\n') });
    const { docs, problems } = await read([join(directory, 'd.jsonl')]);
    expect(docs.map((d) => d.id)).toEqual(['a']);
    expect(problems.map((p) => [p.severity, p.ruleId, p.line])).toEqual([
      ['warning', READ_RULES.published, 1],
      ['error', READ_RULES.jsonShape, 2],
    ]);
    expect(problems[1]?.message).toMatch(/field `title`.*`title` and `url` strings/);
  });

  it('reports a line over maxBytes without holding it, and reads the next', async () => {
    const directory = folder('jsonl-long', { 'd.jsonl': [good({ id: 'long', text: 'x'.repeat(5000) }), good({ id: 'short' })].join('\n') });
    const { docs, problems } = await read([join(directory, 'd.jsonl')], { maxBytes: 1000 });
    expect(docs.map((doc) => doc.id)).toEqual(['short']);
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', ruleId: READ_RULES.tooLarge, line: 1 })]);
  });

  it.each([
    ['UTF-8 BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(good({ id: 'b' }))])],
    ['UTF-16 LE BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(good({ id: 'b' }), 'utf16le')])],
  ])('reads a JSONL dump with a %s', async (name, content) => {
    const directory = folder(`jsonl-${name.replace(/\W+/g, '-')}`, { 'd.jsonl': content });
    const { docs, problems } = await read([join(directory, 'd.jsonl')]);
    expect(problems).toEqual([]);
    expect(docs.map((doc) => doc.id)).toEqual(['b']);
  });

  it('reports an empty or binary dump', async () => {
    const directory = folder('jsonl-empty', { 'a.jsonl': '', 'b.jsonl': '\n\n', 'c.jsonl': Buffer.from([0x7b, 0x00, 0x7d]) });
    const { docs, problems } = await read([directory]);
    expect(docs).toEqual([]);
    expect(problems.map((p) => p.ruleId)).toEqual([READ_RULES.empty, READ_RULES.empty, READ_RULES.binary]);
  });

  it('streams a large dump line by line across chunk boundaries', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => good({ id: `d${i}`, text: `Report ${i}: ${'é'.repeat(i % 50)} done.` }));
    const directory = folder('jsonl-many', { 'd.jsonl': `${lines.join('\n')}\n` });
    const { docs, problems } = await read([join(directory, 'd.jsonl')]);
    expect(problems).toEqual([]);
    expect(docs).toHaveLength(3000);
    expect(docs[2999]).toMatchObject({ id: 'd2999', line: 3000, text: `Report 2999: ${'é'.repeat(2999 % 50)} done.` });
  });
});

describe('readInputs: stdin', () => {
  it('reads text from stdin as one document `stdin`', async () => {
    const { docs } = await read(['-'], { stdin: Readable.from([Buffer.from('  Two men '), Buffer.from('were shot.')]) });
    expect(docs).toEqual([{ id: 'stdin', path: '-', text: '  Two men were shot.' }]);
  });

  it('reads JSONL from stdin when the first non-space character is {', async () => {
    const input = `\n  ${JSON.stringify({ id: 'a', text: 'One.' })}\n${JSON.stringify({ id: 'b', text: 'Two.' })}`;
    const { docs } = await read(['-'], { stdin: Readable.from([Buffer.from(input.slice(0, 5)), Buffer.from(input.slice(5))]) });
    expect(docs.map((doc) => [doc.id, doc.path, doc.line])).toEqual([
      ['a', '-', 2],
      ['b', '-', 3],
    ]);
  });

  it('reports empty stdin and a missing stream', async () => {
    expect((await read(['-'], { stdin: Readable.from([]) })).problems).toEqual([expect.objectContaining({ ruleId: READ_RULES.empty })]);
    expect((await read(['-'])).problems).toEqual([expect.objectContaining({ ruleId: READ_RULES.noStdin })]);
  });
});

describe('isoDate', () => {
  it.each([
    ['2016', '2016'],
    ['2016-12', '2016-12'],
    ['2016-12-24', '2016-12-24'],
    ['2016-12-24T10:31:00Z', '2016-12-24'],
    ['2016-12-24 10:31', '2016-12-24'],
    ['2016-12-24T10:31:00.123+02:00', '2016-12-24'],
    ['2016-13', undefined],
    ['2016-02-30', undefined],
    ['24/12/2016', undefined],
    ['Dec 24, 2016', undefined],
    ['20161224', undefined],
  ])('%s -> %s', (input, expected) => {
    expect(isoDate(input)).toBe(expected);
  });
});

describe('readInputs: Markdown', () => {
  it('reads front matter dates, and names the file of a front matter that is not YAML or a date that is not one', async () => {
    const directory = folder('markdown', {
      'good.md': '---\ntitle: Two dead in Velmora\ndate: 2021-01-04\n---\n\nTwo people were **killed** on Monday.',
      'bad-yaml.md': '---\ntitle: [unclosed\n---\n\nTwo people were killed.',
      'bad-date.markdown': '---\ndate: last Monday\n---\n\nTwo people were killed.',
      'only-markup.md': '![photo](a.jpg)\n\n<div></div>\n',
    });
    const { docs, problems } = await read([directory]);
    expect(docs.map((d) => [d.id, d.title, d.published, d.text])).toEqual([
      ['bad-date', undefined, undefined, 'Two people were killed.'],
      ['bad-yaml', undefined, undefined, 'Two people were killed.'],
      ['good', 'Two dead in Velmora', '2021-01-04', 'Two people were killed on Monday.'],
    ]);
    expect(problems.map((p) => [p.severity, p.ruleId, p.file])).toEqual([
      ['warning', READ_RULES.published, join(directory, 'bad-date.markdown')],
      ['warning', READ_RULES.markdown, join(directory, 'bad-yaml.md')],
      ['error', READ_RULES.empty, join(directory, 'only-markup.md')],
    ]);
  });
});
