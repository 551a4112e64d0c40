import { InputError } from '../../errors.js';
import type { LineageLink } from '../../model/lineage.js';
import type { DocId, Span } from '../../model/span.js';
import { isSentenceMatch, SentenceMatcher } from './align.js';
import type { SentenceMatch } from './align.js';
import { BucketTable } from './bucket-table.js';
import { classifyPair } from './classify.js';
import type { PairEvidence, PairMatch, PairVerdict } from './classify.js';
import { DocStore } from './doc-store.js';
import { mix32 } from './fold.js';
import { resolveLineageOptions } from './options.js';
import type { LineageOptions, ResolvedLineageOptions } from './options.js';
import { Profiler, SENTENCE_BOILERPLATE, SENTENCE_QUOTED } from './profile.js';
import { WordStats } from './word-stats.js';
import type { TextProfile } from './profile.js';

/** A document as lineage detection reads it. */
export interface LineageInput {
  readonly id: DocId;
  readonly text: string;
}

/** Sizes of a {@link LineageIndex}, for memory reports. */
export interface LineageIndexStats {
  readonly documents: number;
  readonly links: number;
  /** Distinct LSH band keys. */
  readonly bandKeys: number;
  /** Bytes held in typed arrays, in all... */
  readonly typedArrayBytes: number;
  /** ...of which the LSH band keys and postings... */
  readonly bandKeyBytes: number;
  /** ...the stored profiles (sentence spans, word ids, phrase hashes)... */
  readonly profileBytes: number;
  /** ...and the word frequencies. */
  readonly wordStatsBytes: number;
  /** Documents verified against new ones, in total. */
  readonly verifiedPairs: number;
}

/** Most MinHash functions a signature may use (`bands * rows`). */
const MAX_HASHES = 256;
/**
 * MinHash functions `x -> imul(x ^ XOR[k], MULTIPLY[k])`: bijections of 32 bits (odd multipliers),
 * enough to permute word ids that are already well-mixed hashes. Fixed seeds: results do not
 * depend on the run.
 */
const MINHASH_XOR: Uint32Array = Uint32Array.from({ length: MAX_HASHES }, (_, k) => mix32(0x9e3779b9 + k * 0x7f4a7c15));
const MINHASH_MULTIPLY: Int32Array = Int32Array.from({ length: MAX_HASHES }, (_, k) => mix32(0x85ebca6b ^ (k * 0x27d4eb2f)) | 1);

/**
 * An incremental lineage detector: documents are added one at a time, and each is compared
 * only with the earlier documents that LSH puts in its way, so a dump costs near-linear time.
 *
 * How it works:
 * 1. Profile: every sentence becomes the set of its folded content words (lowercase, ASCII,
 *    light stemming, British spelling folded, numbers normalized: "26 thousand" = "26,000",
 *    "five" = "5") and the set of its phrases (adjacent word pairs with an ordinary word).
 * 2. Candidates: sentences with `minSentenceWords` content words get a MinHash signature over
 *    their *specific* words (the collection's common words left out), cut into `bands` bands of
 *    `rows` rows; earlier documents sharing a band key are candidates (keys that more than
 *    `maxBucketDocs` unrelated documents share are common phrasing and give none). A candidate
 *    hit by one sentence only is kept when that pair of sentences really overlaps.
 * 3. Verification: sentences are matched one-to-one on their word sets, each word weighted by
 *    its specificity (document frequency), order-insensitive; then `classifyPair` decides:
 *    shared facts are not enough, the matches must share wording (phrases) too.
 * 4. Down-weighting: a match whose wording many documents share (boilerplate), or which belongs
 *    to a shared sign-off at the end of both documents, weighs less; web chrome and sentences
 *    quoted in both documents never count.
 *
 * Sentences of a new document that copy near-verbatim a sentence of a document it duplicates
 * are counted but not stored again: a wire story reprinted a hundred times stays one set of
 * postings, and later copies link to an earlier copy (the links form a spanning forest of each
 * group of copies, not every pair). `links()` judges every link again with the final word and
 * passage frequencies, so a link found early that rests on phrasing later documents share is
 * dropped.
 *
 * Memory: sentence spans, word ids, 16-bit phrase hashes and LSH keys in typed arrays, never the
 * texts: about 2.6 KB per news article of 1.5 KB (measured on 200,000 synthetic articles, 519 MB).
 *
 * Speed: the profile of the new document, its word weights and band keys live in scratch buffers
 * reused from one document to the next; only the store keeps a copy.
 *
 * @example
 * const index = new LineageIndex();
 * index.add({ id: 'a', text: wireStory });
 * index.add({ id: 'b', text: reprintOfWireStory }); // [{ docs: ['a', 'b'], relation: 'duplicate', ... }]
 * index.links().length === 1;
 */
