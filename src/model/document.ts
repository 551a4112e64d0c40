import type { DocId, OffsetMap } from './span.js';

/**
 * How a document's publication date was found. `collection`: the day of a dateline that gives no
 * year ("TBILISI, Georgia, April 14 (Wire) -"), in the year that puts it nearest the other reports
 * of the build.
 */
export type PublishedBasis = 'metadata' | 'dateline' | 'anniversary' | 'relative' | 'file' | 'announcement' | 'collection';

/** An input report as read, before cleaning. */
export interface RawDoc {
  readonly id: DocId;
  /** Where it came from: the file path (for JSONL, the dump's path). */
  readonly path: string;
  /** 1-based line of a JSONL dump, when the document came from one. */
  readonly line?: number;
  readonly title?: string;
  /** ISO 8601 date from metadata, to the precision known. */
  readonly published?: string;
  /** How `published` was found, when not from the report's metadata (default `metadata`). */
  readonly publishedBasis?: PublishedBasis;
  readonly url?: string;
  /** Author names, as the page's metadata gives them (HTML inputs). */
  readonly byline?: string;
  /**
   * The text exactly as read (decoded); for a web page or a PDF, the text extracted from it
   * (see `page`).
   */
  readonly text: string;
  /**
   * The page `text` was extracted from, when it is not the input as read: `raw` is the HTML
   * page, the PDF's text layer or the Markdown source, and `offsets` maps offsets of `text` into `raw`. Cleaning
   * composes its own map with this one, so `SourceDoc.raw` is the page and
   * `SourceDoc.offsets` points into it.
   */
  readonly page?: { readonly format: 'html' | 'pdf' | 'markdown'; readonly raw: string; readonly offsets: OffsetMap };
}

/** A cleaned document. Every span in the pipeline points into `text`, which never changes after ingest. */
export interface SourceDoc {
  readonly id: DocId;
  readonly path: string;
  readonly line?: number;
  readonly title?: string;
  readonly published?: string;
  readonly publishedBasis?: PublishedBasis;
  readonly url?: string;
  readonly language: string;
  /** Normalized text. */
  readonly text: string;
  /** Normalized offsets back to `raw`. */
  readonly offsets: OffsetMap;
  /** The input as read: the text file, the JSONL `text`, the HTML page, or the PDF's text layer. */
  readonly raw: string;
}

/** A sentence of a document: a half-open range of `SourceDoc.text`. Sorted by `start` within a document. */
export interface Sentence {
  readonly doc: DocId;
  /** 0-based index in the document. */
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}
