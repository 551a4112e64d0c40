/**
 * Bytes -> text: byte order marks, UTF-8, UTF-16 (with a BOM, or detected without one), a
 * charset a web page declares, and legacy 8-bit text (Windows-1252, which also covers
 * Latin-1). Files that are not text at all (NUL bytes, images, archives, office files) are
 * recognised and named. Pure: the caller turns the outcome into diagnostics.
 */

/** A successful decode. */
export interface DecodedText {
  readonly isText: true;
  readonly text: string;
  /** The WHATWG name of the encoding used: `utf-8`, `utf-16le`, `utf-16be`, `windows-1252`, ... */
  readonly encoding: string;
  /**
   * How the encoding was chosen: a byte order mark, valid UTF-8, the page's declared charset,
   * a detection (UTF-16 without a BOM, damaged UTF-8), or the Windows-1252 fallback for
   * bytes that are not UTF-8.
   */
  readonly basis: 'bom' | 'utf-8' | 'declared' | 'detected' | 'fallback';
  /**
   * Set when characters were lost: how many byte sequences could not be decoded (they became
   * U+FFFD, or a C1 control for the five bytes Windows-1252 leaves undefined) and the 1-based
   * line of the first one.
   */
  readonly lossy?: { readonly count: number; readonly line: number };
  /** 1-based line of the first byte that is not UTF-8, when the encoding is not UTF-8 by content. */
  readonly firstNonUtf8Line?: number;
}

/** Bytes that are not text. */
export interface NotText {
  readonly isText: false;
  /** What the bytes are, as a noun phrase: `a PNG image`, `binary data (it holds NUL bytes)`. */
  readonly what: string;
  /** What to do with such a file, as an imperative clause. */
  readonly advice: string;
}

/** Signatures of common non-text files, so the message can say what the file is. */
const SIGNATURES: readonly { readonly bytes: readonly number[]; readonly what: string; readonly advice: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document', advice: 'give it a `.pdf` extension so it is read as a PDF' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (a .docx, .odt or .epub file is one)', advice: 'export the article as text, HTML or PDF' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Microsoft Office document', advice: 'export the article as text, HTML or PDF' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document', advice: 'export the article as plain text or PDF' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image', advice: 'run OCR on it and give the text instead' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image', advice: 'run OCR on it and give the text instead' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image', advice: 'run OCR on it and give the text instead' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], what: 'a TIFF image', advice: 'run OCR on it and give the text instead' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], what: 'a TIFF image', advice: 'run OCR on it and give the text instead' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive', advice: 'decompress it first' },
  { bytes: [0x42, 0x5a, 0x68], what: 'a bzip2 archive', advice: 'decompress it first' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: 'an xz archive', advice: 'decompress it first' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive', advice: 'extract it first' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'an executable', advice: 'remove it from the inputs' },
  { bytes: [0x4d, 0x5a], what: 'a Windows executable', advice: 'remove it from the inputs' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], what: 'an SQLite database', advice: 'remove it from the inputs' },
];

/** Windows-1252 leaves these five bytes undefined; a decoder maps them to C1 controls. */
const UNDEFINED_1252: ReadonlySet<number> = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** How much of the head of a file the binary and UTF-16 checks look at. */
const SNIFF_BYTES = 64 * 1024;
/** More C0 control bytes than this share of the head (tab, newlines, form feed, escape aside) means binary. */
const MAX_CONTROL_SHARE = 0.1;

/** A `<meta charset>` or `http-equiv` content-type declaration in the head of a page. */
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;
/** The encoding of an XML declaration (XHTML pages). */
const XML_ENCODING = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;

/**
 * What a file's first bytes say it is, when they match a known non-text signature.
 *
 * @example
 * sniffSignature(Buffer.from('%PDF-1.7'))?.what === 'a PDF document';
 */
export function sniffSignature(bytes: Uint8Array): NotText | undefined {
  for (const signature of SIGNATURES) {
    if (signature.bytes.length > bytes.length) continue;
    if (signature.bytes.every((byte, index) => bytes[index] === byte)) {
      return { isText: false, what: signature.what, advice: signature.advice };
    }
  }
  return undefined;
}

/**
 * The charset a web page declares in its first kilobytes (`<meta charset>`, the
 * `http-equiv` content type, or an XML declaration), as a WHATWG encoding name the
 * platform's `TextDecoder` knows; undefined when none is declared or it is unknown.
 *
 * @example
 * declaredCharset(Buffer.from('<meta charset="ISO-8859-1">')) === 'windows-1252';
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = latin1(bytes.subarray(0, 4096));
  const label = META_CHARSET.exec(head)?.[1] ?? XML_ENCODING.exec(head)?.[1];
  if (label === undefined) return undefined;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let index = 0; index < bytes.length; index++) out += String.fromCharCode(bytes[index] as number);
  return out;
}

/**
 * Decodes a whole file. In order: a byte order mark (UTF-8, UTF-16 LE/BE; UTF-32 is
 * refused); NUL bytes mean UTF-16 without a BOM when they fall on every other byte, else
 * binary; a known non-text signature; valid UTF-8; the charset a page declares
 * (`declared`); damaged UTF-8 (mostly valid multi-byte sequences) decoded with U+FFFD for
 * the bad bytes; else Windows-1252.
 *
 * @example
 * decodeBytes(Buffer.from([0x43, 0x61, 0x66, 0xe9])) // { isText: true, text: 'Café', encoding: 'windows-1252', basis: 'fallback', ... }
 */