export class LineageIndex {
  private readonly options: ResolvedLineageOptions;
  private readonly profiler = new Profiler();
  private readonly store = new DocStore();
  private readonly table: BucketTable;
  private readonly matcher: SentenceMatcher;
  private readonly words = new WordStats();
  private readonly ids: DocId[] = [];
  private readonly known = new Set<DocId>();
  private readonly found: FoundLink[] = [];
  // Note: per-document and scratch arrays start small (see `Profiler`): they grow in the first documents
  private hitCount = new Uint32Array(16);
  private hitStamp = new Uint32Array(16);
  private hitSentence = new Uint32Array(16);
  /** First colliding pair of a candidate: sentence of the new document, sentence of the candidate. */
  private hitNew = new Uint32Array(16);
  private hitOld = new Uint32Array(16);
  private sentenceCounter = 0;
  /** Weights of the words of the document being added (aligned with its profile's `words`). */
  private wordWeights = new Float64Array(64);
  /** LSH band keys of the document being added, `bands` per sentence. */
  private keys = new Uint32Array(64);
  /** Per sentence of the document being added: documents sharing its rarest band key. */
  private rarestCounts = new Uint32Array(16);
  /** Per sentence of the document being added: a duplicate already holds it (not stored again). */
  private covered = new Uint8Array(16);
  private verifiedPairs = 0;
  private readonly bucketDocs: Uint32Array;
  private readonly bucketSentences: Uint16Array;

  constructor(options?: LineageOptions) {
    this.options = resolveLineageOptions(options);
    this.table = new BucketTable(this.options.maxBucketDocs);
    this.bucketDocs = new Uint32Array(this.options.maxBucketDocs);
    this.bucketSentences = new Uint16Array(this.options.maxBucketDocs);
    this.matcher = new SentenceMatcher({
      minSharedWords: this.options.minSentenceWords,
      minSharedWeight: this.options.minSentenceWeight,
      minOverlap: this.options.minSentenceOverlap,
      minSimilarity: this.options.minSentenceSimilarity,
      verbatimSimilarity: this.options.verbatimSimilarity,
    });
  }

  /** Number of documents added. */
  get size(): number {
    return this.ids.length;
  }

  /**
   * Adds a document and returns its links to the documents added before it, judged with the
   * passage frequencies known so far ({@link links} judges again with the final ones).
   * Throws an `InputError` when the id was added before.
   */
  add(doc: LineageInput): LineageLink[] {
    if (this.known.has(doc.id)) {
      throw new InputError(`Document id \`${doc.id}\` was added to the lineage index twice; give every document a distinct id.`);
    }
    const options = this.options;
    const profile = this.profiler.scan(doc.text);
    const n = this.store.size;
    this.ensureDocCapacity(n + 1, profile);
    // Note: counted before verification, so a word the two documents share has df >= 2 both now and in links()
    const wordWeights = this.wordWeights;
    this.words.addDocument(profile, wordWeights);
    const keys = this.keys.subarray(0, profile.count * options.bands);
    bandKeys(profile, options.bands, options.rows, options.minSentenceWords, wordWeights, keys);
    const candidates = this.collectCandidates(profile, keys, n);
    const links = candidates.length === 0 ? [] : this.verify(doc.id, profile, keys, n, candidates);
    this.indexSentences(keys, profile.count, n);
    this.store.add(profile);
    this.ids.push(doc.id);
    this.known.add(doc.id);
    return links.sort(compareLinks);
  }

