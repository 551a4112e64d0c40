import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { daysInMonth } from './calendar.js';
import type { DateRule } from './rules/base.js';
import type { ReadingBudget } from '../../reading-cut.js';

/**
 * A stand-in for chrono-node's loop over one sentence (`Chrono.parse`). Our rules, chrono-node's
 * calendar parsers (month names, numeric dates) and the refiners use a small part of chrono-node's
 * result interface: they all run on light results that implement that part; the calendar parsers
 * run only in windows around month names and numeric dates, since their patterns are long.
 * Note: chrono-node builds a full result per match (a reference date worked out, seven implied
 * fields, tag sets copied on every read), runs every pattern over the whole sentence and slices the
 * text after every match; on the GVA dump that cost more than our rules themselves, and a wall of
 * "Dec." (100 KB) took 250 ms, mostly in chrono-node's results. Results are the same as
 * chrono-node's (checked on every sentence of the GVA development set), but for one
 * difference: a pattern is retried on the whole text, not on the rest of it, so `\b` and `^` keep
 * their meaning after a refused match (chrono-node found "5 a.m." in "6:55 a.m.").
 */

/**
 * The fixed reference results are read against, 2000-06-15 at noon UTC: we read only what the
 * text states and place dates ourselves (`resolveDates`).
 */
const IMPLIED: Readonly<Record<string, number>> = { year: 2000, month: 6, day: 15, hour: 12, minute: 0, second: 0, millisecond: 0 };
const REFERENCE = { instant: new Date(Date.UTC(2000, 5, 15, 12)), timezoneOffset: 0 };

type Known = Partial<Record<string, number>>;

/**
 * The components our parsers and chrono-node's calendar parsers set, each a bit of
 * `LightComponents`' masks and a field of its own; any other name (a time of day, from chrono-node's
 * ISO parser) goes to `LightComponents.other`.
 */
const SLOT_NAMES = ['year', 'month', 'day', 'weekday'] as const;

/** The slot of a component name (its index in `SLOT_NAMES`), or -1. */
function slotOf(component: string): number {
  switch (component) {
    case 'year':
      return 0;
    case 'month':
      return 1;
    case 'day':
      return 2;
    case 'weekday':
      return 3;
    default:
      return -1;
  }
}

/** `IMPLIED` by slot (undefined where it has none). */
const IMPLIED_SLOTS: readonly (number | undefined)[] = SLOT_NAMES.map((name) => IMPLIED[name]);

/**
 * The part of chrono-node's `ParsingComponents` our rules and refiners use.
 * Note: the usual components are fields and two bit masks (stated, implied), not objects keyed by
 * name: a result was three objects (its known and implied parts, their writes and deletes by
 * name), a good part of the time and garbage of a sentence of thousands of dates.
 */
class LightComponents {
  private knownMask = 0;
  private impliedMask = 0;
  // one value per slot of `SLOT_NAMES`, stated or implied as the masks say
  private year = 0;
  private month = 0;
  private day = 0;
  private weekday = 0;
  /** Components of other names (none of our parsers or chrono-node's calendar parsers but ISO set one). */
  private other: { known: Known; implied: Known } | undefined;
  /** The tags, as a shared list (see `TagList`); undefined without tags. */
  private tagNode: TagList | undefined;

  constructor(known?: Known) {
    if (known) for (const component in known) if (Object.hasOwn(known, component) && known[component] !== undefined) this.assign(component, known[component] as number);
  }

  private slotValue(slot: number): number {
    switch (slot) {
      case 0:
        return this.year;
      case 1:
        return this.month;
      case 2:
        return this.day;
      default:
        return this.weekday;
    }
  }

  private setSlot(slot: number, value: number): void {
    switch (slot) {
      case 0:
        this.year = value;
        break;
      case 1:
        this.month = value;
        break;
      case 2:
        this.day = value;
        break;
      default:
        this.weekday = value;
    }
  }

