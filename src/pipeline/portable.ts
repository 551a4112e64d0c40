/**
 * Analyses that cross a thread or go into a store: plain data that structured clone and JSON keep.
 *
 * A `DocAnalysis` is plain data but for its document's offset map (a class, or a closure composed
 * by the cleaner), which neither structured clone nor JSON carries. `toPortable` replaces it with its
 * anchors (the offsets where normalized and raw text stop advancing together), read off the map
 * itself, so any `OffsetMap` round-trips exactly; `fromPortable` rebuilds an `AnchorOffsetMap`.
 */
import type { OffsetMap } from '../model/span.js';
import type { RawDoc, SourceDoc } from '../model/document.js';
import { AnchorOffsetMap } from '../stages/ingest/offset-map.js';
import type { DocAnalysis } from './analyze.js';

/** An offset map as anchors: `toRaw(i) = raw[k] + (i - normalized[k])` for the last `normalized[k] <= i`. */
export interface PortableOffsets {
  readonly normalized: readonly number[];
  readonly raw: readonly number[];
  readonly length: number;
}

/** A `DocAnalysis` whose document carries its offsets as anchors. */
export type PortableAnalysis = Omit<DocAnalysis, 'doc'> & { readonly doc: Omit<SourceDoc, 'offsets'> & { readonly offsets: PortableOffsets } };

/**
 * The anchors of an offset map over a text of `length` characters: one where the map does not
 * advance by one from the previous offset. Linear in the text (one `toRaw` per offset).
 *
 * @example
 * anchorsOf({ toRaw: (i) => (i < 5 ? i : i + 1) }, 8); // { normalized: [0, 5], raw: [0, 6], length: 8 }
 */
export function anchorsOf(map: OffsetMap, length: number): PortableOffsets {
  const normalized: number[] = [0];
  const raw: number[] = [map.toRaw(0)];
  let previous = raw[0] ?? 0;
  for (let i = 1; i <= length; i++) {
    const r = map.toRaw(i);
    if (r !== previous + 1) {
      normalized.push(i);
      raw.push(r);
    }
    previous = r;
  }
  return { normalized, raw, length };
}

/** The analysis with its offset map as anchors (read off directly when the map keeps anchors). */
export function toPortable(a: DocAnalysis): PortableAnalysis {
  return { ...a, doc: { ...a.doc, offsets: offsetsOf(a.doc.offsets, a.doc.text.length) } };
}

/** The analysis back, with an `AnchorOffsetMap`. */
export function fromPortable(p: PortableAnalysis): DocAnalysis {
  const { offsets } = p.doc;
  return { ...p, doc: { ...p.doc, offsets: new AnchorOffsetMap(offsets.normalized, offsets.raw, offsets.length) } };
}

/**
 * The analysis as a store keeps it: portable, without what the store or the document already hold
 * (the raw input, which the store's `inputs` row has; sentence texts and the time stage's copy of
 * the text and sentences, which are slices of the document's text), and without the number
 * mentions, which no stage after claims reads (claims keep their own numbers). About half the size.
 * Note: leaving the numbers out made gva-dev's stored analyses 21.4 MB -> 17.0 MB (for 2.2 MB of
 * text), and their JSON written and read again 480 -> 385 ms; it is what every store, stream spill
 * and worker result carries.
 */
export type StoredAnalysis = Omit<PortableAnalysis, 'doc' | 'sentences' | 'time' | 'numbers'> & {
  readonly doc: Omit<PortableAnalysis['doc'], 'raw'>;
  readonly sentences: readonly Omit<DocAnalysis['sentences'][number], 'text'>[];
  readonly time: Omit<DocAnalysis['time'], 'text' | 'sentences'>;
};

/** The analysis in the form a store keeps (see `StoredAnalysis`). */
export function toStored(a: DocAnalysis): StoredAnalysis {
  const { raw: _raw, ...doc } = toPortable(a).doc;
  const { text: _text, sentences: _sentences, ...time } = a.time;
  const { numbers: _numbers, ...rest } = a;
  return { ...rest, doc, sentences: a.sentences.map(({ text: _t, ...s }) => s), time };
}

/**
 * The analysis back from its stored form and the raw input it was made from. Its `numbers` are
 * empty: the stored form does not keep them (see `StoredAnalysis`); a store written before that
 * may hold them, and they are dropped the same.
 */
export function fromStored(s: StoredAnalysis, raw: string): DocAnalysis {
  const text = s.doc.text;
  const sentences = s.sentences.map((x) => ({ ...x, text: text.slice(x.start, x.end) }));
  const { numbers: _old, ...rest } = s as StoredAnalysis & { numbers?: unknown };
  return fromPortable({ ...rest, numbers: [], doc: { ...s.doc, raw }, sentences, time: { ...s.time, text, sentences } });
}

/**
 * The analyses of a batch back from their stored form, each with the raw input of its report:
 * analyses are in the order of `raws`, but a report whose analysis failed has none, so each is
 * paired with the next report of its id.
 *
 * @example fromStoredBatch(result.analyses, batch) // DocAnalysis[], as analyzeEach(batch) gave them
 */
export function fromStoredBatch(stored: readonly StoredAnalysis[], raws: readonly RawDoc[]): DocAnalysis[] {
  const analyses: DocAnalysis[] = [];
  let r = 0;
  for (const s of stored) {
    while (r < raws.length && raws[r]?.id !== s.doc.id) r++;
    const raw = raws[r++];
    if (raw === undefined) throw new Error(`an analysis came back for \`${s.doc.id}\`, which its batch does not hold`);
    // as cleanDoc sets `SourceDoc.raw`: the page when the text was extracted from one
    analyses.push(fromStored(s, raw.page?.raw ?? raw.text));
  }
  return analyses;
}

/** A raw input whose page offset map (web pages, PDFs) is carried as anchors, to cross a thread. */
export type PortableRaw = Omit<RawDoc, 'page'> & { readonly page?: Omit<NonNullable<RawDoc['page']>, 'offsets'> & { readonly offsets: PortableOffsets } };

function offsetsOf(map: OffsetMap, length: number): PortableOffsets {
  return map instanceof AnchorOffsetMap
    ? { normalized: Array.from(map.anchors().normalizedStarts), raw: Array.from(map.anchors().rawStarts), length: map.length }
    : anchorsOf(map, length);
}

/** The raw input with its page's offset map as anchors. */
export function toPortableRaw(raw: RawDoc): PortableRaw {
  const { page, ...rest } = raw;
  return page ? { ...rest, page: { ...page, offsets: offsetsOf(page.offsets, raw.text.length) } } : rest;
}

/** The raw input back, with an `AnchorOffsetMap` for its page. */
export function fromPortableRaw(raw: PortableRaw): RawDoc {
  const { page, ...rest } = raw;
  return page ? { ...rest, page: { ...page, offsets: new AnchorOffsetMap(page.offsets.normalized, page.offsets.raw, page.offsets.length) } } : rest;
}
