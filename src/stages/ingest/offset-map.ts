/**
 * Offset maps from normalized text back to raw input, and the builder that makes them.
 *
 * A map is a sorted list of anchors `[normalizedStart, rawStart]`. Between two anchors
 * the normalized and raw texts advance together, so
 * `toRaw(i) = rawStart + (i - normalizedStart)` for the last anchor at or before `i`.
 * The builder records an anchor whenever an edit breaks that lockstep, so the map is
 * exact by construction: nobody computes it after the fact.
 */
import type { OffsetMap } from '../../model/span.js';

/**
 * An {@link OffsetMap} backed by sorted anchors and a binary search.
 * Invariant: `normalizedStarts` is strictly increasing and starts with 0; raw offsets never decrease.
 *
 * @example
 * const map = new AnchorOffsetMap([0, 5], [0, 6], 11);
 * map.toRaw(7) === 8;
 */
export class AnchorOffsetMap implements OffsetMap {
  readonly #normalizedStarts: Int32Array;
  readonly #rawStarts: Int32Array;
  readonly #length: number;

  /**
   * @param normalizedStarts anchor positions in the normalized text, strictly increasing, first is 0
   * @param rawStarts the raw offset of each anchor
   * @param length the normalized text's length (offsets past it are clamped)
   */
  constructor(normalizedStarts: ArrayLike<number>, rawStarts: ArrayLike<number>, length: number) {
    this.#normalizedStarts = Int32Array.from(normalizedStarts);
    this.#rawStarts = Int32Array.from(rawStarts);
    this.#length = length;
  }

  /** Raw offset of the normalized offset `offset`; clamps to `[0, length]`. */
  toRaw(offset: number): number {
    const starts = this.#normalizedStarts;
    if (starts.length === 0) return offset;
    const at = offset < 0 ? 0 : offset > this.#length ? this.#length : offset;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((starts[middle] as number) <= at) low = middle;
      else high = middle - 1;
    }
    return (this.#rawStarts[low] as number) + (at - (starts[low] as number));
  }

  /** The anchors, for composing maps and for debugging. */
  anchors(): { readonly normalizedStarts: Int32Array; readonly rawStarts: Int32Array } {
    return { normalizedStarts: this.#normalizedStarts, rawStarts: this.#rawStarts };
  }

  /** Length of the normalized text this map covers. */
  get length(): number {
    return this.#length;
  }
}

/**
 * The identity map for a text that normalization left unchanged.
 *
 * @example
 * identityMap(3).toRaw(2) === 2;
 */
export function identityMap(length: number): AnchorOffsetMap {
  return new AnchorOffsetMap([0], [0], length);
}

/**
 * Builds a normalized string from a source string by copying, replacing and skipping
 * ranges in order, recording anchors as it goes.
 *
 * @example
 * const b = new TextBuilder('large -scale');
 * b.copy(0, 5); b.skip(5, 6); b.copy(6, 12);
 * const { text, map } = b.finish(); // 'large-scale', map.toRaw(5) === 6
 */
export class TextBuilder {
  readonly #source: string;
  readonly #parts: string[] = [];
  readonly #normalizedStarts: number[] = [];
  readonly #rawStarts: number[] = [];
  #length = 0;
  /** Raw offset the next copied character would have if nothing were edited. */
  #expectedRaw = 0;

  constructor(source: string) {
    this.#source = source;
  }

  /** Length of the text built so far. */
  get length(): number {
    return this.#length;
  }

  /** Copies `source.slice(start, end)` unchanged. */
  copy(start: number, end: number): void {
    if (end <= start) return;
    this.#anchor(start);
    this.#parts.push(this.#source.slice(start, end));
    this.#length += end - start;
    this.#expectedRaw = end;
  }

  /** Drops `source.slice(start, end)`; nothing is emitted. */
  skip(_start: number, _end: number): void {
    // Note: nothing to record; the next copy sees that its start is not where the
    // last emitted text ended, and anchors itself.
  }

