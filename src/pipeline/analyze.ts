import type { RawDoc, Sentence, SourceDoc } from '../model/document.js';
import type { NumberMention } from '../model/mention.js';
import type { Claim } from '../model/record.js';
import type { InferredPublished, TimedDoc } from '../model/time.js';
import type { Context } from './stage.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { EntityMention, QuoteMention } from '../model/entity.js';
import { DOCUMENT_STAGES } from './presets.js';
import { eventDate } from '../stages/time/index.js';
import { yearlessDateline } from '../stages/time/published.js';
import { dayNumber, dayOf, fromDayNumber, isoDay, isValidDay } from '../stages/extract/dates/calendar.js';
import { recalledPeriods, reportNameTokens, type RecalledPeriod } from '../stages/group/index.js';
import { tollOf, type Toll } from '../stages/group/toll.js';

/** Everything extracted from one document; independent of every other document. */
export interface DocAnalysis {
  /** The cleaned document; its `published` is inferred from the text when metadata gave none (see `inferredPublished`). */
  readonly doc: SourceDoc;
  readonly sentences: readonly Sentence[];
  /**
   * Every number of the text, with its qualifier and role: what the claims stage reads. Empty in an
   * analysis read back from its stored form (a store, a stream's spill, a worker's result; see
   * `StoredAnalysis`): nothing after claims reads them, and claims keep their own numbers.
   */
  readonly numbers: readonly NumberMention[];
  readonly claims: readonly Claim[];
  /** The document's date expressions, placed on the calendar against its publication date. */
  readonly time: TimedDoc;
  /** How the publication date was inferred, when metadata gave none and the text allowed it. */
  readonly inferredPublished?: InferredPublished;
  /** Names of people, places and organizations, sorted by `span.start`. */
  readonly entities: readonly EntityMention[];
  /** Quotes with their speakers, sorted by `span.start`. */
  readonly quotes: readonly QuoteMention[];
  /**
   * What grouping into events reads of the document, computed with the rest of the per-document
   * work (on a worker): the day the text puts the happening on, and its name tokens.
   */
  readonly grouping: GroupFeatures;
}

/** The per-document features of event grouping (see `groupInputOf`). */
export interface GroupFeatures {
  /** ISO day of the happening the document's own text states, when it states one to the day. */
  readonly eventDate?: string;
  /** Its name tokens (`reportNameTokens`). */
  readonly names: readonly string[];
  /**
   * The days and months it dates happenings to (`recalledPeriods`): what tells the event a follow-up
   * follows. Absent only in analyses a store kept before this was computed here.
   */
  readonly recalled?: readonly RecalledPeriod[];
  /** The dead and wounded it states of its own happening (`tollOf`), when it states a count of them. */
  readonly toll?: Toll;
}

/**
 * Runs the per-document stages (clean, sentences, time, numbers, claims, claim time scopes,
 * entities, quotes, claim sources, grouping features) in the order `presets.ts` gives. Per-document work has no
 * cross-document state, so it can run in any worker. A document without a metadata `published`
 * gets the one the text allows (`publishedBasis` says how). Throws when a stage throws.
 *
 * @example
 * const a = analyzeDocument({ id: 'x', path: 'x.txt', text: 'Two people were killed.' }, ctx);
 * a.claims[0].kind === 'killed';
 */
export function analyzeDocument(raw: RawDoc, ctx: Context): DocAnalysis {
  return analyzeDocuments([raw], ctx)[0] as DocAnalysis;
}

/**
 * Documents analysed together, stage by stage: so many documents go through one stage before the
 * next. Note: stage by stage, a stage's compiled patterns and code stay in the processor's caches
 * for the whole chunk; document by document, every stage's many patterns pushed the others' out.
 * On gva-dev 256 documents at a time took 20-30% less CPU than one at a time (same analyses).
 */
const STAGE_CHUNK = 256;

