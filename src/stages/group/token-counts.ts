/**
 * Document frequencies of name tokens in fixed memory: a count-min sketch (Cormode and
 * Muthukrishnan, 2005). Each token is hashed into one counter per row; its count is the smallest
 * of its counters, which is never below the true count and above it only by collisions. A dump
 * of millions of articles holds millions of distinct names; an exact map of them would grow with
 * the dump, the sketch does not (2 rows of 2^20 counters: 8 MB).
 */

import { mix32 } from '../lineage/fold.js';

const ROWS = 2;
const BITS = 20;
const SIZE = 1 << BITS;
const MASK = SIZE - 1;

/** 32-bit FNV-1a of a string over UTF-16 code units, seeded per row and finished with murmur3's fmix32 so rows collide independently. */
function fnv1a(text: string, row: number): number {
  let h = (0x811c9dc5 ^ Math.imul(row + 1, 0x9e3779b9)) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/**
 * Approximate counts of strings in fixed memory.
 *
 * @example
 * const counts = new TokenCounts();
 * counts.add('salinas'); counts.add('salinas');
 * counts.get('salinas') === 2; counts.get('paterson') === 0; // (barring a collision)
 */
export class TokenCounts {
  readonly #rows: Uint32Array[] = Array.from({ length: ROWS }, () => new Uint32Array(SIZE));

  /** Counts one more occurrence of `token`. */
  add(token: string): void {
    for (let r = 0; r < ROWS; r++) {
      const row = this.#rows[r];
      if (!row) continue;
      const i = fnv1a(token, r) & MASK;
      row[i] = (row[i] ?? 0) + 1;
    }
  }

  /** How many times `token` was added (possibly more, by collisions; never less). */
  get(token: string): number {
    let min = Number.POSITIVE_INFINITY;
    for (let r = 0; r < ROWS; r++) {
      const v = this.#rows[r]?.[fnv1a(token, r) & MASK] ?? 0;
      if (v < min) min = v;
    }
    return min;
  }
}