  /**
   * Emits `replacement` in place of `source.slice(start, end)`. The i-th emitted
   * character maps to raw `start + i`, clamped to the last replaced character, so a
   * longer replacement (`™` -> `th`) never points past what it replaced.
   */
  replace(start: number, end: number, replacement: string): void {
    if (replacement.length === 0) {
      this.skip(start, end);
      return;
    }
    const rawLength = Math.max(end - start, 1);
    if (replacement.length <= rawLength) {
      this.#anchor(start);
      this.#parts.push(replacement);
      this.#length += replacement.length;
      // the next copy anchors itself unless the replacement used up the whole range
      this.#expectedRaw = start + replacement.length;
      return;
    }
    // longer replacement: the first rawLength - 1 characters walk forward, the rest stay on the last one
    for (let i = 0; i < replacement.length; i++) {
      const raw = start + Math.min(i, rawLength - 1);
      this.#forceAnchor(raw);
      this.#parts.push(replacement[i] as string);
      this.#length += 1;
    }
    this.#expectedRaw = start + rawLength;
  }

  /** The text built so far (joins what was emitted: for an occasional look back, not for every step). */
  peek(): string {
    const text = this.#parts.join('');
    this.#parts.length = 0;
    this.#parts.push(text);
    return text;
  }

  /** The built text and its map back to the source. */
  finish(): { text: string; map: AnchorOffsetMap } {
    const text = this.#parts.join('');
    if (this.#normalizedStarts.length === 0) {
      this.#normalizedStarts.push(0);
      this.#rawStarts.push(this.#expectedRaw);
    }
    return { text, map: new AnchorOffsetMap(this.#normalizedStarts, this.#rawStarts, text.length) };
  }

  #anchor(raw: number): void {
    if (this.#normalizedStarts.length > 0 && raw === this.#expectedRaw) return;
    this.#forceAnchor(raw);
  }

  #forceAnchor(raw: number): void {
    const last = this.#normalizedStarts.length - 1;
    if (last >= 0 && this.#normalizedStarts[last] === this.#length) {
      // two anchors at one normalized position: the later one wins
      this.#rawStarts[last] = raw;
      return;
    }
    this.#normalizedStarts.push(this.#length);
    this.#rawStarts.push(raw);
  }
}

/**
 * Composes two maps: `outer` maps text C to text B, `inner` maps B to A; the result maps C to A.
 * Exact: anchors of both maps become anchors of the result.
 *
 * @example
 * const ca = composeMaps(cToB, bToA); ca.toRaw(i) === bToA.toRaw(cToB.toRaw(i));
 */
export function composeMaps(outer: AnchorOffsetMap, inner: AnchorOffsetMap): AnchorOffsetMap {
  const { normalizedStarts: outerStarts, rawStarts: outerRaw } = outer.anchors();
  const { normalizedStarts: innerStarts } = inner.anchors();
  const resultStarts: number[] = [];
  const resultRaw: number[] = [];
  const push = (normalized: number, raw: number): void => {
    const last = resultStarts.length - 1;
    if (last >= 0) {
      const expected = (resultRaw[last] as number) + (normalized - (resultStarts[last] as number));
      if (expected === raw) return;
      if (resultStarts[last] === normalized) {
        resultRaw[last] = raw;
        return;
      }
    }
    resultStarts.push(normalized);
    resultRaw.push(raw);
  };
  let innerIndex = 0;
  for (let k = 0; k < outerStarts.length; k++) {
    const cStart = outerStarts[k] as number;
    const cEnd = k + 1 < outerStarts.length ? (outerStarts[k + 1] as number) : outer.length;
    const bStart = outerRaw[k] as number;
    push(cStart, inner.toRaw(bStart));
    const bEnd = bStart + (cEnd - cStart);
    // inner anchors strictly inside (bStart, bEnd) split this segment
    while (innerIndex < innerStarts.length && (innerStarts[innerIndex] as number) <= bStart) innerIndex++;
    let scan = innerIndex;
    while (scan < innerStarts.length && (innerStarts[scan] as number) < bEnd) {
      const b = innerStarts[scan] as number;
      push(cStart + (b - bStart), inner.toRaw(b));
      scan++;
    }
  }
  if (resultStarts.length === 0) {
    resultStarts.push(0);
    resultRaw.push(inner.toRaw(0));
  }
  return new AnchorOffsetMap(resultStarts, resultRaw, outer.length);
}