export function decodeBytes(bytes: Uint8Array, declared?: string): DecodedText | NotText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8(bytes.subarray(3), 'bom') ?? lossyUtf8(bytes.subarray(3), 'bom');
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)) {
    return { isText: false, what: 'UTF-32 text', advice: 'save it as UTF-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le', 'bom');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be', 'bom');
  const head = bytes.subarray(0, SNIFF_BYTES);
  // Note: a signature alone is weak evidence in a text file ("MZ Smith said"); it names what
  // binary bytes are, except for a PDF, which is always recognised
  const signature = sniffSignature(head);
  if (signature !== undefined && signature.what === 'a PDF document') return signature;
  if (head.includes(0)) {
    const utf16 = utf16WithoutBom(head);
    if (utf16 !== undefined) return decodeUtf16(bytes, utf16, 'detected');
    return signature ?? { isText: false, what: 'binary data (it holds NUL bytes and no UTF-16 byte order mark)', advice: 'convert it to UTF-8 text' };
  }
  if (controlShare(head) > MAX_CONTROL_SHARE) {
    return signature ?? { isText: false, what: 'binary data (it is full of control characters)', advice: 'convert it to UTF-8 text' };
  }
  const utf8 = decodeUtf8(bytes, 'utf-8');
  if (utf8 !== undefined) {
    // a page that declares a legacy charset but is valid UTF-8 with non-ASCII text is UTF-8 (a
    // re-saved page keeps its old meta tag); pure ASCII decodes the same either way
    return utf8;
  }
  const scan = scanUtf8(bytes);
  if (declared !== undefined && declared !== 'utf-8') return decodeDeclared(bytes, declared, scan.firstInvalid);
  if (scan.validMultiByte > 0 && scan.validMultiByte >= scan.invalid) return lossyUtf8(bytes, 'detected', scan);
  return decode1252(bytes, scan.firstInvalid);
}

function decodeUtf8(bytes: Uint8Array, basis: 'bom' | 'utf-8'): DecodedText | undefined {
  try {
    return { isText: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8', basis };
  } catch {
    return undefined;
  }
}

function lossyUtf8(bytes: Uint8Array, basis: 'bom' | 'detected', scan: Utf8Scan = scanUtf8(bytes)): DecodedText {
  return {
    isText: true,
    text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
    encoding: 'utf-8',
    basis,
    lossy: { count: scan.invalid, line: lineAt(bytes, scan.firstInvalid) },
  };
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', basis: 'bom' | 'detected'): DecodedText {
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  if (!isLossyUtf16(bytes, encoding)) return { isText: true, text, encoding, basis };
  // an odd trailing byte or an unpaired surrogate decodes to U+FFFD
  let count = 0;
  let first = -1;
  for (let index = text.indexOf('\ufffd'); index !== -1; index = text.indexOf('\ufffd', index + 1)) {
    if (first === -1) first = index;
    count++;
  }
  return { isText: true, text, encoding, basis, lossy: { count, line: lineOfText(text, first) } };
}

/** True when UTF-16 bytes hold an odd trailing byte or an unpaired surrogate (a U+FFFD in the text may be genuine). */
function isLossyUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): boolean {
  if (bytes.length % 2 === 1) return true;
  try {
    new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    return false;
  } catch {
    return true;
  }
}

/**
 * UTF-16 without a BOM: mostly-ASCII text has a NUL in one byte of most pairs, almost never in
 * the other, and printable characters next to the NULs.
 */
function utf16WithoutBom(head: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.floor(head.length / 2);
  if (pairs < 8) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  let evenPrintable = 0;
  let oddPrintable = 0;
  for (let index = 0; index + 1 < head.length; index += 2) {
    const even = head[index] as number;
    const odd = head[index + 1] as number;
    if (even === 0) evenNul++;
    if (odd === 0) oddNul++;
    if (odd === 0 && isPrintableAscii(even)) evenPrintable++;
    if (even === 0 && isPrintableAscii(odd)) oddPrintable++;
  }
  if (oddNul >= pairs * 0.6 && evenNul <= pairs * 0.02 && evenPrintable >= oddNul * 0.9) return 'utf-16le';
  if (evenNul >= pairs * 0.6 && oddNul <= pairs * 0.02 && oddPrintable >= evenNul * 0.9) return 'utf-16be';
  return undefined;
}

