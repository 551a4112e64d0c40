// Note: the English entry point alone; the package root also loads fifteen other locales.
import { Chrono, configuration } from 'chrono-node/en';
import type { Parser, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { DATE_CUES, type DateCueName } from '../../../locales/en/dates.js';
import { PipelineError } from '../../../errors.js';
import { readerOf } from './calendar-parsers.js';
import { ago } from './rules/ago.js';
import { anaphora } from './rules/anaphora.js';
import { bareYear } from './rules/bare-year.js';
import { isWhiteSpace, wrapParser, type DateRefiner, type DateRule } from './rules/base.js';
import { casualDay } from './rules/casual-day.js';
import { clock } from './rules/clock.js';
import { century } from './rules/century.js';
import { openingPartOfDay } from './rules/opening-part-of-day.js';
import { decade } from './rules/decade.js';
import { elapsed } from './rules/elapsed.js';
import { holiday } from './rules/holiday.js';
import { later } from './rules/later.js';
import { monthDayList } from './rules/month-day-list.js';
import { notADate } from './rules/not-a-date.js';
import { overnight } from './rules/overnight.js';
import { partOfDay } from './rules/part-of-day.js';
import { recurring } from './rules/recurring.js';
import { relativeUnit } from './rules/relative-unit.js';
import { season } from './rules/season.js';
import { twoDigitYear } from './rules/two-digit-year.js';
import { weekday } from './rules/weekday.js';
import { weekdayDate } from './rules/weekday-date.js';
import { yearRange } from './rules/year-range.js';
import { yearSpan } from './rules/year-span.js';
import { yearPhrase } from './rules/year-phrase.js';
import { dottedDate } from './rules/dotted-date.js';
import { runRules } from './runner.js';
import type { ReadingBudget } from '../../reading-cut.js';

/**
 * chrono-node's own parsers we keep, by class name, with the rule id their results carry.
 * Left out on purpose: the weekday parser (replaced by `en/date/weekday`: it read "sat" and "Sun"
 * and did date arithmetic we discard), the time-expression parser ("from 5 directions" became 05:00), the casual
 * time parser ("the night of January 20, 1990" lost its date), chrono's "ago"/"later"/"within"
 * parsers (replaced by `en/date/ago` and `en/date/later`, which read "thirty-five years"), and
 * the casual date parser ("now"; replaced by `en/date/casual-day`).
 */
const CHRONO_PARSERS: readonly (readonly [className: string, id: string, cue: DateCueName])[] = [
  ['ENYearMonthDayParser', 'en/date/year-month-day', 'numericDate'],
  ['ISOFormatParser', 'en/date/iso', 'numericDate'],
  ['SlashDateFormatParser', 'en/date/slash', 'numericDate'],
  ['ENMonthNameLittleEndianParser', 'en/date/day-month-name', 'monthName'],
  ['ENMonthNameMiddleEndianParser', 'en/date/month-name-day', 'monthName'],
  ['ENSlashMonthFormatParser', 'en/date/slash-month', 'numericDate'],
  ['ENYearMonthNameParser', 'en/date/year-month-name', 'monthName'],
  ['ENMonthNameParser', 'en/date/month-name', 'monthName'],
];

/**
 * chrono-node's refiners we keep, in chrono's own order (date ranges and the "may" filter; an
 * overlap removal runs first). Left out: the weekday merge (replaced by `en/date/weekday-date`,
 * which keeps the date's tags), the merges of
 * chrono's relative results (our rules make none), time-zone and date+time merging (we read no
 * times), BC/AD suffixes, the forward-date refiner, and the generic unlikely-format filter (it drops
 * bare digits, so it would drop "1918"; `en/date/not-a-date` does its other checks).
 */
const CHRONO_REFINERS: ReadonlySet<string> = new Set([
  'ENMergeDateRangeRefiner',
  'ENUnlikelyFormatFilter',
]);

/** Our parsers, after chrono-node's. Order does not matter: overlap removal keeps the longest match. */
export const DATE_RULES: readonly DateRule[] = [
  weekday,
  bareYear,
  yearRange,
  yearSpan,
  decade,
  century,
  season,
  monthDayList,
  ago,
  casualDay,
  overnight,
  clock,
  relativeUnit,
  anaphora,
  openingPartOfDay,
  later,
  elapsed,
  holiday,
  dottedDate,
];

/**
 * Our refiners, after chrono-node's, in this order:
 * the two-digit-year cut must see chrono's "January 18, 19" before anything trusts its year;
 * `not-a-date` filters before `year-phrase`, `recurring` and `part-of-day` spend work on a result;
 * `part-of-day` widens spans last, and a final overlap removal settles what the widening touched.
 */
export const DATE_REFINERS: readonly DateRefiner[] = [twoDigitYear, notADate, yearPhrase, recurring, partOfDay];

/**
 * chrono-node's parsers we keep, wrapped with our ids and cues, in chrono's order; with
 * `shouldUseReaders`, their matches are read by our readers where we have one (`readerOf`).
 */
function chronoParsers(base: { parsers: Parser[] }, shouldUseReaders: boolean): DateRule[] {
  return CHRONO_PARSERS.map(([className, id, cue]) => {
    const parser = base.parsers.find((candidate) => candidate.constructor.name === className);
    if (!parser) throw new PipelineError(`chrono-node has no parser \`${className}\`; check the chrono-node version.`);
    return wrapParser(parser, id, cue, shouldUseReaders ? readerOf(parser) : undefined);
  });
}

/**
 * An overlap removal, the weekday merge (before range merging, so "Friday, Jan. 5 - Sunday, Jan. 7"
 * joins each weekday to its date first), chrono-node's refiners we keep, ours, a last overlap removal.
 */
function dateRefiners(base: { refiners: Refiner[] }): Refiner[] {
  const overlap = base.refiners.find((refiner) => refiner.constructor.name === 'OverlapRemovalRefiner');
  if (!overlap) throw new PipelineError('chrono-node has no `OverlapRemovalRefiner`; check the chrono-node version.');
  const kept = base.refiners.filter((refiner) => CHRONO_REFINERS.has(refiner.constructor.name));
  if (kept.length !== CHRONO_REFINERS.size) throw new PipelineError('chrono-node lacks a refiner we use; check the chrono-node version.');
  return [overlap, weekdayDate, ...kept.map((refiner) => withQuickCheck(withFixedPattern(refiner))), ...DATE_REFINERS, overlap];
}

/** chrono-node's pattern of what joins two dates into a range (`ENMergeDateRangeRefiner`), which blanks alone never match. */
const RANGE_BETWEEN_SOURCE = String.raw`^\s*(to|-|–|until|through|till)\s*$`;

/**
 * Whether `text[from, to)` may match chrono-node's pattern of what joins a range
 * (`RANGE_BETWEEN_SOURCE`, in either case): past white space, something that starts "to", "-",
 * "–", "until", "through" or "till". Note: a cheap test that lets through everything the pattern
 * matches; most neighbouring dates have a comma or words between them, which are then not copied
 * and tested (a wall of "May 5, " has thousands).
 */
function mayJoinRange(text: string, from: number, to: number): boolean {
  let at = from;
  while (at < to && isWhiteSpace(text.charCodeAt(at))) at++;
  if (at === to) return false;
  const code = text.charCodeAt(at);
  return code === 45 || code === 0x2013 || (code | 32) === 116 || (code | 32) === 117; // -, –, t, u
}

/** The part of chrono-node's filters (`Filter`) their loop uses. */
interface ResultFilter {
  isValid(context: ParsingContext, result: ParsingResult): boolean;
}

/** Filters wrapped by `withQuickCheck`, so that they can still be told apart (see `createDateParser`). */
const UNLIKELY_FORMAT_FILTERS = new WeakSet<Refiner>();

/**
 * chrono-node's filter of unlikely formats, asked only about results it may refuse. Note: it
 * refuses a result whose text, trimmed and in lower case, is "may" or ends with "the second"
 * (`ENUnlikelyFormatFilter.isValid`); any other it keeps, after trimming the result and the
 * sentence and copying the text in lower case twice. A result three characters long or ending
 * with a "d" (before trailing spaces) is asked; the rest are kept without a copy. Other refiners
 * are returned as they are.
 */
function withQuickCheck(refiner: Refiner): Refiner {
  if (refiner.constructor.name !== 'ENUnlikelyFormatFilter' || typeof (refiner as Partial<ResultFilter>).isValid !== 'function') return refiner;
  const filter = refiner as Refiner & ResultFilter;
  const wrapped: Refiner = {
    refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
      return results.filter((result) => !mayBeUnlikely(result.text) || filter.isValid(context, result));
    },
  };
  UNLIKELY_FORMAT_FILTERS.add(wrapped);
  return wrapped;
}

