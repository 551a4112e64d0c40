/**
 * A multimap from 32-bit LSH band keys to document numbers, in typed arrays, built for
 * millions of keys of which most belong to one document only.
 * An open-addressing table holds each key with either its single document inline or a
 * pointer to an overflow record (count, last document, list of postings). A bucket stores at
 * most `maxPostings` documents but counts every document added, so a key that many documents
 * share (boilerplate, genre phrasing) is known as such without storing them all.
 * Each stored document comes with the sentence it was stored for, so a caller can check that
 * one pair of sentences before comparing whole documents.
 * Memory: about 15 bytes per key, plus 16 bytes per key shared by several documents and
 * 10 bytes per stored posting in such keys.
 *
 * @example
 * const table = new BucketTable(2);
 * table.add(42, 0, 5); table.add(42, 1, 0); table.add(42, 2, 3);   // key, document, sentence
 * const slot = table.find(42);
 * table.docCount(slot) === 3;                                     // counted
 * const docs = new Uint32Array(2), sentences = new Uint16Array(2);
 * table.collect(slot, docs, sentences) === 2;                     // stored: docs [1, 0], sentences [0, 5]
 */
export class BucketTable {
  private keys: Uint32Array;
  /** >= 0: the key's only document; < 0: overflow record `-value - 1`. */
  private values: Int32Array;
  /** Sentence (index in its document, capped at 65535) of a key's only document. */
  private valueSentences: Uint16Array;
  private mask: number;
  private used = 0;
  private overflowCount: Uint32Array;
  private overflowLast: Uint32Array;
  private overflowHead: Int32Array;
  private overflowStored: Uint32Array;
  private overflows = 0;
  private postingDoc: Uint32Array;
  private postingSentence: Uint16Array;
  private postingNext: Int32Array;
  private postings = 0;

  /**
   * @param maxPostings documents stored per key (counting goes on beyond it); at least 2.
   * @param initialSlots initial table size (grows by doubling).
   */
  constructor(
    private readonly maxPostings: number,
    initialSlots = 1 << 6,
  ) {
    const slots = 1 << Math.ceil(Math.log2(Math.max(16, initialSlots)));
    this.keys = new Uint32Array(slots);
    this.values = new Int32Array(slots);
    this.valueSentences = new Uint16Array(slots);
    this.mask = slots - 1;
    this.overflowCount = new Uint32Array(1 << 4);
    this.overflowLast = new Uint32Array(1 << 4);
    this.overflowHead = new Int32Array(1 << 4);
    this.overflowStored = new Uint32Array(1 << 4);
    this.postingDoc = new Uint32Array(1 << 4);
    this.postingSentence = new Uint16Array(1 << 4);
    this.postingNext = new Int32Array(1 << 4);
  }