  get(component: string): number | null {
    const slot = slotOf(component);
    if (slot < 0) {
      const known = this.other?.known[component];
      if (known !== undefined) return known;
      return this.other?.implied[component] ?? IMPLIED[component] ?? null;
    }
    const bit = 1 << slot;
    if ((this.knownMask & bit) !== 0) return this.slotValue(slot);
    // Note: `??`, as chrono-node's: an implied null falls back to the reference's value.
    if ((this.impliedMask & bit) !== 0) return this.slotValue(slot) ?? IMPLIED_SLOTS[slot] ?? null;
    return IMPLIED_SLOTS[slot] ?? null;
  }

  isCertain(component: string): boolean {
    const slot = slotOf(component);
    if (slot < 0) return this.other?.known[component] !== undefined;
    return (this.knownMask & (1 << slot)) !== 0;
  }

  getCertainComponents(): string[] {
    const out: string[] = [];
    for (let slot = 0; slot < SLOT_NAMES.length; slot++) if ((this.knownMask & (1 << slot)) !== 0) out.push(SLOT_NAMES[slot] as string);
    if (this.other) for (const key of Object.keys(this.other.known)) if (this.other.known[key] !== undefined) out.push(key);
    return out;
  }

  assign(component: string, value: number): this {
    const slot = slotOf(component);
    if (slot < 0) {
      this.other ??= { known: {}, implied: {} };
      this.other.known[component] = value;
      delete this.other.implied[component];
      return this;
    }
    const bit = 1 << slot;
    this.impliedMask &= ~bit;
    // an undefined value states nothing, as a known value that is undefined
    if (value === undefined) this.knownMask &= ~bit;
    else {
      this.knownMask |= bit;
      this.setSlot(slot, value);
    }
    return this;
  }

  imply(component: string, value: number): this {
    if (this.isCertain(component)) return this;
    const slot = slotOf(component);
    if (slot < 0) {
      this.other ??= { known: {}, implied: {} };
      this.other.implied[component] = value;
      return this;
    }
    const bit = 1 << slot;
    if (value === undefined) this.impliedMask &= ~bit;
    else {
      this.impliedMask |= bit;
      this.setSlot(slot, value);
    }
    return this;
  }

  delete(components: string | string[]): void {
    for (const component of typeof components === 'string' ? [components] : components) {
      const slot = slotOf(component);
      if (slot >= 0) {
        this.knownMask &= ~(1 << slot);
        this.impliedMask &= ~(1 << slot);
      } else if (this.other) {
        delete this.other.known[component];
        delete this.other.implied[component];
      }
    }
  }

  clone(): LightComponents {
    const copy = new LightComponents();
    copy.knownMask = this.knownMask;
    copy.impliedMask = this.impliedMask;
    copy.year = this.year;
    copy.month = this.month;
    copy.day = this.day;
    copy.weekday = this.weekday;
    if (this.other) copy.other = { known: { ...this.other.known }, implied: { ...this.other.implied } };
    return copy;
  }

  isOnlyWeekdayComponent(): boolean {
    return this.isCertain('weekday') && !this.isCertain('day') && !this.isCertain('month');
  }

  isDateWithUnknownYear(): boolean {
    return this.isCertain('month') && !this.isCertain('year');
  }

  /** As chrono-node's: the stated and implied parts make a real day (and time of day). */
  isValidDate(): boolean {
    const y = this.get('year') ?? 2000;
    const m = this.get('month') ?? 1;
    const d = this.get('day') ?? 1;
    // Note: the day by integer arithmetic; a `Date` (chrono-node's way) only for a stated time of
    // day, which chrono-node's ISO parser may read out of range ("2016-01-05T25:00").
    if (!(Number.isInteger(y) && m >= 1 && m <= 12 && Number.isInteger(m) && d >= 1 && Number.isInteger(d) && d <= daysInMonth(y, m))) return false;
    const other = this.other?.known;
    if (other === undefined || (other['hour'] === undefined && other['minute'] === undefined && other['second'] === undefined && other['millisecond'] === undefined)) return true;
    const hour = this.get('hour') ?? 12;
    const minute = this.get('minute') ?? 0;
    const date = new Date(Date.UTC(y, m - 1, d, hour, minute, this.get('second') ?? 0, this.get('millisecond') ?? 0));
    date.setUTCFullYear(y);
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && date.getUTCHours() === hour && date.getUTCMinutes() === minute;
  }