/** Whether `text`, trimmed, is three characters long or ends with "d" or "D" (see `withQuickCheck`). */
function mayBeUnlikely(text: string): boolean {
  let start = 0;
  let end = text.length;
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
  const last = text.charCodeAt(end - 1);
  return end - start === 3 || last === 100 || last === 68;
}

/** The part of chrono-node's date range merging (`AbstractMergeDateRangeRefiner`) that its loop uses. */
interface RangeMerger {
  patternBetween(): RegExp;
  mergeResults(textBetween: string, left: ParsingResult, right: ParsingResult, context: ParsingContext): ParsingResult;
}

function isRangeMerger(refiner: Refiner): refiner is Refiner & RangeMerger {
  const candidate = refiner as Partial<RangeMerger>;
  return typeof candidate.patternBetween === 'function' && typeof candidate.mergeResults === 'function';
}

/**
 * chrono-node's date range merging with its loop (`MergingRefiner.refine`) and its test
 * (`shouldMergeResults`) as they are, but for the pattern of what may stand between two dates
 * ("to", "-"), made once. Note: chrono-node makes that pattern anew for every two neighbouring
 * results (`patternBetween()` returns a literal), and copies the text between them before looking
 * at their ends; in a sentence of thousands of dates that was a pattern object per date. Other
 * refiners are returned as they are.
 */