  /**
   * Earlier documents sharing band keys with the new document `n` in at least `minCandidateHits`
   * sentences (single hits only when that pair of sentences overlaps), most hits first, at most
   * `maxCandidates`. Meanwhile fills `rarestCounts[s]`: the number of documents sharing the
   * rarest band key of sentence `s` (its passage frequency).
   */
  private collectCandidates(profile: TextProfile, keys: Uint32Array, n: number): number[] {
    const options = this.options;
    const bands = options.bands;
    const table = this.table;
    const hitCount = this.hitCount;
    const hitStamp = this.hitStamp;
    const hitSentence = this.hitSentence;
    const bucketDocs = this.bucketDocs;
    const rarestCounts = this.rarestCounts;
    const stamp = n + 1;
    const candidates: number[] = [];
    let eligible = 0;
    for (let s = 0; s < profile.count; s++) {
      const base = s * bands;
      rarestCounts[s] = 0;
      if (keys[base] === 0) continue;
      eligible++;
      const sentenceStamp = ++this.sentenceCounter;
      let fewest = 0xffffffff;
      for (let b = 0; b < bands; b++) {
        const slot = table.find(keys[base + b] as number);
        const docCount = slot < 0 ? 0 : table.docCount(slot);
        if (docCount < fewest) fewest = docCount;
        // Note: a key many unrelated documents stored is common phrasing; copies are counted, not stored
        if (slot < 0 || table.storedCount(slot) > options.maxBucketDocs) continue;
        const stored = table.collect(slot, bucketDocs, this.bucketSentences);
        for (let k = 0; k < stored; k++) {
          const d = bucketDocs[k] as number;
          if (hitStamp[d] !== stamp) {
            hitStamp[d] = stamp;
            hitCount[d] = 0;
            this.hitNew[d] = s;
            this.hitOld[d] = this.bucketSentences[k] as number;
            candidates.push(d);
          }
          if (hitSentence[d] !== sentenceStamp) {
            hitSentence[d] = sentenceStamp;
            hitCount[d] = (hitCount[d] as number) + 1;
          }
        }
      }
      rarestCounts[s] = fewest;
    }
    if (candidates.length === 0) return candidates;
    const minHits = Math.min(options.minCandidateHits, Math.max(1, eligible));
    const kept: number[] = [];
    for (const d of candidates) {
      const hits = hitCount[d] as number;
      if (hits >= minHits && (hits !== 1 || this.isFirstHitMatch(profile, d))) kept.push(d);
    }
    kept.sort((x, y) => (hitCount[y] as number) - (hitCount[x] as number) || x - y);
    if (kept.length > options.maxCandidates) kept.length = options.maxCandidates;
    return kept;
  }

  /**
   * Judges the new document `n` against each candidate; returns the links. Marks in `covered`
   * the sentences a `duplicate` link copies near-verbatim (they are counted, not stored again).
   */
  private verify(id: DocId, profile: TextProfile, keys: Uint32Array, n: number, candidates: readonly number[]): LineageLink[] {
    const options = this.options;
    const links: LineageLink[] = [];
    this.matcher.setBase(profile, this.words, this.wordWeights);
    const sizeA = sizeOf(profile, options.minSentenceWords);
    const passageCounts = this.rarestCounts.subarray(0, profile.count);
    let keptKeys: Uint32Array | undefined;
    for (const d of candidates) {
      this.verifiedPairs++;
      const other = this.store.get(d);
      const { evidence, verdict } = this.judge(profile, sizeA, passageCounts, other);
      if (verdict === undefined) continue;
      if (verdict.relation === 'duplicate') {
        for (const m of evidence.matches) if (m.similarity >= options.verbatimSimilarity) this.covered[m.a] = 1;
      }
      links.push(makeLink(id, profile, this.ids[d] as DocId, other, verdict));
      // Note: the band keys are scratch; a copy is kept for links()
      keptKeys ??= keys.slice();
      this.found.push({ newDoc: n, oldDoc: d, keys: keptKeys });
    }
    return links;
  }

  /** Adds the sentences of document `n` to the LSH table; those a duplicate already holds are counted, not stored. */
  private indexSentences(keys: Uint32Array, count: number, n: number): void {
    const bands = this.options.bands;
    const covered = this.covered;
    for (let s = 0; s < count; s++) {
      const isStored = covered[s] === 0;
      covered[s] = 0;
      const base = s * bands;
      if (keys[base] === 0) continue;
      for (let b = 0; b < bands; b++) this.table.add(keys[base + b] as number, n, s, isStored);
    }
  }

