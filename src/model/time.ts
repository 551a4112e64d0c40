import type { PublishedBasis, Sentence } from './document.js';
import type { DocId, RuleId, Span } from './span.js';

/**
 * How fine a date is. `week` covers "last week"; `season` covers "the fall of 1989".
 * Dates are written in ISO 8601 cut to the precision: day `1990-01-20`, month `1989-12`,
 * season `1989-09` (its first month, with `end` at its last), year `1956`, decade and
 * century as their first year (`1980`, with `end` `1989`).
 */
export type DatePrecision = 'day' | 'week' | 'month' | 'season' | 'year' | 'decade' | 'century';

/**
 * What kind of expression a date mention is:
 * - `absolute`: the text states the year ("January 20, 1990", "in 1918", "the 1980s");
 * - `partial`: month and/or day stated, year filled in ("January 20");
 * - `relative`: placed from the publication date ("Saturday", "last week", "30 years ago");
 * - `anaphoric`: placed from an earlier date of the same document ("that night", "the next day");
 * - `range`: two or more stated points ("January 19-20, 1990", "1988-1989", "January 18, 19 and 20").
 */
export type DateKind = 'absolute' | 'partial' | 'relative' | 'anaphoric' | 'range';

/** `stated`: read from the text; `implied`: worked out (from the publication date or an earlier date). */
export type Certainty = 'stated' | 'implied';

/** Which reference placed the implied parts of a date. `same-date` is a stated date elsewhere in the
 * document with the same month and day ("January 20" after "January 20, 1990"). */
export type DateAnchor = 'published' | 'previous-date' | 'same-date' | 'event-date';

/** Part of the day a date names ("Saturday night", "the evening of the same day"). */
export type PartOfDay = 'morning' | 'afternoon' | 'evening' | 'night';

/** Certainty of each calendar part of a date mention; a part is absent when the precision does not reach it. */
export interface DateCertainty {
  readonly year: Certainty;
  readonly month?: Certainty;
  readonly day?: Certainty;
}

/** The calendar parts the text itself states (1-based month, weekday 0 = Sunday). */
export interface StatedParts {
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  readonly weekday?: number;
}

/** A signed distance in calendar units: "30 years ago" is `{ amount: -30, unit: 'year' }`. */
export interface DateOffset {
  readonly amount: number;
  readonly unit: 'day' | 'week' | 'month' | 'year';
}

/**
 * A temporal expression found in a document, normalized to ISO 8601.
 * Invariants: `text === doc.text.slice(span.start, span.end)`; `start <= end` when both are set;
 * `start` is absent only when the expression cannot be placed (a relative expression without a
 * publication date, an anaphora without an earlier date nearby, a recurring day "every year on January 20").
 *
 * @example
 * // "On that night, 130 civilians died" after "January 19, 1990, ..." in the same document
 * { text: 'that night', kind: 'anaphoric', start: '1990-01-19', precision: 'day', partOfDay: 'night',
 *   certainty: { year: 'implied', month: 'implied', day: 'implied' }, anchoredTo: 'previous-date',
 *   rule: 'en/date/anaphora' }
 */
export interface DateMention {
  readonly span: Span;
  readonly text: string;
  readonly rule: RuleId;
  /** Index of the sentence the mention is in. */
  readonly sentence: number;
  readonly kind: DateKind;
  readonly start?: string;
  readonly end?: string;
  readonly precision: DatePrecision;
  readonly certainty: DateCertainty;
  readonly stated: StatedParts;
  readonly anchoredTo?: DateAnchor;
  readonly partOfDay?: PartOfDay;
  /** For relative and anaphoric expressions: the distance from their reference. */
  readonly offset?: DateOffset;
  /** `future` when the clause announces something ("will have three non-working days - January 18, 19 and 20"). */
  readonly tense: 'past' | 'future';
  /**
   * `clause` when the date times the clause ("On January 20, 1990, the army ..."); `noun` when it
   * only names or modifies a noun ("the tragedy of January 20", "massacres ..., where ... March 31, 1918").
   * Only `clause` dates anchor anaphora, and the days of a happening (`isHappeningDay`).
   */
  readonly attachment: 'clause' | 'noun';
  /**
   * A day right before a happening's noun, out of a relative clause ("were killed in the Oct. 14
   * shooting"): a `noun` date that still anchors the anaphora after it ("found wounded that night").
   */
  readonly isHappeningDay?: true;
  /** A day that comes back every year ("Every year on January 20"); never placed on the calendar. */
  readonly isRecurring?: boolean;
  /** A page stamp ("Posted: Tuesday, April 15, 2014", "(Published Friday, May 29, 2015)", "date 2021-01-20"):
   * when the page was written or changed, not a happening. */
  readonly isStamp?: boolean;
}

/**
 * A publication date inferred from the text, to the precision the text allows.
 * @example
 * { published: '2025-01', precision: 'month', basis: 'announcement', evidence: [...] }
 */
export interface InferredPublished {
  readonly published: string;
  readonly precision: DatePrecision;
  readonly basis: PublishedBasis;
  /** The spans that support it. */
  readonly evidence: readonly Span[];
}

/**
 * How an event date was found: from stated dates, weekdays/relative words, anaphora, or (only when
 * asked for, and the text dates nothing) the first publication day: an upper bound, not a reading.
 */
export type EventDateBasis = 'stated' | 'relative' | 'anaphoric' | 'published';

/**
 * When the reported happening took place (never a publication or anniversary date).
 * @example
 * { start: '1990-01-19', end: '1990-01-20', precision: 'day', basis: 'stated', support: 7, sources: [...] }
 */
export interface EventDate {
  readonly start: string;
  readonly end?: string;
  readonly precision: DatePrecision;
  readonly basis: EventDateBasis;
  /** Summed weight of the mentions that voted for this date (for comparing confidence). */
  readonly support: number;
  readonly sources: readonly Span[];
}

/** What a timeline entry is about, relative to the event. */
export type TimelineKind = 'history' | 'event' | 'aftermath' | 'commemoration' | 'publication';

/**
 * A dated happening stated by one or more documents.
 * @example
 * { date: '1990-01-19', precision: 'day', kind: 'event', summary: 'Intelligence services blew up the power unit of Azerbaijani television',
 *   sources: [{ doc: '002', span: { doc: '002', start: 10, end: 90 } }] }
 */
export interface TimelineEntry {
  readonly date: string;
  readonly end?: string;
  readonly precision: DatePrecision;
  readonly partOfDay?: PartOfDay;
  /** Clause-length summary taken from the first source sentence. */
  readonly summary: string;
  readonly kind: TimelineKind;
  /** Never empty; one per document sentence that states the happening. */
  readonly sources: readonly { readonly doc: DocId; readonly span: Span }[];
}

/**
 * The time scope a sentence gives a figure: `period` is ISO (a range as `start/end`), `label` the words.
 * @example
 * { period: '1990-01-19', label: 'On that night' }
 */
export interface TimeScope {
  readonly period?: string;
  readonly label?: string;
}

/**
 * A document with what the time stages need: its text, sentences, dates and publication date
 * (ISO to any precision, from metadata or `inferPublished`).
 */
export interface TimedDoc {
  readonly id: DocId;
  readonly text: string;
  readonly published?: string;
  readonly publishedBasis?: PublishedBasis;
  readonly sentences: readonly Sentence[];
  /** From `extractDates`, in text order. */
  readonly dates: readonly DateMention[];
}