function withFixedPattern(refiner: Refiner): Refiner {
  if (!isRangeMerger(refiner)) return refiner;
  const between = refiner.patternBetween();
  const isKnownBetween = between.source === RANGE_BETWEEN_SOURCE;
  return {
    refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
      if (results.length < 2) return results;
      const merged: ParsingResult[] = [];
      let current = results[0] as ParsingResult;
      for (let i = 1; i < results.length; i++) {
        const next = results[i] as ParsingResult;
        if (current.end || next.end) {
          merged.push(current);
          current = next;
          continue;
        }
        const from = current.index + current.text.length;
        // Note: chrono-node's pattern needs a word or a dash between the dates; what cannot start one is not copied and tested.
        if ((isKnownBetween && from <= next.index && !mayJoinRange(context.text, from, next.index)) || !between.test(context.text.substring(from, next.index))) {
          merged.push(current);
          current = next;
        } else current = refiner.mergeResults(context.text.substring(from, next.index), current, next, context);
      }
      merged.push(current);
      return merged;
    },
  };
}

/**
 * Builds the chrono-node instance with every date parser: chrono's English parsers that read
 * calendar dates, our rules, chrono's merging refiners, then ours. `createDateParser` runs the
 * same parsers, only those whose cue a sentence wakes.
 *
 * @example createDateChrono().parse('On January 20, 1990, ...', { instant: new Date(), timezone: 0 })
 */
export function createDateChrono(): Chrono {
  const base = configuration.createCasualConfiguration();
  return new Chrono({ parsers: [...chronoParsers(base, false), ...DATE_RULES], refiners: dateRefiners(base) });
}

/** One bit per cue of `DATE_CUES`, for keying the rule choice of a set of cues. */
const CUE_BITS: ReadonlyMap<DateCueName, number> = new Map(
  (Object.keys(DATE_CUES) as DateCueName[]).map((cue, index) => [cue, 2 ** index] as const),
);

/** Reads dates in one sentence. */
export interface DateParser {
  /**
   * The chrono-node results of one sentence, read against a fixed reference day, running only the
   * rules of the given cues (from `cueSentences`), as far as `budget` lasts (unbounded by default).
   */
  parse(text: string, cues: ReadonlySet<DateCueName>, budget?: ReadingBudget): ParsingResult[];
}

/**
 * Builds a date parser that runs, for each sentence, only the rules whose cue is in it (most
 * sentences wake one or two cues of fifteen), with `runRules` instead of chrono-node's loop:
 * chrono-node's calendar parsers run only in windows around month names and numeric dates, their
 * matches mostly read by our readers (`calendar-parsers.ts`), and everything on light results.
 * Results are the same as `createDateChrono()`'s on the same sentence (the
 * GVA development set differs in one sentence, a URL whose "2015/mar/02" wakes no cue).
 *
 * @example createDateParser().parse('Police said the shooting happened Saturday night.', new Set(['weekday']))
 */
export function createDateParser(): DateParser {
  const base = configuration.createCasualConfiguration();
  const calendar = chronoParsers(base, true);
  const refiners = dateRefiners(base);
  // Without chrono-node's parsers, its filter of unlikely formats ("may", "the second") has nothing to do.
  const lightRefiners = refiners.filter((refiner) => !UNLIKELY_FORMAT_FILTERS.has(refiner) && refiner.constructor.name !== 'ENUnlikelyFormatFilter');
  // Note: keyed by a bit mask of the cues, not a sorted, joined list: this runs for every cued sentence.
  const chosen = new Map<number, { readonly own: DateRule[]; readonly calendar: DateRule[] }>();
  return {
    parse(text, cues, budget) {
      if (cues.size === 0) return [];
      let key = 0;
      for (const cue of cues) key |= CUE_BITS.get(cue) ?? 0;
      let rules = chosen.get(key);
      if (!rules) {
        rules = { own: DATE_RULES.filter((rule) => cues.has(rule.cue)), calendar: calendar.filter((rule) => cues.has(rule.cue)) };
        chosen.set(key, rules);
      }
      return runRules(text, rules.own, rules.calendar.length > 0 ? refiners : lightRefiners, rules.calendar, budget);
    },
  };
}