  /**
   * All links, judged again with the final passage frequencies: a link found early that rests
   * on wording many later documents share (boilerplate, genre phrasing) is dropped here.
   * Sorted by `docs[0]`, then `docs[1]`; each pair once.
   */
  links(): LineageLink[] {
    const options = this.options;
    const result: LineageLink[] = [];
    let base = -1;
    let baseProfile: TextProfile | undefined;
    let baseSize: ProfileSize = { words: 0, sentences: 0 };
    let passageCounts = new Uint32Array(0);
    // Note: found links are grouped by new document, so each base is indexed once
    for (const found of this.found) {
      if (found.newDoc !== base || baseProfile === undefined) {
        base = found.newDoc;
        baseProfile = this.store.get(base);
        baseSize = sizeOf(baseProfile, options.minSentenceWords);
        const keys = found.keys;
        // Note: the counts now include the base document itself; subtract it to compare with add time
        passageCounts = Uint32Array.from({ length: baseProfile.count }, (_, s) => Math.max(0, this.rarestCount(keys, s) - 1));
        this.matcher.setBase(baseProfile, this.words);
      }
      const other = this.store.get(found.oldDoc);
      const { verdict } = this.judge(baseProfile, baseSize, passageCounts, other);
      if (verdict !== undefined) result.push(makeLink(this.ids[base] as DocId, baseProfile, this.ids[found.oldDoc] as DocId, other, verdict));
    }
    return result.sort(compareLinks);
  }

  /**
   * Matches the sentences of the matcher's base document with `other`'s and classifies the pair.
   * `passageCounts[s]`: documents other than the base sharing the wording of its sentence `s`.
   */
  private judge(base: TextProfile, baseSize: ProfileSize, passageCounts: Uint32Array, other: TextProfile): { evidence: PairEvidence; verdict: PairVerdict | undefined } {
    const evidence = pairEvidence(this.matcher.match(other), base, baseSize, other, this.options.minSentenceWords);
    const maxDf = this.options.maxPassageDf;
    const weights = tailWeights(evidence.matches, base, other, this.options.minSentenceWords);
    for (let k = 0; k < weights.length; k++) weights[k] = (weights[k] as number) * passageWeight(passageCounts[(evidence.matches[k] as PairMatch).a] as number, maxDf);
    return { evidence, verdict: classifyPair(evidence, weights, this.options) };
  }

  /**
   * Whether the one pair of sentences through which candidate `d` collided with the new
   * document really matches: most single collisions are chance, and this costs far less than
   * matching the two documents.
   */
  private isFirstHitMatch(profile: TextProfile, d: number): boolean {
    const other = this.store.get(d);
    const old = this.hitOld[d] as number;
    return old < other.count && isSentenceMatch(profile, this.hitNew[d] as number, other, old, this.words, FIRST_HIT_THRESHOLDS);
  }

  /** Documents sharing the band key of sentence `s` that fewest documents share. */
  private rarestCount(keys: Uint32Array, s: number): number {
    const bands = this.options.bands;
    let fewest = 0xffffffff;
    for (let b = 0; b < bands; b++) {
      const key = keys[s * bands + b] as number;
      if (key === 0) return 0;
      fewest = Math.min(fewest, this.table.countOf(key));
    }
    return fewest;
  }

  /** Sizes, for memory reports. */
  stats(): LineageIndexStats {
    return {
      documents: this.ids.length,
      links: this.found.length,
      bandKeys: this.table.size,
      typedArrayBytes: this.table.bytes + this.store.bytes + this.words.bytes + this.hitCount.byteLength * 5,
      bandKeyBytes: this.table.bytes,
      profileBytes: this.store.bytes,
      wordStatsBytes: this.words.bytes,
      verifiedPairs: this.verifiedPairs,
    };
  }

  /** Grows the per-document arrays to `size` documents and the scratch arrays to the new profile. */
  private ensureDocCapacity(size: number, profile: TextProfile): void {
    if (this.wordWeights.length < profile.words.length) this.wordWeights = new Float64Array(Math.max(profile.words.length, this.wordWeights.length * 2));
    if (this.keys.length < profile.count * this.options.bands) this.keys = new Uint32Array(Math.max(profile.count * this.options.bands, this.keys.length * 2));
    if (this.rarestCounts.length < profile.count) {
      this.rarestCounts = new Uint32Array(Math.max(profile.count, this.rarestCounts.length * 2));
      this.covered = new Uint8Array(this.rarestCounts.length);
    }
    if (size <= this.hitCount.length) return;
    const grow = (array: Uint32Array): Uint32Array<ArrayBuffer> => {
      const grown = new Uint32Array(array.length * 2);
      grown.set(array);
      return grown;
    };
    this.hitCount = grow(this.hitCount);
    this.hitStamp = grow(this.hitStamp);
    this.hitSentence = grow(this.hitSentence);
    this.hitNew = grow(this.hitNew);
    this.hitOld = grow(this.hitOld);
  }
}

