import type { DocId, RuleId, Span } from './span.js';

/** The kinds of named entity the pipeline keeps. */
export type EntityType = 'person' | 'place' | 'organization';

/**
 * How precisely a place is known, in the spirit of UCDP's `where_prec`:
 * `point` a street or address, `city` a town or city, `county` a second-level division,
 * `region` a state or province, `country` a country.
 */
export type PlacePrecision = 'point' | 'city' | 'county' | 'region' | 'country';

/**
 * A place resolved against the gazetteer (or read from a cue such as "X County").
 *
 * @example
 * { name: 'Tulsa', country: 'US', region: 'Oklahoma', precision: 'city', lat: 36.15, lon: -95.99, population: 403505 }
 */
export interface PlaceInfo {
  /** Canonical name (the gazetteer's). */
  readonly name: string;
  /** ISO 3166-1 alpha-2 country code, when known. */
  readonly country?: string;
  /** First-level division (a US state's full name, else the gazetteer's admin code). */
  readonly region?: string;
  readonly precision: PlacePrecision;
  readonly lat?: number;
  readonly lon?: number;
  readonly population?: number;
}

/**
 * One mention of a named entity in a document.
 * Invariant: `text === doc.text.slice(span.start, span.end)`; `name` is `text` without its title.
 *
 * @example
 * // "Soviet leader Mikhail Gorbachev"
 * { text: 'Mikhail Gorbachev', name: 'Mikhail Gorbachev', type: 'person', title: 'Soviet leader', rule: 'en/entity/title' }
 */
export interface EntityMention {
  readonly span: Span;
  readonly text: string;
  /** The name as it should be shown: `text` with a possessive `'s` removed. */
  readonly name: string;
  /** `unknown`: a name with no cue in its document; typing across documents may give it one. */
  readonly type: EntityType | 'unknown';
  /** Title or role stated before the name ("Ambassador", "Trooper", "Minister of Defense"). */
  readonly title?: string;
  /** The gazetteer's reading of a place mention. */
  readonly place?: PlaceInfo;
  readonly rule: RuleId;
}

/**
 * A statement attributed to a speaker: a direct quote (`"...," he said`), reported speech
 * ("..., said Guliyev.") or a sourced clause
 * ("According to a Human Rights Watch report, ...").
 * Invariant: `text === doc.text.slice(span.start, span.end)`.
 *
 * @example
 * { text: 'It led us to be more united', speaker: 'Khazar Ibrahim', speakerType: 'person', kind: 'direct', rule: 'en/quote/told' }
 */
export interface QuoteMention {
  readonly span: Span;
  /** The quoted words, without the quotation marks. */
  readonly text: string;
  /** The speaker's name as resolved (a pronoun or role noun is resolved to the last named person). */
  readonly speaker?: string;
  readonly speakerType?: EntityType;
  /** Where the speaker is named or referred to ("he", "the envoy", "Khazar Ibrahim"). */
  readonly speakerSpan?: Span;
  /** `direct` in quotation marks; `reported` "..., said X." without marks; `according-to` a sourced clause. */
  readonly kind: 'direct' | 'reported' | 'according-to';
  readonly rule: RuleId;
}

/** An entity across documents: every mention of one real person, place or organization. */
export interface Entity {
  readonly id: string;
  readonly type: EntityType;
  /** The canonical name: the longest, most frequent spelling. */
  readonly name: string;
  /** Other spellings seen, sorted. */
  readonly aliases: readonly string[];
  /** Titles and roles seen before the name. */
  readonly titles: readonly string[];
  readonly place?: PlaceInfo;
  /** Sorted by document order then `span.start`; `rule` is the rule that typed the mention (a place's cue: dateline, "in", ...). */
  readonly mentions: readonly { readonly doc: DocId; readonly span: Span; readonly text: string; readonly rule?: RuleId }[];
}
