/**
 * The shapes the store returns to lists and searches (types only: the app's front end imports
 * them too).
 */
import type { DossierDocument, DossierEvent, DossierFigure } from '../model/dossier.js';
import type { DocId } from '../model/span.js';

/** The few fields of a figure an event list shows. */
export interface FigureSummary {
  readonly kind: DossierFigure['kind'];
  readonly label: string;
  readonly low: number;
  readonly best: number;
  readonly high: number | null;
  readonly agreement: DossierFigure['agreement'];
}

/** An event as a list shows it. */
export interface EventSummary {
  readonly id: string;
  readonly title: string;
  readonly date: DossierEvent['date'];
  /** At most 5 places, most mentioned first. */
  readonly places: readonly string[];
  readonly documents: number;
  /** At most 4 headline figures. */
  readonly figures: readonly FigureSummary[];
}

/** Where a search matched an event: the best-matching document (if the match is in a document) and a snippet. */
export interface SearchMatch {
  readonly doc: DocId | null;
  readonly title: string | null;
  /**
   * Matched text with each hit between `\u0001` and `\u0002` (control characters, so a client
   * can mark hits without parsing markup); `…` where text was cut.
   */
  readonly snippet: string;
  /** How many of the event's documents match. */
  readonly documents: number;
}

/** One event found by `Store.searchEvents`. */
export interface EventHit extends EventSummary {
  readonly match: SearchMatch;
}

/** A document without its text, as lists show it. */
export interface DocumentMeta {
  readonly id: DocId;
  readonly path: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly publishedBasis: DossierDocument['publishedBasis'];
  readonly url: string | null;
  /** Length of the normalized text, in UTF-16 code units. */
  readonly length: number;
  /** When it was added to the store (ISO 8601), if it was added as an input. */
  readonly addedAt: string | null;
  /** Ids of the events it reports. */
  readonly events: readonly string[];
}

/** A page of results. */
export interface Page<T> {
  readonly total: number;
  readonly items: readonly T[];
}
