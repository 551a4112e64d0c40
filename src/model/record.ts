import type { DocId, RuleId, Span } from './span.js';
import type { Interval, NumberMention, Qualifier } from './mention.js';

/** What a figure counts. `shot` (people hit, shot or stabbed, fatally or not) is internal: it only derives `injured`. */
export type FigureKind = 'killed' | 'injured' | 'detained' | 'missing' | 'displaced' | 'troops' | 'participants';
/** Kinds a claim can have, including the internal `shot`. */
export type ClaimKind = FigureKind | 'shot';
/** The kinds of a toll: people killed, injured, or hit (`shot`, fatally or not). */
export const CASUALTY_KINDS: ReadonlySet<ClaimKind> = new Set<ClaimKind>(['killed', 'injured', 'shot']);

/**
 * The place and period a claim is tied to. `key` decides which figure a claim joins:
 * `main` (the event itself), `recurring` (a commemoration every year), `aggregate` (statistics over many incidents: "so far this year", "in shootings across the city"), `total` (a country-wide or all-places total), `other` (explicitly
 * other places than the main one), or `unscoped` (the text ties it to nothing).
 */
export interface Scope {
  readonly key: 'main' | 'total' | 'other' | 'recurring' | 'aggregate' | 'unscoped';
  readonly place?: string;
  readonly period?: string;
  readonly label?: string;
}

/**
 * A figure stated in one document: a number (or a count without digits) tied to a kind.
 * Invariant: `quote === doc.text.slice(span.start, span.end)`.
 */
export interface Claim {
  readonly doc: DocId;
  readonly kind: ClaimKind;
  readonly value: number;
  readonly qualifier: Qualifier;
  readonly interval: Interval;
  /** The sentence or clause that states it. */
  readonly span: Span;
  readonly quote: string;
  /** The words that carry the number ("more than 130", "a man", "no one"). */
  readonly numberSpan: Span;
  readonly scope: Scope;
  readonly attributedTo?: string;
  /** `stated` when the text gives the count; `implied` when read from a singular ("a man was shot dead"). */
  readonly certainty: 'stated' | 'implied';
  /** The text says the figure is an update ("the death toll rose to 3"). */
  readonly isUpdate: boolean;
  /**
   * The text corrects an earlier figure ("the ministry revised the death toll down to seven"): an
   * update that replaces the counts of the reports before it, lower or higher than they are.
   */
  readonly isCorrection?: boolean;
  readonly rule: RuleId;
  readonly number?: NumberMention;
  /**
   * For counts read from people: who (a surname, `anon`, `pair`, `self`, `relation:…`, `list:…`,
   * `aged:16:m`, `withself:…`; see claims/person.ts), so distinct people add up per report.
   */
  readonly subject?: string;
  /**
   * The side a stated count is of, when it names one of the sides of a protest or a clash:
   * police or soldiers (`forces`: "21 police officers were injured"), protesters (`protesters`:
   * "more than 50 protesters were hurt") or an armed group (`fighters`: "four militants were
   * killed"). None is ever among another, so a report's counts of several add up (see
   * reconcile/figures.ts `positions`).
   */
  readonly group?: 'forces' | 'protesters' | 'fighters';
  /**
   * Attackers killed that a toll's words hold ("Fifteen people, including three of the bandits,
   * died"), taken off its value: the claim counts the others (12), and the attackers are a claim of
   * their own (see claims/rules.ts `withAttackerShares`).
   */
  readonly attackers?: number;
}