  /**
   * As chrono-node's, against a reference of time zone offset 0 (UTC). Note: with the minutes and
   * the stated time zone, which range merging compares: "2016-01-05T10:30:00Z to today" starts at
   * the timestamp's day, as in chrono-node (an hour-only reading made it start "today").
   */
  date(): Date {
    const y = this.get('year') ?? 2000;
    const date = new Date(
      Date.UTC(y, (this.get('month') ?? 1) - 1, this.get('day') ?? 1, this.get('hour') ?? 12, this.get('minute') ?? 0, this.get('second') ?? 0, this.get('millisecond') ?? 0),
    );
    date.setUTCFullYear(y);
    return new Date(date.getTime() - (this.get('timezoneOffset') ?? 0) * 60000);
  }

  tags(): Set<string> {
    return new Set(this.tagNode?.tags);
  }

  /** The tags without a copy, for reading. */
  tagList(): readonly string[] | undefined {
    return this.tagNode?.tags;
  }

  addTag(tag: string): this {
    const node = this.tagNode ?? rootTagList();
    if (!node.tags.includes(tag)) this.tagNode = node.after(tag);
    return this;
  }

  addTags(tags: Iterable<string>): this {
    for (const tag of tags) this.addTag(tag);
    return this;
  }
}

/**
 * A list of tags, shared by every result that has these tags in this order, and the lists one tag
 * longer. Note: results of a rule carry the same few tags; an array per result (and one more per
 * tag added) was a good part of the garbage of a sentence of thousands of dates, and lived until
 * its last refiner. Lists are never changed: adding a tag moves a result to a longer list.
 */
class TagList {
  private readonly next = new Map<string, TagList>();

  constructor(readonly tags: readonly string[]) {}

  /** The list of these tags and `tag` after them. */
  after(tag: string): TagList {
    let list = this.next.get(tag);
    if (list === undefined) {
      list = new TagList(Object.freeze([...this.tags, tag]));
      // Note: bounded: a list made past the bound is not kept for the next results (tags are few; this is a guard).
      if (tagListCount < MAX_TAG_LISTS) {
        this.next.set(tag, list);
        tagListCount++;
      }
    }
    return list;
  }
}

const MAX_TAG_LISTS = 4096;
let tagListCount = 0;
let tagListRoot = new TagList([]);

/** The empty list, which every result's tags start from; started again once `MAX_TAG_LISTS` lists are kept. */
function rootTagList(): TagList {
  if (tagListCount >= MAX_TAG_LISTS) {
    tagListRoot = new TagList([]);
    tagListCount = 0;
  }
  return tagListRoot;
}

/** The part of chrono-node's `ParsingResult` our rules and refiners use. */
class LightResult {
  end: LightComponents | null;

  // Note: getters, not fields: the same for every result, so not one slot each.
  get reference(): typeof REFERENCE {
    return REFERENCE;
  }

  get refDate(): Date {
    return REFERENCE.instant;
  }

  constructor(
    public index: number,
    public text: string,
    public start: LightComponents,
    end?: LightComponents | null,
  ) {
    this.end = end ?? null;
  }

  addTag(tag: string): this {
    this.start.addTag(tag);
    return this;
  }

  tags(): Set<string> {
    return this.start.tags();
  }

  clone(): LightResult {
    return new LightResult(this.index, this.text, this.start.clone(), this.end?.clone() ?? null);
  }
}