/** One document on its way through the stages, with what the stages reported of it. */
interface InFlight {
  readonly raw: RawDoc;
  /** Reports and debug output of this document's stages, passed on to the caller's context in document order. */
  readonly ctx: Context;
  readonly reports: Diagnostic[];
  readonly debugs: unknown[];
  failure?: unknown;
}

/**
 * Analyses documents as `analyzeDocument` does each of them, stage by stage in chunks of
 * `STAGE_CHUNK` (see there), with the same analyses and the same diagnostics in the same order.
 * A document whose analysis throws is passed to `onFailure` and left out (without `onFailure`,
 * the error is thrown once the diagnostics of the documents before it are reported).
 */
export function analyzeDocuments(raws: readonly RawDoc[], ctx: Context, onFailure?: (raw: RawDoc, error: unknown) => void): DocAnalysis[] {
  const out: DocAnalysis[] = [];
  for (let from = 0; from < raws.length; from += STAGE_CHUNK) {
    const chunk = raws.length <= STAGE_CHUNK ? raws : raws.slice(from, from + STAGE_CHUNK);
    analyzeChunk(chunk, ctx, out, onFailure);
  }
  return out;
}

function analyzeChunk(raws: readonly RawDoc[], ctx: Context, out: DocAnalysis[], onFailure?: (raw: RawDoc, error: unknown) => void): void {
  const items: InFlight[] = raws.map((raw) => {
    const reports: Diagnostic[] = [];
    const debugs: unknown[] = [];
    const own: Context = {
      options: ctx.options,
      reference: ctx.reference,
      report: (d) => reports.push(d),
      debug: (thunk) => {
        if (ctx.options.debug) debugs.push(thunk());
      },
    };
    return { raw, ctx: own, reports, debugs };
  });
  /** One stage over every document still in flight (undefined for those that failed). */
  const stage = <T>(run: (item: InFlight, i: number) => T): (T | undefined)[] =>
    items.map((item, i) => {
      if (item.failure !== undefined) return undefined;
      try {
        return run(item, i);
      } catch (error) {
        item.failure = error ?? new Error('unknown failure');
        return undefined;
      }
    });
  const cleaned = stage((item) => DOCUMENT_STAGES.clean(item.raw, item.ctx));
  const sentences = stage((item, i) => DOCUMENT_STAGES.sentences(cleaned[i]!, item.ctx));
  const times = stage((item, i) => DOCUMENT_STAGES.time({ doc: cleaned[i]!, sentences: sentences[i]! }, item.ctx));
  const docs = stage((item, i) => {
    const inferred = times[i]!.inferred;
    if (!inferred) return cleaned[i]!;
    item.ctx.report({
      severity: 'info',
      message: `\`published\` inferred from the text: ${inferred.published} (${inferred.basis}, to the ${inferred.precision})`,
      ruleId: `time/published/${inferred.basis}`,
      stage: 'time',
      spans: inferred.evidence,
    });
    // SourceDoc is read-only: a new object with the inferred date.
    return { ...cleaned[i]!, published: inferred.published, publishedBasis: inferred.basis };
  });
  const numbers = stage((item, i) => DOCUMENT_STAGES.numbers(docs[i]!, item.ctx));
  const claims = stage((item, i) =>
    DOCUMENT_STAGES.claimTimes(
      { claims: DOCUMENT_STAGES.claims({ doc: docs[i]!, sentences: sentences[i]!, numbers: numbers[i]! }, item.ctx), sentences: sentences[i]!, dates: times[i]!.dates, text: docs[i]!.text },
      item.ctx,
    ),
  );
  const entities = stage((item, i) => DOCUMENT_STAGES.entities(docs[i]!, item.ctx));
  const quotes = stage((item, i) => DOCUMENT_STAGES.quotes({ doc: docs[i]!, entities: entities[i]! }, item.ctx));
  const sourced = stage((item, i) => DOCUMENT_STAGES.claimSources({ claims: claims[i]!, entities: entities[i]! }, item.ctx));
  const groupings = stage((_item, i): GroupFeatures => {
    const day = eventDate([times[i]!]);
    const toll = tollOf(claims[i]!);
    return {
      ...(day?.precision === 'day' ? { eventDate: day.start } : {}),
      names: [...reportNameTokens(docs[i]!.text, docs[i]!.title)],
      recalled: recalledPeriods(times[i]!.dates),
      ...(toll !== undefined ? { toll } : {}),
    };
  });
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    for (const d of item.reports) ctx.report(d);
    for (const value of item.debugs) ctx.debug(() => value);
    if (item.failure !== undefined) {
      if (!onFailure) throw item.failure;
      onFailure(item.raw, item.failure);
      continue;
    }
    const inferred = times[i]!.inferred;
    out.push({
      doc: docs[i]!,
      sentences: sentences[i]!,
      numbers: numbers[i]!,
      claims: sourced[i]!,
      time: times[i]!,
      ...(inferred ? { inferredPublished: inferred } : {}),
      entities: entities[i]!,
      quotes: quotes[i]!,
      grouping: groupings[i]!,
    });
  }
}

