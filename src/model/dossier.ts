import type { DocId } from './span.js';
import type { Interval, Qualifier } from './mention.js';
import type { FigureKind, Scope } from './record.js';
import type { PublishedBasis } from './document.js';

/**
 * The dossier: corroborate's JSON output, as specified in `shared/spec/dossier.md` (version 1).
 * Fields named there are the stable contract; the others are additions.
 */
export interface Dossier {
  readonly version: 1;
  readonly documents: readonly DossierDocument[];
  readonly events: readonly DossierEvent[];
  readonly entities: readonly DossierEntity[];
  readonly lineage: readonly DossierLineage[];
  /** Problems found while building (rejected inputs, guesses): an addition to the contract. */
  readonly diagnostics?: readonly DossierDiagnostic[];
}

export interface DossierDocument {
  readonly id: DocId;
  readonly path: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly publishedBasis: PublishedBasis | null;
  readonly language: string;
  readonly url?: string | null;
  readonly text: string;
}

export interface DossierClaim {
  readonly doc: DocId;
  readonly value: number;
  readonly qualifier: Qualifier;
  readonly interval: Interval;
  readonly span: readonly [number, number];
  readonly quote: string;
  readonly attributedTo: string | null;
  /** Addition: `stated` or `implied` (a count read from "a man was shot dead"). */
  readonly certainty: 'stated' | 'implied';
  /** Addition: the words that carry the number, `[start, end)`. */
  readonly numberSpan: readonly [number, number];
  /** Addition: the claim's own scope as the text states it (the figure's may be wider). */
  readonly scope: Scope;
  readonly rule: string;
}

export interface DossierFigure {
  readonly kind: FigureKind;
  readonly scope: { readonly key: Scope['key']; readonly place: string | null; readonly period: string | null; readonly label: string };
  readonly low: number;
  readonly best: number;
  /** `null` when every claim is open-ended ("more than 130" and nothing higher). */
  readonly high: number | null;
  readonly agreement: 'single' | 'consistent' | 'conflicting';
  readonly independentSources: number;
  readonly explanation: string;
  /** Addition: why `best` was picked: `majority`, `most-recent`, `update`, `only`, `tightest-bound`, `derived`. */
  readonly resolution: string;
  readonly claims: readonly DossierClaim[];
}

export interface DossierTimelineEntry {
  readonly date: string;
  readonly precision: string;
  readonly summary: string;
  readonly sources: readonly { readonly doc: DocId; readonly span: readonly [number, number] }[];
}

export interface DossierQuote {
  readonly speaker: string;
  readonly text: string;
  readonly doc: DocId;
  readonly span: readonly [number, number];
}

export interface DossierEvent {
  readonly id: string;
  readonly title: string;
  readonly date: { readonly start: string; readonly end?: string; readonly precision?: string } | null;
  readonly places: readonly string[];
  readonly documents: readonly DocId[];
  readonly figures: readonly DossierFigure[];
  readonly timeline: readonly DossierTimelineEntry[];
  readonly quotes: readonly DossierQuote[];
}

export interface DossierEntity {
  readonly id: string;
  readonly type: 'person' | 'place' | 'organization';
  readonly name: string;
  readonly aliases: readonly string[];
  readonly mentions: readonly { readonly doc: DocId; readonly span: readonly [number, number] }[];
}

export interface DossierLineage {
  readonly docs: readonly DocId[];
  readonly relation: 'duplicate' | 'shared-origin' | 'quotes';
  readonly sharedPassages: number;
  readonly evidence: readonly { readonly doc: DocId; readonly span: readonly [number, number] }[];
}

export interface DossierDiagnostic {
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  readonly rule: string;
  readonly file?: string;
  readonly line?: number;
  readonly doc?: DocId;
  readonly span?: readonly [number, number];
}