/** The part of chrono-node's `ParsingContext` our rules and refiners use. */
class LightContext {
  readonly option = {};
  readonly reference = REFERENCE;
  readonly refDate = REFERENCE.instant;

  constructor(readonly text: string) {}

  createParsingComponents(components?: Known | LightComponents): LightComponents {
    return components instanceof LightComponents ? components : new LightComponents(components);
  }

  createParsingResult(index: number, textOrEnd: string | number, start?: Known | LightComponents, end?: Known | LightComponents): LightResult {
    const text = typeof textOrEnd === 'string' ? textOrEnd : this.text.substring(index, textOrEnd);
    return new LightResult(index, text, start ? this.createParsingComponents(start) : new LightComponents(), end ? this.createParsingComponents(end) : null);
  }

  debug(): void {}
}

/**
 * The tags of a result's start: read in place from a light result; from chrono-node's, a copy
 * (its `tags()` copies the set on every read). Note: an array, read by index: a `for...of` over
 * an `Iterable` made an iterator result per tag, a good part of the garbage of a wall of dates.
 * @example tagsOf(result).includes('weekend')
 */
export function tagsOf(result: ParsingResult): readonly string[] {
  const start: unknown = result.start;
  if (start instanceof LightComponents) return start.tagList() ?? NO_TAGS;
  return [...result.start.tags()];
}

const NO_TAGS: readonly string[] = [];

/**
 * Where chrono-node's calendar parsers can match: a month name (or its abbreviation) or digits
 * around a slash, dash or dot. Their long patterns run only in windows around these.
 */
const CALENDAR_ANCHOR = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d[/.-]\d/gi;
/** The length of every match of `CALENDAR_ANCHOR`. */
const ANCHOR_LENGTH = 3;
/** How far before and after an anchor a calendar date may reach ("the twenty-seventh of January", "January 5 to 7, 2016"). */
const WINDOW_BEFORE = 40;
const WINDOW_AFTER = 60;

/**
 * Disjoint windows `[start, end)` around the anchors, cut at spaces so their edges are word boundaries.
 * Note: the scans for a space stop where the previous window ends, which gives the same windows
 * (a window's end is a space or the end of the text) and keeps the scan linear: in "10-120"
 * repeated without a space, every anchor would otherwise scan the whole text.
 */
function calendarWindows(text: string): [number, number][] {
  const windows: [number, number][] = [];
  CALENDAR_ANCHOR.lastIndex = 0;
  // Note: `test`, not `exec`: every anchor is three characters long, so it starts three before
  // `lastIndex`; a match array per anchor was a good part of the garbage of a wall of dates.
  while (CALENDAR_ANCHOR.test(text)) {
    const at = CALENDAR_ANCHOR.lastIndex - ANCHOR_LENGTH;
    const last = windows[windows.length - 1];
    const lastEnd = last?.[1] ?? -1;
    let start = Math.max(0, at - WINDOW_BEFORE);
    while (start > 0 && start > lastEnd && text.charCodeAt(start - 1) > 32) start--;
    let end = Math.min(text.length, at + WINDOW_AFTER);
    if (end > lastEnd) while (end < text.length && text.charCodeAt(end) > 32) end++;
    if (last && start <= lastEnd) last[1] = Math.max(lastEnd, end);
    else windows.push([start, end]);
  }
  return windows;
}

/** Each rule's pattern as a global copy, made once, for scanning with `lastIndex`. */
const GLOBAL_PATTERNS = new WeakMap<DateRule, RegExp>();

function globalPattern(rule: DateRule, context: ParsingContext): RegExp {
  let pattern = GLOBAL_PATTERNS.get(rule);
  if (!pattern) {
    const own = rule.pattern(context);
    pattern = new RegExp(own.source, own.flags.includes('g') ? own.flags : `${own.flags}g`);
    GLOBAL_PATTERNS.set(rule, pattern);
  }
  return pattern;
}

