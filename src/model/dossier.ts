import type { DocId } from './span.js';
import type { Interval, Qualifier } from './mention.js';
import type { FigureKind, Scope } from './record.js';
import type { PublishedBasis } from './document.js';
import type { DatePrecision, EventDateBasis, PartOfDay, TimelineKind } from './time.js';

/**
 * The first line of a Markdown dossier (`renderMarkdown`), a comment Markdown viewers hide: it tells
 * the reader (`readInputs`) that the file is corroborate's output, not a report, so a dossier
 * written into the folder of its reports is not read as one of them by the next build. A web-page
 * dossier carries `<meta name="generator" content="corroborate">` (`OUTPUT_GENERATOR`).
 */
export const OUTPUT_MARK = '<!-- corroborate dossier: written by `corroborate build`, not a report -->';

/** The generator a web-page dossier names in its head (`renderHtml`). */
export const OUTPUT_GENERATOR = '<meta name="generator" content="corroborate">';

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
  /** Addition: how much of `published` is known (`day`, `month`, `year`); absent when `published` is null. */
  readonly publishedPrecision?: DatePrecision;
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
  /**
   * Addition: why `best` was picked: `majority`, `most-recent`, `update`, `only`, `tightest-bound`,
   * `derived`, `bound`, `higher`, `lower`, `accumulated`, `among-killed` (injured the reports do not
   * set apart from the dead, counted among them).
   */
  readonly resolution: string;
  readonly claims: readonly DossierClaim[];
}

export interface DossierTimelineEntry {
  readonly date: string;
  /** Addition: the last day (or month, year) of a range ("the night of January 19-20", "1988-1989"). */
  readonly end?: string;
  readonly precision: string;
  /** Addition: the part of the day the text gives ("night"). */
  readonly partOfDay?: PartOfDay;
  /** Addition: `history` (before the event), `event`, `aftermath`, `commemoration` or `publication`. */
  readonly kind?: TimelineKind;
  readonly summary: string;
  readonly sources: readonly { readonly doc: DocId; readonly span: readonly [number, number] }[];
}

export interface DossierQuote {
  readonly speaker: string;
  readonly text: string;
  readonly doc: DocId;
  readonly span: readonly [number, number];
  /** Addition: the same words of the same speaker elsewhere in the event's reports (a copy of the report, a pull quote), which this quote stands for. */
  readonly alsoIn?: readonly { readonly doc: DocId; readonly span: readonly [number, number] }[];
}

export interface DossierEvent {
  readonly id: string;
  readonly title: string;
  readonly date: DossierEventDate | null;
  readonly places: readonly string[];
  readonly documents: readonly DocId[];
  readonly figures: readonly DossierFigure[];
  readonly timeline: readonly DossierTimelineEntry[];
  readonly quotes: readonly DossierQuote[];
  /** Addition: who did what to whom where the reports say it (ACLED's actor1/actor2, plus responders). */
  readonly actors?: readonly DossierActor[];
  /**
   * Addition, in a stream's events (`--format jsonl`) and those of a store's bounded rebuild: the
   * id of an earlier event this one follows up (a hearing, trial or sentence that recalls its day
   * and names its people), which had closed before this one came. A whole build joins such events
   * into one instead.
   */
  readonly follows?: string;
}

/**
 * Addition: an actor of an event as the reports name it: `perpetrator` (ACLED's actor1), `target`
 * (actor2) or `responder` (police and others who responded). `name` is the first wording seen
 * ("a gunman", "police", "Kurt Myers"); wordings that differ only in their article are one actor.
 * Each mention gives the actor's words (`span`) and the clause that says what they did (`clause`).
 *
 * @example
 * { role: 'perpetrator', name: 'a gunman', mentions: [{ doc: 'a', span: [0, 8], clause: [0, 40], rule: 'en/actor/active' }] }
 */
export interface DossierActor {
  readonly role: 'perpetrator' | 'target' | 'responder';
  readonly name: string;
  readonly mentions: readonly { readonly doc: DocId; readonly span: readonly [number, number]; readonly clause: readonly [number, number]; readonly rule: string }[];
}

/** When the event took place (never a publication or anniversary date). */
export interface DossierEventDate {
  readonly start: string;
  readonly end?: string;
  readonly precision?: string;
  /** Addition: how it was found: `stated`, `relative` (a weekday, "yesterday"), `anaphoric` ("that night"). */
  readonly basis?: EventDateBasis;
  /** Addition: the date mentions that support it. */
  readonly sources?: readonly { readonly doc: DocId; readonly span: readonly [number, number] }[];
}

export interface DossierEntity {
  readonly id: string;
  readonly type: 'person' | 'place' | 'organization';
  readonly name: string;
  /** Every surface form seen, the name first, then the others sorted; never empty. */
  readonly aliases: readonly string[];
  readonly mentions: readonly { readonly doc: DocId; readonly span: readonly [number, number] }[];
  /** Addition: where a place is, when the gazetteer (or a cue such as "X County") resolved it; places only. */
  readonly place?: DossierPlace;
}

/**
 * Addition: the facts of a resolved place. `precision` says how fine the place is; `wherePrec`
 * codes it in the spirit of UCDP's `where_prec`: 1 a point (a street, a site, a part of a city),
 * 2 a town (its coordinates are the town's centre), 3 a county (second-order division), 4 a
 * state or province (first-order division), 6 a country.
 *
 * @example
 * { name: 'Tulsa', country: 'United States', countryCode: 'US', region: 'Oklahoma', precision: 'city', wherePrec: 2, lat: 36.15398, lon: -95.99277 }
 */
export interface DossierPlace {
  /** The gazetteer's name (the entity's canonical name). */
  readonly name: string;
  /** The country's English name, when known. */
  readonly country?: string;
  /** ISO 3166-1 alpha-2 code of the country, when known. */
  readonly countryCode?: string;
  /** First-order division by name (a US state's full name), when the gazetteer names it. */
  readonly region?: string;
  /** First-order division by the gazetteer's (GeoNames) admin code ("08"), when it gives no name. */
  readonly regionCode?: string;
  readonly precision: 'point' | 'city' | 'county' | 'region' | 'country';
  readonly wherePrec: 1 | 2 | 3 | 4 | 6;
  /** WGS84 degrees, for towns and points the gazetteer knows. */
  readonly lat?: number;
  readonly lon?: number;
  /** People living there, as the gazetteer gives it (towns only). */
  readonly population?: number;
}

export interface DossierLineage {
  readonly docs: readonly DocId[];
  readonly relation: 'duplicate' | 'shared-origin' | 'quotes';
  readonly sharedPassages: number;
  readonly evidence: readonly { readonly doc: DocId; readonly span: readonly [number, number] }[];
  /** Addition: share of the shorter report's content words in shared passages, in (0, 1]. */
  readonly score?: number;
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
