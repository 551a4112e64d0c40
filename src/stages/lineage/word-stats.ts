import type { TextProfile } from './profile.js';

/** Largest table (slots); beyond it, new words are not counted and weigh as unseen words. */
const MAX_SLOTS = 1 << 22;

/**
 * Document frequencies of content words, and the specificity weight they give a word: common
 * words of the genre ("hospital", "condition", "neighborhood") weigh little, names, addresses
 * and figures weigh close to 1.
 * An open-addressing table (word id, count, last document) that starts small and doubles, so a
 * small collection stays in the CPU cache; it stops growing at 2^22 slots (48 MB), after which
 * words never seen before are treated as rare.
 *
 * Weight: `1 / (1 + df / scale)` with `scale = max(minScale, documents * scaleShare)`: a word in 1%
 * of a large dump weighs 0.5, and in a handful of documents every word keeps a fair weight.
 *
 * @example
 * const stats = new WordStats();
 * stats.addDocument(profile);
 * stats.weight(id); // 0 < w <= 1
 */
export class WordStats {
  private keys: Uint32Array;
  private counts: Uint32Array;
  private lastDocs: Uint32Array;
  private mask: number;
  private used = 0;
  private documents = 0;
  private inverseScale = 1;

  /**
   * @param minScale scale of the weight for small collections (documents).
   * @param scaleShare scale as a share of the number of documents, for large collections.
   */
  constructor(
    private readonly minScale = 5,
    private readonly scaleShare = 0.01,
  ) {
    const slots = 1 << 6;
    this.keys = new Uint32Array(slots);
    this.counts = new Uint32Array(slots);
    this.lastDocs = new Uint32Array(slots);
    this.mask = slots - 1;
  }

  /**
   * Counts each distinct content word of a document once. When `weightsOut` is given (at least
   * `profile.words.length` long), fills `weightsOut[k]` with the {@link weight} of `profile.words[k]`
   * once the document is counted, which saves the caller a lookup per word.
   */
  addDocument(profile: TextProfile, weightsOut?: Float64Array): void {
    const stamp = ++this.documents;
    const words = profile.words;
    for (let i = 0; i < words.length; i++) {
      const key = (words[i] as number) || 1;
      let slot = key & this.mask;
      for (;;) {
        const stored = this.keys[slot] as number;
        if (stored === key) break;
        if (stored === 0) {
          if (this.used * 2 >= this.mask) {
            if (this.keys.length >= MAX_SLOTS) {
              slot = -1;
              break;
            }
            this.grow();
            slot = key & this.mask;
            continue;
          }
          this.keys[slot] = key;
          this.used++;
          break;
        }
        slot = (slot + 1) & this.mask;
      }
      if (slot >= 0 && this.lastDocs[slot] !== stamp) {
        this.lastDocs[slot] = stamp;
        this.counts[slot] = (this.counts[slot] as number) + 1;
      }
      // Note: final for this document (a word counts at its first occurrence); a weight once the scale is known
      if (weightsOut !== undefined) weightsOut[i] = slot < 0 ? 0 : (this.counts[slot] as number);
    }
    this.inverseScale = 1 / Math.max(this.minScale, this.documents * this.scaleShare);
    if (weightsOut === undefined) return;
    for (let i = 0; i < words.length; i++) weightsOut[i] = 1 / (1 + (weightsOut[i] as number) * this.inverseScale);
  }

  /** Documents containing the word `id` (0 when never counted). */
  documentFrequency(id: number): number {
    const key = id || 1;
    let slot = key & this.mask;
    for (;;) {
      const stored = this.keys[slot] as number;
      if (stored === key) return this.counts[slot] as number;
      if (stored === 0) return 0;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Specificity weight of the word `id`, in (0, 1]. */
  weight(id: number): number {
    return 1 / (1 + this.documentFrequency(id) * this.inverseScale);
  }

  /** Bytes held by the table. */
  get bytes(): number {
    return this.keys.byteLength + this.counts.byteLength + this.lastDocs.byteLength;
  }

  private grow(): void {
    const keys = this.keys;
    const counts = this.counts;
    const lastDocs = this.lastDocs;
    const slots = keys.length * 2;
    this.keys = new Uint32Array(slots);
    this.counts = new Uint32Array(slots);
    this.lastDocs = new Uint32Array(slots);
    this.mask = slots - 1;
    for (let s = 0; s < keys.length; s++) {
      const key = keys[s] as number;
      if (key === 0) continue;
      let slot = key & this.mask;
      while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.counts[slot] = counts[s] as number;
      this.lastDocs[slot] = lastDocs[s] as number;
    }
  }
}
