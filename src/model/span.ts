/** Identifier of a document: its input file name without extension, or its JSONL `id`. */
export type DocId = string;

/** Stable identifier of the rule that produced a result, `<locale>/<kind>/<name>`. */
export type RuleId = string;

/**
 * Half-open range [start, end) in UTF-16 code units of `SourceDoc.text`.
 * Invariant: `0 <= start <= end <= text.length`.
 */
export interface Span {
  readonly doc: DocId;
  readonly start: number;
  readonly end: number;
}

/**
 * Maps offsets in a document's normalized text back to offsets in the raw input.
 * Built by ingest from anchor points: wherever an edit changes the distance between
 * normalized and raw positions, an anchor `[normalizedStart, rawStart]` is recorded.
 *
 * @example
 * const raw = 'large -scale'; // normalized to 'large-scale'
 * map.toRaw(6) === 7;        // 's' of 'scale'
 */
export interface OffsetMap {
  /** Raw offset of the normalized offset `offset` (0 <= offset <= text.length). */
  toRaw(offset: number): number;
}

/** Creates a span. */
export function span(doc: DocId, start: number, end: number): Span {
  return { doc, start, end };
}

/** The text a span covers. */
export function sliceSpan(text: string, s: { readonly start: number; readonly end: number }): string {
  return text.slice(s.start, s.end);
}

/**
 * The index of the first item, in a list sorted by where items start, that starts at or after
 * `at` (the list's length when none does): a binary search.
 *
 * @example
 * firstStartingAt([{ start: 0 }, { start: 5 }, { start: 9 }], 5, (x) => x.start) === 1
 */
export function firstStartingAt<T>(items: readonly T[], at: number, startOf: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (startOf(items[middle] as T) < at) low = middle + 1;
    else high = middle;
  }
  return low;
}