/** A link as found by `add`: `links()` judges the pair again with the final frequencies. */
interface FoundLink {
  readonly newDoc: number;
  readonly oldDoc: number;
  /** Band keys of the new document, as indexed (shared by its links). */
  readonly keys: Uint32Array;
}

/** Matches of a shared ending that count as a sign-off. */
const TAIL_SENTENCES = 3;
/** Weight of a match in a shared sign-off. */
const TAIL_WEIGHT = 1 / 3;

/**
 * Which matches form a shared ending of the two documents: the last {@link TAIL_SENTENCES}
 * matches of a run that ends both documents in step (skipping boilerplate and sentences too short
 * to match). Two reports of one outlet end alike ("Anyone with information is asked to call
 * Crime Stoppers at ...", "Copyright 2017 ..."), whatever they report; such matches weigh
 * {@link TAIL_WEIGHT}. Matches spread through the documents are not touched.
 */
function tailWeights(matches: readonly SentenceMatch[], a: TextProfile, b: TextProfile, minWords: number): Float32Array {
  const weights = new Float32Array(matches.length).fill(1);
  let i = previousMatchable(a, a.count - 1, minWords);
  let j = previousMatchable(b, b.count - 1, minWords);
  // Note: matches are sorted by `a` and `i` only decreases, so one pointer walks back to the match of `i`
  let k = matches.length - 1;
  for (let taken = 0; taken < TAIL_SENTENCES && i >= 0 && j >= 0; taken++) {
    while (k >= 0 && (matches[k] as SentenceMatch).a > i) k--;
    if (k < 0 || (matches[k] as SentenceMatch).a !== i || (matches[k] as SentenceMatch).b !== j) break;
    weights[k] = TAIL_WEIGHT;
    i = previousMatchable(a, i - 1, minWords);
    j = previousMatchable(b, j - 1, minWords);
  }
  return weights;
}

/** The last sentence at or before `s` that is not boilerplate and has `minWords` content words, or -1. */
function previousMatchable(p: TextProfile, s: number, minWords: number): number {
  for (let i = s; i >= 0; i--) {
    const isBoilerplate = ((p.flags[i] as number) & SENTENCE_BOILERPLATE) !== 0;
    if (!isBoilerplate && (p.wordStart[i + 1] as number) - (p.wordStart[i] as number) >= minWords) return i;
  }
  return -1;
}

/** Weight of a passage that `df` other documents share: 1 up to `maxDf`, then `maxDf / df`. */
function passageWeight(df: number, maxDf: number): number {
  return df <= maxDf ? 1 : maxDf / df;
}

/** Size of a profile outside boilerplate: content words, and sentences with `minWords` of them. */
interface ProfileSize {
  readonly words: number;
  readonly sentences: number;
}

function sizeOf(profile: TextProfile, minWords: number): ProfileSize {
  let words = 0;
  let sentences = 0;
  for (let s = 0; s < profile.count; s++) {
    if (((profile.flags[s] as number) & SENTENCE_BOILERPLATE) !== 0) continue;
    const count = (profile.wordStart[s + 1] as number) - (profile.wordStart[s] as number);
    words += count;
    if (count >= minWords) sentences++;
  }
  return { words, sentences };
}

/** Sentence matches outside boilerplate, with their quotation flags, and the documents' sizes. */
function pairEvidence(matches: readonly SentenceMatch[], a: TextProfile, sizeA: ProfileSize, b: TextProfile, minWords: number): PairEvidence {
  const kept: PairMatch[] = [];
  for (const m of matches) {
    const flagsA = a.flags[m.a] as number;
    const flagsB = b.flags[m.b] as number;
    if (((flagsA | flagsB) & SENTENCE_BOILERPLATE) !== 0) continue;
    const minPhrases = Math.min((a.phraseStart[m.a + 1] as number) - (a.phraseStart[m.a] as number), (b.phraseStart[m.b + 1] as number) - (b.phraseStart[m.b] as number));
    kept.push({
      a: m.a,
      b: m.b,
      shared: m.shared,
      weight: m.weight,
      similarity: m.similarity,
      phrases: m.phrases,
      isQuotedA: (flagsA & SENTENCE_QUOTED) !== 0,
      isQuotedB: (flagsB & SENTENCE_QUOTED) !== 0,
      minPhrases,
    });
  }
  const sizeB = sizeOf(b, minWords);
  return { matches: kept, wordsA: sizeA.words, wordsB: sizeB.words, sentencesA: sizeA.sentences, sentencesB: sizeB.sentences };
}