/**
 * One rule's results over its windows, read one at a time, in the order `runRule` finds them
 * (see `runRules`). `next` is the result to take; `advance` reads the one after it.
 */
class RuleCursor {
  private readonly pattern: RegExp;
  private window = 0;
  private from: number;
  private slice: string;
  private lastIndex = 0;
  /** The next result of the rule; undefined once it has no more. */
  next: ParsingResult | undefined;

  constructor(
    private readonly rule: DateRule,
    private readonly context: ParsingContext,
    private readonly text: string,
    private readonly windows: readonly (readonly [number, number])[],
  ) {
    this.pattern = globalPattern(rule, context);
    [this.from, this.slice] = this.windowAt(0);
  }

  /** A window's start and its text (as `runRule` matches it). */
  private windowAt(index: number): [number, string] {
    const [from, to] = this.windows[index] ?? [0, 0];
    return [from, from === 0 && to === this.text.length ? this.text : this.text.slice(from, to)];
  }

  /**
   * Reads the result after `next` into `next`. Returns false when it starts before `next` (a rule
   * whose results are not in text order; `runRules` then reads the rules in turn).
   */
  advance(): boolean {
    const previous = this.next;
    this.next = undefined;
    const pattern = this.pattern;
    while (this.window < this.windows.length) {
      // Note: the pattern is the rule's own, but other rules' cursors run in between: its place is kept here.
      pattern.lastIndex = this.lastIndex;
      for (let match = pattern.exec(this.slice); match; match = pattern.exec(this.slice)) {
        const local = match.index;
        match.index = local + this.from;
        const result = this.rule.extract(this.context, match);
        if (!result) {
          pattern.lastIndex = local + 1;
          continue;
        }
        this.lastIndex = Math.max(result.index + result.text.length - this.from, local + 1);
        this.next = result;
        return previous === undefined || result.index >= previous.index;
      }
      this.window++;
      this.lastIndex = 0;
      if (this.window < this.windows.length) [this.from, this.slice] = this.windowAt(this.window);
    }
    return true;
  }
}

/**
 * The results of all cursors in order of their start (of equal starts, the earlier cursor's
 * first), as a stable sort of the rules' results read in turn would give them; with
 * `removesOverlaps`, through chrono-node's overlap removal (`OverlapRemovalRefiner`: of two
 * overlapping results, the longer; of two as long, the first) as they come. Undefined when a
 * rule's results are not in text order.
 */
function mergeCursors(cursors: readonly RuleCursor[], removesOverlaps: boolean, budget: ReadingBudget): ParsingResult[] | undefined {
  const out: ParsingResult[] = [];
  for (const cursor of cursors) if (!cursor.advance()) return undefined;
  let kept: ParsingResult | undefined;
  for (;;) {
    let first: RuleCursor | undefined;
    for (let i = 0; i < cursors.length; i++) {
      const cursor = cursors[i] as RuleCursor;
      if (cursor.next !== undefined && (first === undefined || cursor.next.index < (first.next as ParsingResult).index)) first = cursor;
    }
    if (first === undefined) break;
    const result = first.next as ParsingResult;
    if (budget.left <= 0) {
      budget.stoppedAt = result.index;
      break;
    }
    budget.left--;
    if (!first.advance()) return undefined;
    if (!removesOverlaps) out.push(result);
    else if (kept === undefined) kept = result;
    else if (result.index >= kept.index + kept.text.length) {
      out.push(kept);
      kept = result;
    } else if (result.text.length > kept.text.length) kept = result;
  }
  if (kept !== undefined) out.push(kept);
  return out;
}

/** Whether a refiner is chrono-node's overlap removal, which `mergeCursors` applies as results come. */
function isOverlapRemoval(refiner: Refiner | undefined): boolean {
  return refiner?.constructor.name === 'OverlapRemovalRefiner';
}

