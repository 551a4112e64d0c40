import type { TextProfile } from './profile.js';

/** Entries (32-bit) in one page of the store, once it is large. */
const PAGE_SIZE = 1 << 20;
/**
 * Entries in the first page. Pages grow by doubling up to `PAGE_SIZE`: an index of one small
 * event's few documents (a stream builds one per event) must not zero 4 MB.
 */
const FIRST_PAGE = 1 << 12;
/** Entries before the tables of a record: count, word total, phrase total. */
const HEADER = 3;

/** Where the tables of a record starting at `o` begin. */
function layoutOf(o: number, count: number, wordTotal: number) {
  const starts = o + HEADER;
  const ends = starts + count;
  const wordStart = ends + count;
  const phraseStart = wordStart + count + 1;
  const flags = phraseStart + count + 1;
  const words = flags + ((count + 3) >>> 2);
  return { starts, ends, wordStart, phraseStart, flags, words, phrases: words + wordTotal };
}

/**
 * Keeps the {@link TextProfile}s of indexed documents packed in large typed-array pages
 * (no object per document, no text). A record is `[count, wordTotal, phraseTotal, starts(count),
 * ends(count), wordStart(count + 1), phraseStart(count + 1), flag bytes, words, phrases (16-bit)]`.
 *
 * @example
 * const store = new DocStore();
 * const n = store.add(profile);
 * store.get(n).count === profile.count;
 */
export class DocStore {
  private readonly pages: Uint32Array[] = [];
  private page: Uint32Array = new Uint32Array(0);
  private pageUsed = 0;
  private docPage = new Uint32Array(16);
  private docOffset = new Uint32Array(16);
  private docs = 0;

  /** Number of stored documents. */
  get size(): number {
    return this.docs;
  }

  /** Stores a profile; returns its document number (0, 1, 2, ...). */
  add(profile: TextProfile): number {
    const count = profile.count;
    const flagWords = (count + 3) >>> 2;
    const length = HEADER + 4 * count + 2 + flagWords + profile.words.length + ((profile.phrases.length + 1) >>> 1);
    if (this.pageUsed + length > this.page.length) {
      this.page = new Uint32Array(Math.max(Math.min(PAGE_SIZE, Math.max(FIRST_PAGE, 2 * this.page.length)), length));
      this.pages.push(this.page);
      this.pageUsed = 0;
    }
    const page = this.page;
    const o = this.pageUsed;
    const layout = layoutOf(o, count, profile.words.length);
    page[o] = count;
    page[o + 1] = profile.words.length;
    page[o + 2] = profile.phrases.length;
    page.set(profile.starts, layout.starts);
    page.set(profile.ends, layout.ends);
    page.set(profile.wordStart, layout.wordStart);
    page.set(profile.phraseStart, layout.phraseStart);
    new Uint8Array(page.buffer, layout.flags * 4, count).set(profile.flags);
    page.set(profile.words, layout.words);
    new Uint16Array(page.buffer, layout.phrases * 4, profile.phrases.length).set(profile.phrases);
    this.pageUsed += length;
    if (this.docs >= this.docPage.length) {
      this.docPage = grow(this.docPage);
      this.docOffset = grow(this.docOffset);
    }
    this.docPage[this.docs] = this.pages.length - 1;
    this.docOffset[this.docs] = o;
    return this.docs++;
  }

  /** The stored profile of document `n`, as views into the store (valid while the store lives). */
  get(n: number): TextProfile {
    const page = this.pages[this.docPage[n] as number] as Uint32Array;
    const o = this.docOffset[n] as number;
    const count = page[o] as number;
    const wordTotal = page[o + 1] as number;
    const phraseTotal = page[o + 2] as number;
    const layout = layoutOf(o, count, wordTotal);
    return {
      count,
      starts: page.subarray(layout.starts, layout.starts + count),
      ends: page.subarray(layout.ends, layout.ends + count),
      wordStart: page.subarray(layout.wordStart, layout.wordStart + count + 1),
      phraseStart: page.subarray(layout.phraseStart, layout.phraseStart + count + 1),
      flags: new Uint8Array(page.buffer, layout.flags * 4, count),
      words: page.subarray(layout.words, layout.words + wordTotal),
      phrases: new Uint16Array(page.buffer, layout.phrases * 4, phraseTotal),
    };
  }

  /** Bytes held by the typed arrays. */
  get bytes(): number {
    let total = this.docPage.byteLength + this.docOffset.byteLength;
    for (const page of this.pages) total += page.byteLength;
    return total;
  }
}

function grow(array: Uint32Array): Uint32Array<ArrayBuffer> {
  const grown = new Uint32Array(array.length * 2);
  grown.set(array);
  return grown;
}