/** How far from another report's publication day a dateline's day may be read in its year (`withCollectionDatelines`). */
const DATELINE_YEAR_REACH = 45;

/**
 * The analyses of a build, where a report's only date of publication is a dateline without a year
 * ("TBILISI, Georgia, April 14 (Wire) -", wire style) analysed again with that day in the year that
 * puts it nearest the day of another report of the build (the day of the happening it reports when
 * it states one, else its publication day), at most
 * `DATELINE_YEAR_REACH` days away (`publishedBasis` `collection`): its weekdays ("late on Sunday")
 * then date the happening, and grouping reads it with the others. Reports with no such dateline,
 * and builds where no other report has a publication day near it, are left as they are.
 *
 * @example
 * withCollectionDatelines(raws, analyzeDocuments(raws, ctx), ctx); // 'April 14' beside reports of April 2025 -> published '2025-04-14'
 */
export function withCollectionDatelines(raws: readonly RawDoc[], analyses: readonly DocAnalysis[], ctx: Context): DocAnalysis[] {
  const known: { readonly day: number; readonly year: number }[] = [];
  for (const a of analyses) {
    // A wire story with a dateline reports a happening the day it happens: the days of the other
    // reports' happenings, when they state one, not the day an anniversary piece was published
    // ("One year ago today, a bomb tore through ...": published 2024-11-14, the bombing 2023-11-14).
    const day = dayOf(a.grouping.eventDate ?? a.doc.published);
    if (day) known.push({ day: dayNumber(day), year: day.y });
  }
  if (known.length === 0) return [...analyses];
  const rawById = new Map(raws.map((r) => [r.id, r]));
  return analyses.map((a) => {
    if (a.doc.published !== undefined) return a;
    const dateline = yearlessDateline(a.doc.text, a.time.dates);
    const raw = rawById.get(a.doc.id);
    if (dateline === undefined || raw === undefined) return a;
    let best: { readonly day: number; readonly distance: number } | undefined;
    for (const k of known) {
      for (let y = k.year - 1; y <= k.year + 1; y++) {
        if (!isValidDay(y, dateline.month, dateline.day)) continue;
        const day = dayNumber({ y, m: dateline.month, d: dateline.day });
        const distance = Math.abs(day - k.day);
        if (best === undefined || distance < best.distance) best = { day, distance };
      }
    }
    if (best === undefined || best.distance > DATELINE_YEAR_REACH) return a;
    const published = isoDay(fromDayNumber(best.day));
    // The first analysis reported this report's diagnostics already.
    const quiet: Context = { options: ctx.options, reference: ctx.reference, report: () => undefined, debug: () => undefined };
    const again = analyzeDocuments([{ ...raw, published, publishedBasis: 'collection' }], quiet)[0];
    if (again === undefined) return a;
    ctx.report({
      severity: 'info',
      message: `\`published\` inferred: ${published}, the dateline's day in the year of the other reports of the build (collection)`,
      ruleId: 'time/published/collection',
      stage: 'time',
      spans: [dateline.span],
    });
    return again;
  });
}
