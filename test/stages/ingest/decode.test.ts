import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeBytes, sniffSignature, type DecodedText, type NotText } from '../../../src/stages/ingest/decode.js';

const TEXT = 'Baku, 20 January: “130 died”, café.';

function utf16(text: string, order: 'le' | 'be', bom: boolean): Buffer {
  const little = Buffer.from(text, 'utf16le');
  if (order === 'be') for (let i = 0; i + 1 < little.length; i += 2) [little[i], little[i + 1]] = [little[i + 1] as number, little[i] as number];
  const mark = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return bom ? Buffer.concat([Buffer.from(mark), little]) : little;
}

function cp1252(text: string): Buffer {
  const table: Record<string, number> = { '“': 0x93, '”': 0x94, '’': 0x92, '—': 0x97, '€': 0x80 };
  return Buffer.from([...text].map((c) => table[c] ?? (c.codePointAt(0) as number)));
}

function asText(result: DecodedText | NotText): DecodedText {
  if (!result.isText) throw new Error(`expected text, got ${result.what}`);
  return result;
}

describe('decodeBytes: encodings', () => {
  it.each([
    ['UTF-8', Buffer.from(TEXT), 'utf-8', 'utf-8'],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]), 'utf-8', 'bom'],
    ['UTF-16 LE with a BOM', utf16(TEXT, 'le', true), 'utf-16le', 'bom'],
    ['UTF-16 BE with a BOM', utf16(TEXT, 'be', true), 'utf-16be', 'bom'],
    ['UTF-16 LE without a BOM', utf16(TEXT, 'le', false), 'utf-16le', 'detected'],
    ['UTF-16 BE without a BOM', utf16(TEXT, 'be', false), 'utf-16be', 'detected'],
    ['Windows-1252', cp1252(TEXT), 'windows-1252', 'fallback'],
  ] as const)('%s', (_name, bytes, encoding, basis) => {
    const decoded = asText(decodeBytes(bytes));
    expect(decoded).toMatchObject({ text: TEXT, encoding, basis });
    expect(decoded.lossy).toBeUndefined();
  });

  it('reads Latin-1 bytes as Windows-1252 and says from which line', () => {
    const decoded = asText(decodeBytes(Buffer.from('First line\nSecond: na\xefve r\xe9sum\xe9\n', 'latin1')));
    expect(decoded).toMatchObject({ text: 'First line\nSecond: naïve résumé\n', encoding: 'windows-1252', basis: 'fallback', firstNonUtf8Line: 2 });
  });

  it('follows a charset the page declares when the bytes are not UTF-8', () => {
    const page = Buffer.from('<meta charset="iso-8859-1"><p>Caf\xe9</p>', 'latin1');
    expect(asText(decodeBytes(page, declaredCharset(page)))).toMatchObject({ text: '<meta charset="iso-8859-1"><p>Café</p>', basis: 'declared', encoding: 'windows-1252' });
  });

  it('keeps valid UTF-8 even when the page declares a legacy charset (a re-saved page)', () => {
    const page = Buffer.from('<meta charset="iso-8859-1"><p>Café</p>');
    expect(asText(decodeBytes(page, declaredCharset(page)))).toMatchObject({ text: '<meta charset="iso-8859-1"><p>Café</p>', basis: 'utf-8' });
  });

  it('reports a lossy decode: damaged UTF-8 keeps its good characters and counts the bad bytes', () => {
    const bytes = Buffer.concat([Buffer.from('“Two” died.\nThen '), Buffer.from([0xff, 0xc3]), Buffer.from(' and é.')]);
    const decoded = asText(decodeBytes(bytes));
    expect(decoded).toMatchObject({ encoding: 'utf-8', basis: 'detected', lossy: { count: 2, line: 2 } });
    expect(decoded.text).toBe('“Two” died.\nThen \ufffd\ufffd and é.');
  });

  it('reports a lossy decode: bytes Windows-1252 leaves undefined', () => {
    const decoded = asText(decodeBytes(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a, 0x81, 0x2e])));
    expect(decoded).toMatchObject({ encoding: 'windows-1252', lossy: { count: 1, line: 2 } });
  });

  it('reports a lossy decode: UTF-16 with an odd trailing byte', () => {
    const bytes = Buffer.concat([utf16('Two died.', 'le', true), Buffer.from([0x41])]);
    expect(asText(decodeBytes(bytes)).lossy).toEqual({ count: 1, line: 1 });
  });
});

describe('decodeBytes: not text', () => {
  it.each([
    ['NUL bytes', Buffer.from([0x48, 0x00, 0x01, 0x02, 0x00, 0x00, 0x7f, 0x10, 0x00, 0x00]), /binary data \(it holds NUL bytes/],
    ['a PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), /PNG image/],
    ['a ZIP archive', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]), /ZIP archive/],
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), /PDF document/],
    ['UTF-32', Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]), /UTF-32/],
    ['control characters', Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), /control characters/],
  ])('%s', (_name, bytes, what) => {
    const result = decodeBytes(bytes);
    expect(result.isText).toBe(false);
    if (!result.isText) {
      expect(result.what).toMatch(what);
      expect(result.advice.length).toBeGreaterThan(5);
    }
  });

  it.each([
    ['a text that starts like an executable signature', 'MZ Smith said two people died.'],
    ['a text that starts like a bzip2 signature', 'BZh, the rapper, said 3 were hurt.'],
    ['tabs, form feeds and escapes', 'Col1\tCol2\fpage 2\x1b[0m'],
  ])('is not fooled by %s', (_name, text) => {
    expect(decodeBytes(Buffer.from(text))).toMatchObject({ isText: true, text });
  });
});

describe('sniffSignature and declaredCharset', () => {
  it.each([
    [Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'a JPEG image'],
    [Buffer.from('GIF89a'), 'a GIF image'],
    [Buffer.from([0x1f, 0x8b, 0x08]), 'a gzip archive'],
  ])('names %s', (bytes, what) => {
    expect(sniffSignature(bytes)?.what).toBe(what);
  });

  it.each([
    ['<meta charset="windows-1251">', 'windows-1251'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', 'windows-1252'],
    ["<?xml version='1.0' encoding='Shift_JIS'?><html>", 'shift_jis'],
    ['<meta charset="no-such-charset">', undefined],
    ['<p>no declaration</p>', undefined],
  ])('%s -> %s', (head, expected) => {
    expect(declaredCharset(Buffer.from(head))).toBe(expected);
  });
});
