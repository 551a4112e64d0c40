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