function isPrintableAscii(byte: number): boolean {
  return (byte >= 0x20 && byte < 0x7f) || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}

function controlShare(head: Uint8Array): number {
  if (head.length === 0) return 0;
  let controls = 0;
  for (let index = 0; index < head.length; index++) {
    const byte = head[index] as number;
    // tab, line feed, vertical tab, form feed, carriage return and escape occur in real text files
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) controls++;
  }
  return controls / head.length;
}

/** Windows-1252 characters of the bytes 0x80-0x9F; the five undefined bytes keep their C1 control. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const C1_CONTROL = /[\u0080-\u009f]/g;

/**
 * Decodes Windows-1252. Note: Node 20's `TextDecoder('windows-1252')` decodes Latin-1 (0x93 becomes
 * the control U+0093, not “), so the bytes 0x80-0x9F are mapped here.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(C1_CONTROL, (control) => CP1252_HIGH[control.charCodeAt(0) - 0x80] as string);
}

function decodeDeclared(bytes: Uint8Array, encoding: string, firstInvalid: number): DecodedText {
  if (encoding === 'windows-1252') {
    return with1252Losses(bytes, { isText: true, text: decodeWindows1252(bytes), encoding, basis: 'declared', firstNonUtf8Line: lineAt(bytes, firstInvalid) });
  }
  const text = new TextDecoder(encoding).decode(bytes);
  let count = 0;
  let first = -1;
  for (let index = text.indexOf('\ufffd'); index !== -1; index = text.indexOf('\ufffd', index + 1)) {
    if (first === -1) first = index;
    count++;
  }
  const decoded: DecodedText = { isText: true, text, encoding, basis: 'declared', firstNonUtf8Line: lineAt(bytes, firstInvalid) };
  return count === 0 ? decoded : { ...decoded, lossy: { count, line: lineOfText(text, first) } };
}

function decode1252(bytes: Uint8Array, firstInvalid: number): DecodedText {
  const text = decodeWindows1252(bytes);
  return with1252Losses(bytes, { isText: true, text, encoding: 'windows-1252', basis: 'fallback', firstNonUtf8Line: lineAt(bytes, firstInvalid) });
}

function with1252Losses(bytes: Uint8Array, decoded: DecodedText): DecodedText {
  let count = 0;
  let first = -1;
  for (let index = 0; index < bytes.length; index++) {
    if (UNDEFINED_1252.has(bytes[index] as number)) {
      if (first === -1) first = index;
      count++;
    }
  }
  return count === 0 ? decoded : { ...decoded, lossy: { count, line: lineAt(bytes, first) } };
}

interface Utf8Scan {
  /** Well-formed sequences of two to four bytes. */
  readonly validMultiByte: number;
  /** Ill-formed sequences (each becomes one U+FFFD). */
  readonly invalid: number;
  /** Byte offset of the first ill-formed sequence, or -1. */
  readonly firstInvalid: number;
}

/** Counts well-formed multi-byte and ill-formed sequences, following the UTF-8 decoding algorithm. */
function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let validMultiByte = 0;
  let invalid = 0;
  let firstInvalid = -1;
  let index = 0;
  const bad = (): void => {
    if (firstInvalid === -1) firstInvalid = index;
    invalid++;
  };
  while (index < bytes.length) {
    const byte = bytes[index] as number;
    if (byte < 0x80) {
      index++;
      continue;
    }
    let needed: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (byte >= 0xc2 && byte <= 0xdf) needed = 1;
    else if (byte >= 0xe0 && byte <= 0xef) {
      needed = 2;
      if (byte === 0xe0) lower = 0xa0;
      if (byte === 0xed) upper = 0x9f;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      needed = 3;
      if (byte === 0xf0) lower = 0x90;
      if (byte === 0xf4) upper = 0x8f;
    } else {
      bad();
      index++;
      continue;
    }
    let next = index + 1;
    let ok = true;
    for (let k = 0; k < needed; k++, next++) {
      const continuation = bytes[next];
      const min = k === 0 ? lower : 0x80;
      const max = k === 0 ? upper : 0xbf;
      if (continuation === undefined || continuation < min || continuation > max) {
        ok = false;
        break;
      }
    }
    if (ok) {
      validMultiByte++;
      index = next;
    } else {
      bad();
      // the decoder resumes at the first byte that broke the sequence
      index = Math.max(index + 1, next);
    }
  }
  return { validMultiByte, invalid, firstInvalid };
}

/** 1-based line of a byte offset (counting line feeds before it); 1 when the offset is negative. */
function lineAt(bytes: Uint8Array, offset: number): number {
  if (offset <= 0) return 1;
  let line = 1;
  for (let index = bytes.indexOf(0x0a); index !== -1 && index < offset; index = bytes.indexOf(0x0a, index + 1)) line++;
  return line;
}

function lineOfText(text: string, offset: number): number {
  if (offset <= 0) return 1;
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++;
  return line;
}