  /** Slot of `key`, or -1 when no document has it. */
  find(key: number): number {
    const k = key === 0 ? 1 : key >>> 0;
    let slot = k & this.mask;
    for (;;) {
      const stored = this.keys[slot] as number;
      if (stored === k) return slot;
      if (stored === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Number of documents ever added under the key of `slot` (stored or not). */
  docCount(slot: number): number {
    const value = this.values[slot] as number;
    return value >= 0 ? 1 : (this.overflowCount[-value - 1] as number);
  }

  /**
   * Number of documents added under the key of `slot` to be stored, including those beyond
   * `maxPostings` that were not: more than `maxPostings` means the key is common phrasing.
   */
  storedCount(slot: number): number {
    const value = this.values[slot] as number;
    return value >= 0 ? 1 : (this.overflowStored[-value - 1] as number);
  }

  /**
   * Copies the stored documents of `slot` (newest first) into `docs`, and the sentence each
   * was stored for into `sentences`; returns how many.
   */
  collect(slot: number, docs: Uint32Array, sentences: Uint16Array): number {
    const value = this.values[slot] as number;
    // Note: a document counted but not stored leaves a record without postings
    if (value >= 0) {
      docs[0] = value;
      sentences[0] = this.valueSentences[slot] as number;
      return 1;
    }
    let n = 0;
    for (let p = this.overflowHead[-value - 1] as number; p >= 0 && n < docs.length; p = this.postingNext[p] as number) {
      docs[n] = this.postingDoc[p] as number;
      sentences[n++] = this.postingSentence[p] as number;
    }
    return n;
  }

  /**
   * Adds `doc` under `key`: counts it, and stores it when `isStored` (a document whose sentence
   * another stored document already holds is counted but not stored). Documents must be added in
   * increasing order; adding the same document twice under one key counts it once.
   */
  add(key: number, doc: number, sentence: number, isStored = true): void {
    const sentenceIndex = Math.min(sentence, 0xffff);
    const k = key === 0 ? 1 : key >>> 0;
    let slot = k & this.mask;
    for (;;) {
      const stored = this.keys[slot] as number;
      if (stored === k) break;
      if (stored === 0) {
        this.keys[slot] = k;
        this.used++;
        if (isStored) {
          this.values[slot] = doc;
          this.valueSentences[slot] = sentenceIndex;
        } else {
          const record = this.newOverflow();
          this.overflowCount[record] = 1;
          this.overflowLast[record] = doc;
          this.overflowHead[record] = -1;
          this.values[slot] = -record - 1;
        }
        if (this.used * 4 > this.mask * 3) this.rehash();
        return;
      }
      slot = (slot + 1) & this.mask;
    }
    const value = this.values[slot] as number;
    if (value >= 0) {
      if (value === doc) return;
      const record = this.newOverflow();
      this.overflowCount[record] = 2;
      this.overflowLast[record] = doc;
      this.overflowHead[record] = -1;
      this.overflowStored[record] = isStored ? 2 : 1;
      this.pushPosting(record, value, this.valueSentences[slot] as number);
      if (isStored) this.pushPosting(record, doc, sentenceIndex);
      this.values[slot] = -record - 1;
      return;
    }
    const record = -value - 1;
    // Note: documents arrive in increasing order, so one comparison finds a repeat
    if (this.overflowLast[record] === doc) return;
    this.overflowLast[record] = doc;
    const count = (this.overflowCount[record] as number) + 1;
    this.overflowCount[record] = count;
    if (!isStored) return;
    const stored = (this.overflowStored[record] as number) + 1;
    this.overflowStored[record] = stored;
    if (stored <= this.maxPostings) this.pushPosting(record, doc, sentenceIndex);
  }

  /** Count of documents under `key` (0 when none). */
  countOf(key: number): number {
    const slot = this.find(key);
    return slot < 0 ? 0 : this.docCount(slot);
  }

  /** Number of distinct keys. */
  get size(): number {
    return this.used;
  }

  /** Bytes held by the typed arrays. */
  get bytes(): number {
    return (
      this.keys.byteLength +
      this.values.byteLength +
      this.valueSentences.byteLength +
      this.postingSentence.byteLength +
      this.overflowCount.byteLength +
      this.overflowLast.byteLength +
      this.overflowHead.byteLength +
      this.overflowStored.byteLength +
      this.postingDoc.byteLength +
      this.postingNext.byteLength
    );
  }

  private newOverflow(): number {
    if (this.overflows >= this.overflowCount.length) {
      const size = this.overflowCount.length * 2;
      this.overflowCount = growUint32(this.overflowCount, size);
      this.overflowLast = growUint32(this.overflowLast, size);
      this.overflowStored = growUint32(this.overflowStored, size);
      const head = new Int32Array(size);
      head.set(this.overflowHead);
      this.overflowHead = head;
    }
    this.overflowStored[this.overflows] = 0;
    return this.overflows++;
  }



  private pushPosting(record: number, doc: number, sentence: number): void {
    if (this.postings >= this.postingDoc.length) {
      const size = this.postingDoc.length * 2;
      this.postingDoc = growUint32(this.postingDoc, size);
      const sentences = new Uint16Array(size);
      sentences.set(this.postingSentence);
      this.postingSentence = sentences;
      const next = new Int32Array(size);
      next.set(this.postingNext);
      this.postingNext = next;
    }
    const p = this.postings++;
    this.postingDoc[p] = doc;
    this.postingSentence[p] = sentence;
    this.postingNext[p] = this.overflowHead[record] as number;
    this.overflowHead[record] = p;
  }

  private rehash(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    const oldSentences = this.valueSentences;
    const slots = oldKeys.length * 2;
    this.keys = new Uint32Array(slots);
    this.values = new Int32Array(slots);
    this.valueSentences = new Uint16Array(slots);
    this.mask = slots - 1;
    for (let s = 0; s < oldKeys.length; s++) {
      const k = oldKeys[s] as number;
      if (k === 0) continue;
      let slot = k & this.mask;
      while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask;
      this.keys[slot] = k;
      this.values[slot] = oldValues[s] as number;
      this.valueSentences[slot] = oldSentences[s] as number;
    }
  }
}

function growUint32(array: Uint32Array, size: number): Uint32Array<ArrayBuffer> {
  const grown = new Uint32Array(size);
  grown.set(array);
  return grown;
}