/** Runs one rule over `text[from, to)` (the whole of `text` by default), adding its results while the budget lasts. */
function runRule(rule: DateRule, context: ParsingContext, text: string, results: ParsingResult[], budget: ReadingBudget, from = 0, to = text.length): void {
  const pattern = globalPattern(rule, context);
  // Note: a window is matched as a slice cut at spaces, so `^` and `$` at its edges fall on word boundaries.
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  pattern.lastIndex = 0;
  for (let match = pattern.exec(slice); match; match = pattern.exec(slice)) {
    const local = match.index;
    match.index = local + from;
    const result = rule.extract(context, match);
    if (!result) {
      pattern.lastIndex = local + 1;
      continue;
    }
    if (budget.left <= 0) {
      budget.stoppedAt = Math.min(budget.stoppedAt ?? result.index, result.index);
      return;
    }
    budget.left--;
    results.push(result);
    pattern.lastIndex = Math.max(result.index + result.text.length - from, local + 1);
  }
}

/**
 * Reads the dates of one sentence with our rules and, when given, chrono-node's calendar parsers
 * (run only in windows around month names and numeric dates, see `calendarWindows`), then the
 * refiners, in order, as chrono-node's `Chrono.parse` would (matches sorted by offset before the
 * refiners), as far as `budget` lasts (one date candidate per match a rule accepts, before overlaps
 * are removed; `stoppedAt` is an offset in the sentence).
 *
 * @example runRules('Police said it happened Saturday night.', [weekday], refiners)[0].text === 'Saturday night'
 */
export function runRules(
  text: string,
  rules: readonly DateRule[],
  refiners: readonly Refiner[],
  calendarRules: readonly DateRule[] = [],
  budget: ReadingBudget = { left: Infinity },
): ParsingResult[] {
  // Note: the light objects implement the part of chrono-node's classes that rules and refiners use.
  const context = new LightContext(text) as unknown as ParsingContext;
  const windows = calendarRules.length > 0 ? calendarWindows(text) : [];
  const whole: readonly [number, number][] = [[0, text.length]];
  const ruleWindows: [DateRule, readonly (readonly [number, number])[]][] = [];
  if (windows.length > 0) for (const rule of calendarRules) ruleWindows.push([rule, windows]);
  for (const rule of rules) if (rule.needs === undefined || rule.needs.test(text)) ruleWindows.push([rule, whole]);
  // Note: the rules' results are merged in text order as they are read, and the first overlap
  // removal applied to them then: of two dates read at one place ("5 Dec." and "Dec. 5" in a wall
  // of "Dec. 5"), the one dropped is let go at once rather than kept with every other until all
  // rules have run (which a wall of dates paid in garbage collection), and nothing is sorted.
  const removesOverlaps = isOverlapRemoval(refiners[0]);
  const merged = mergeCursors(
    ruleWindows.map(([rule, ruleWindow]) => new RuleCursor(rule, context, text, ruleWindow)),
    removesOverlaps,
    budget,
  );
  let results = merged ?? readInTurn(context, text, ruleWindows, budget);
  if (results.length === 0) return results;
  for (let i = merged !== undefined && removesOverlaps ? 1 : 0; i < refiners.length; i++) results = (refiners[i] as Refiner).refine(context, results);
  return results;
}

/** Every rule's results, read rule by rule and window by window, sorted by start (a stable sort). */
function readInTurn(context: ParsingContext, text: string, ruleWindows: readonly (readonly [DateRule, readonly (readonly [number, number])[]])[], budget: ReadingBudget): ParsingResult[] {
  const results: ParsingResult[] = [];
  for (const [rule, windows] of ruleWindows) for (const [from, to] of windows) runRule(rule, context, text, results, budget, from, to);
  // Rule by rule, a spent budget stops each rule at its own place: the sentence is read up to the first.
  const stop = budget.stoppedAt;
  const kept = stop === undefined ? results : results.filter((result) => result.index < stop);
  if (kept.length > 1) kept.sort((a, b) => a.index - b.index);
  return kept;
}