/**
 * What the one colliding pair of sentences of a single-hit candidate must share: looser than a
 * sentence match, since the pair only has to show that the collision was no accident.
 */
const FIRST_HIT_THRESHOLDS = { minSharedWords: 3, minSharedWeight: 0.5, minOverlap: 0.3, minSimilarity: 0.15, verbatimSimilarity: 0.8 } as const;

/** Seed of the key of band `b`. */
const BAND_SEEDS: Uint32Array = Uint32Array.from({ length: MAX_HASHES }, (_, b) => mix32(0x3c6ef372 + b));
/** Scratch of `bandKeys`: the minima of the MinHash functions of one sentence. */
const MINIMA = new Uint32Array(MAX_HASHES);

/** Words weighing less than this (common words of the collection) stay out of signatures. */
const MIN_SIGNATURE_WEIGHT = 0.25;
/** Signature words a sentence needs to be indexed. */
const MIN_SIGNATURE_WORDS = 3;

/**
 * Writes into `keys` the LSH band keys of every sentence: `bands` keys per sentence, 0 for
 * sentences that are not indexed (fewer than `minWords` content words, fewer than
 * {@link MIN_SIGNATURE_WORDS} words of weight {@link MIN_SIGNATURE_WEIGHT}, or boilerplate); never
 * 0 otherwise. `wordWeights[k]` is the weight of `profile.words[k]`.
 * Note: the signature leaves out the collection's common words ("police", "hospital"), so two
 * sentences collide on what makes them specific; the weights drift as documents arrive, which
 * changes a signature by a word at a time.
 */
function bandKeys(profile: TextProfile, bands: number, rows: number, minWords: number, wordWeights: Float64Array, keys: Uint32Array): void {
  const hashes = bands * rows;
  const minima = MINIMA;
  const words = profile.words;
  for (let s = 0; s < profile.count; s++) {
    const from = profile.wordStart[s] as number;
    const to = profile.wordStart[s + 1] as number;
    for (let b = 0; b < bands; b++) keys[s * bands + b] = 0;
    if (to - from < minWords || ((profile.flags[s] as number) & SENTENCE_BOILERPLATE) !== 0) continue;
    for (let k = 0; k < hashes; k++) minima[k] = 0xffffffff;
    let signatureWords = 0;
    for (let w = from; w < to; w++) {
      if ((wordWeights[w] as number) < MIN_SIGNATURE_WEIGHT) continue;
      const word = words[w] as number;
      signatureWords++;
      for (let k = 0; k < hashes; k++) {
        const h = Math.imul(word ^ (MINHASH_XOR[k] as number), MINHASH_MULTIPLY[k] as number) >>> 0;
        if (h < (minima[k] as number)) minima[k] = h;
      }
    }
    if (signatureWords < MIN_SIGNATURE_WORDS) continue;
    for (let b = 0; b < bands; b++) {
      let key = BAND_SEEDS[b] as number;
      for (let r = 0; r < rows; r++) key = mix32(Math.imul(key, 0x9e3779b1) ^ (minima[b * rows + r] as number));
      keys[s * bands + b] = key === 0 ? 1 : key;
    }
  }
}

function makeLink(newId: DocId, newProfile: TextProfile, oldId: DocId, oldProfile: TextProfile, verdict: PairVerdict): LineageLink {
  const newFirst = newId < oldId;
  const pairs: [Span, Span][] = verdict.passages.map(([aFirst, aLast, bFirst, bLast]) => {
    const newSpan: Span = { doc: newId, start: newProfile.starts[aFirst] as number, end: newProfile.ends[aLast] as number };
    const oldSpan: Span = { doc: oldId, start: oldProfile.starts[bFirst] as number, end: oldProfile.ends[bLast] as number };
    return newFirst ? [newSpan, oldSpan] : [oldSpan, newSpan];
  });
  pairs.sort((x, y) => x[0].start - y[0].start || x[1].start - y[1].start);
  return {
    docs: newFirst ? [newId, oldId] : [oldId, newId],
    relation: verdict.relation,
    sharedPassages: pairs.length,
    evidence: pairs.flat(),
    score: Math.max(0.001, Math.round(verdict.score * 1000) / 1000),
  };
}

function compareLinks(x: LineageLink, y: LineageLink): number {
  if (x.docs[0] !== y.docs[0]) return x.docs[0] < y.docs[0] ? -1 : 1;
  if (x.docs[1] !== y.docs[1]) return x.docs[1] < y.docs[1] ? -1 : 1;
  return 0;
}
